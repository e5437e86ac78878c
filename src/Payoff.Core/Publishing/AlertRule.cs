namespace Payoff.Core.Publishing;

/// <summary>What an alert watches. Each is checked at most hourly and e-mails once when it starts to hold, not every day it holds.</summary>
public enum AlertKind
{
    /// <summary>A goal's status turns to off track (its forecast misses the target; <c>GoalTracker</c>'s rule).</summary>
    GoalOffTrack,

    /// <summary>A network's negative share of the last 7 days rises significantly against the 7 days before: the conversations report's rule (two-proportion z-test, Holm-adjusted over the networks, p &lt; 0.05, and higher now).</summary>
    NegativeShareRise,

    /// <summary>A network's cost per lead (cost ÷ contacts) in the last whole month is at least double the month before's.</summary>
    CostPerLeadDoubled,

    /// <summary>No event collected for 24 hours by a workspace whose site sent events before.</summary>
    CollectSilent,
}

/// <summary>The alerts' names as people type them (<c>goal-off-track</c>).</summary>
public static class AlertKinds
{
    /// <summary>Every kind.</summary>
    public static IReadOnlyList<AlertKind> All { get; } = Enum.GetValues<AlertKind>();

    /// <summary>The kind's name.</summary>
    public static string Name(AlertKind kind) => kind switch
    {
        AlertKind.GoalOffTrack => "goal-off-track",
        AlertKind.NegativeShareRise => "negative-share-rise",
        AlertKind.CostPerLeadDoubled => "cost-per-lead-doubled",
        AlertKind.CollectSilent => "collect-silent",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The kind named <paramref name="name"/>, or null.</summary>
    public static AlertKind? Find(string? name) => All.Cast<AlertKind?>().FirstOrDefault(k => string.Equals(Name(k!.Value), name?.Trim(), StringComparison.OrdinalIgnoreCase));
}

/// <summary>One thing an alert found holding: its subject (a goal, a network, the site) and the sentence with its numbers.</summary>
/// <param name="Subject">What holds, the key it is remembered by (a goal's name, a network).</param>
/// <param name="Sentence">What holds, with its figures.</param>
public sealed record AlertFinding(string Subject, string Sentence);

/// <summary>A stored alert rule.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Kind">What it watches (one rule of each kind per workspace).</param>
/// <param name="Recipients">Who is told.</param>
/// <param name="Enabled">False once paused.</param>
/// <param name="Holding">The subjects holding at the last check, each since when (UTC): a subject e-mails when it joins.</param>
/// <param name="CheckedAt">The last check (UTC), or null.</param>
/// <param name="LastResult">The last e-mail's outcome or error (untrusted text), or null.</param>
public sealed record AlertRule(long Id, AlertKind Kind, IReadOnlyList<string> Recipients, bool Enabled, IReadOnlyDictionary<string, DateTimeOffset> Holding, DateTimeOffset? CheckedAt, string? LastResult);
