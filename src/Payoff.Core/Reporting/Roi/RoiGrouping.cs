namespace Payoff.Core.Reporting.Roi;

/// <summary>Rows of the ROI report.</summary>
public enum RoiGrouping
{
    /// <summary>One row per network (or channel).</summary>
    Network,

    /// <summary>One row per network and campaign, plus each network's staff time and fees on a row of their own.</summary>
    Campaign,
}
