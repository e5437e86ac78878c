namespace Payoff.Core.Reporting.Sources;

/// <summary>What the rows of the sources report are.</summary>
public enum SourcesGrouping
{
    /// <summary>One row per default channel group.</summary>
    Channel,

    /// <summary>One row per social network; traffic from no network is one row per channel.</summary>
    Network,

    /// <summary>One row per network (or channel) and campaign.</summary>
    Campaign,

    /// <summary>One row per network (or channel), campaign and content.</summary>
    Content,
}
