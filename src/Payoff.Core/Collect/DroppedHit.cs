namespace Payoff.Core.Collect;

/// <summary>A hit kept out of the human counts: only its time, site and reason are stored.</summary>
public sealed record DroppedHit : IngestRecord
{
    /// <summary>A unique id, so a replayed spool counts it once.</summary>
    public required string HitId { get; init; }

    /// <summary>When it arrived.</summary>
    public required DateTimeOffset Timestamp { get; init; }

    /// <summary>The site it was sent for, if known.</summary>
    public long? SiteId { get; init; }

    /// <summary>Why it was dropped.</summary>
    public required DropReason Reason { get; init; }
}
