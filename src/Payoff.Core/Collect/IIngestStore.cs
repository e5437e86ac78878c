namespace Payoff.Core.Collect;

/// <summary>Where the live service applies what it collected.</summary>
/// <remarks>
/// Every implementation honours these rules:
/// <list type="bullet">
/// <item><see cref="ApplyAsync"/> is atomic: all of the batch is visible, or none of it.</item>
/// <item>It is idempotent: events by (workspace, event id), clicks by (workspace, click id), dropped
/// hits by (workspace, hit id). Applying a batch again, or two copies in one batch, stores each once.
/// The spool relies on this to replay after a crash.</item>
/// <item>Events go through the same derivations as imports: sessions of the touched visitors,
/// people and revenue when they can change.</item>
/// <item>Records of a workspace that no longer exists are skipped (the workspace was deleted after they were spooled).</item>
/// </list>
/// </remarks>
public interface IIngestStore
{
    /// <summary>Applies a batch in order and returns how many new events it stored.</summary>
    Task<long> ApplyAsync(IReadOnlyList<IngestRecord> batch, CancellationToken cancellationToken = default);
}
