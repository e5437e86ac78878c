namespace Payoff.Core.Goals;

/// <summary>A metric a goal can name (<c>payoff metrics</c>).</summary>
/// <param name="Name">The lower-case name (<c>contact-rate</c>).</param>
/// <param name="Kind">How its value over a period is formed.</param>
/// <param name="HigherIsBetter">False for costs and response times: the goal is to get under the target.</param>
/// <param name="Description">What it is and where it comes from.</param>
public sealed record GoalMetric(string Name, MetricKind Kind, bool HigherIsBetter, string Description)
{
    /// <summary>Whether the metric is a share or rate shown as a percentage.</summary>
    public bool IsPercentage => Name is "contact-rate" or "customer-rate" or "engagement-rate" or "roi" or "negative-mention-share";
}
