namespace Payoff.Core.Goals;

/// <summary>How a metric's value over a period is formed.</summary>
public enum MetricKind
{
    /// <summary>A level read at a day (followers): the last known value on or before it.</summary>
    Level,

    /// <summary>A count or amount summed over the days (sessions, new followers, revenue).</summary>
    Flow,

    /// <summary>A ratio of two sums over the days (contact rate, cost per lead, ROI).</summary>
    Ratio,
}
