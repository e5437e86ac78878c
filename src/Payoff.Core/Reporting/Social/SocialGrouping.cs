namespace Payoff.Core.Reporting.Social;

/// <summary>How the social report groups its rows.</summary>
public enum SocialGrouping
{
    /// <summary>One row per network.</summary>
    Network,

    /// <summary>One row per network and account.</summary>
    Account,

    /// <summary>One row per network and month.</summary>
    Month,
}
