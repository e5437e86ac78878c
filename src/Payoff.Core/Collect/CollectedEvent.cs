using Payoff.Core.Events;

namespace Payoff.Core.Collect;

/// <summary>An event accepted by the collect endpoint or a human link click, ready to store.</summary>
public sealed record CollectedEvent : IngestRecord
{
    /// <summary>The event, classified, with its visitor and time decided.</summary>
    public required TrackedEvent Event { get; init; }

    /// <summary>
    /// The link click that brought this page view (<c>pf_lc</c> in its URL), if any. When applied, a
    /// click made at most <see cref="ClickWindow"/> earlier is moved to this page view's visitor, so
    /// the click and the visit are one session of one visitor.
    /// </summary>
    public string? ClickRef { get; init; }

    /// <summary>How long after a click a landing page view may claim it.</summary>
    public static readonly TimeSpan ClickWindow = TimeSpan.FromMinutes(10);
}
