namespace Payoff.Core.Reporting.Sources;

/// <summary>Identifies one row of the sources report; the parts the grouping does not use are null.</summary>
/// <param name="Channel">The channel (channel grouping only).</param>
/// <param name="Network">The network, or the channel for traffic from no network.</param>
/// <param name="Campaign">The campaign, <c>(not set)</c> when untagged.</param>
/// <param name="Content">The content, <c>(not set)</c> when untagged.</param>
public sealed record SourceKey(string? Channel, string? Network, string? Campaign, string? Content)
{
    /// <summary>The value shown when a tag is missing.</summary>
    public const string NotSet = "(not set)";

    /// <summary>The parts joined for display (<c>LinkedIn / Announcements</c>).</summary>
    public override string ToString() => string.Join(" / ", new[] { Channel, Network, Campaign, Content }.Where(p => p is not null));
}
