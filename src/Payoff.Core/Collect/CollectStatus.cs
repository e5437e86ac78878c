namespace Payoff.Core.Collect;

/// <summary>What live collection has stored for a workspace, and what it kept out.</summary>
/// <param name="Events">Stored events.</param>
/// <param name="Sessions">Derived sessions.</param>
/// <param name="Sites">Registered sites.</param>
/// <param name="Links">Tracked links.</param>
/// <param name="LastEventAt">The newest event's time, if any.</param>
/// <param name="DroppedByReason">Hits kept out of human counts, by <see cref="DropReasons"/> name (collect and link requests together).</param>
public sealed record CollectStatus(long Events, long Sessions, long Sites, long Links, DateTimeOffset? LastEventAt, IReadOnlyDictionary<string, long> DroppedByReason);
