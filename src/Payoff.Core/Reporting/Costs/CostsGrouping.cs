namespace Payoff.Core.Reporting.Costs;

/// <summary>How the costs report groups its rows.</summary>
public enum CostsGrouping
{
    /// <summary>One row per network and currency.</summary>
    Network,

    /// <summary>One row per network, campaign and currency.</summary>
    Campaign,

    /// <summary>One row per network, month and currency.</summary>
    Month,
}
