namespace Payoff.Core.Goals;

/// <summary>A metric a goal can name (<c>payoff metrics</c>).</summary>
/// <param name="Name">The lower-case name (<c>contact-rate</c>).</param>
/// <param name="Kind">How its value over a period is formed.</param>
/// <param name="HigherIsBetter">False for costs and response times: the goal is to get under the target.</param>
/// <param name="Description">What it is and where it comes from.</param>
public sealed record GoalMetric(string Name, MetricKind Kind, bool HigherIsBetter, string Description)
{
    /// <summary>
    /// Whether a value (a target, a baseline) may be below zero: only for a return that can be a loss (<c>roi</c>);
    /// counts, money, hours, rates and shares never are, so a negative target on them is refused.
    /// </summary>
    public bool CanBeNegative { get; init; }

    /// <summary>Whether the metric is a share of a whole, between 0 and 1 (100 %): a response rate, a negative share.</summary>
    public bool IsShare => Name is "negative-mention-share" or "response-rate";

    /// <summary>Whether the metric is a share or rate shown as a percentage.</summary>
    public bool IsPercentage => Name is "contact-rate" or "customer-rate" or "engagement-rate" or "roi" or "negative-mention-share" or "response-rate";
}
