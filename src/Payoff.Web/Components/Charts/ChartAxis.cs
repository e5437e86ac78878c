namespace Payoff.Web.Components.Charts;

/// <summary>Which value axis a series is read against.</summary>
public enum ChartAxis
{
    /// <summary>The left (main) axis.</summary>
    Left,

    /// <summary>The right axis, for values of another magnitude or unit.</summary>
    Right,
}
