namespace Payoff.Core.Reporting;

/// <summary>What a <see cref="Change"/> is, and so how every host shows it.</summary>
public enum ChangeKind
{
    /// <summary>A percentage: the comparison period has data on most of its days and a non-zero value.</summary>
    Compared,

    /// <summary>"new": something now, and nothing (or a period with too little data) to compare it with.</summary>
    New,

    /// <summary>"—": nothing now and nothing comparable before, or a rate with no value on one side.</summary>
    None,
}
