namespace Payoff.Core.Goals;

/// <summary>
/// What a goal measures: the whole workspace, a network, a campaign (within a network or across all),
/// or a label — an account or audience name of the daily account data (a city's page, a brand's account).
/// </summary>
/// <param name="Network">The network, or null for all.</param>
/// <param name="Campaign">The campaign, or null for all.</param>
/// <param name="Label">The account or audience label, or null for all.</param>
public sealed record GoalScope(string? Network, string? Campaign, string? Label)
{
    /// <summary>The whole workspace.</summary>
    public static readonly GoalScope Workspace = new(null, null, null);

    /// <summary>Whether the scope is narrower than the workspace.</summary>
    public bool IsNarrowed => Network is not null || Campaign is not null || Label is not null;

    /// <summary>The scope in words: <c>Facebook / campaign spring / label Jakarta</c>.</summary>
    public override string ToString()
    {
        var parts = new List<string>();
        if (Network is not null)
        {
            parts.Add(Network);
        }

        if (Campaign is not null)
        {
            parts.Add($"campaign {Campaign}");
        }

        if (Label is not null)
        {
            parts.Add($"label {Label}");
        }

        return parts.Count == 0 ? "the whole workspace" : string.Join(" / ", parts);
    }
}
