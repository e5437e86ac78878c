using Payoff.Core.Collect;

namespace Payoff.Storage.Contract;

/// <summary><see cref="IIngestStore"/>: a batch applied twice (a spool replay) stores each record once.</summary>
public abstract class IngestStoreContract : StoreContract
{
    [Fact]
    public async Task Applying_a_batch_again_stores_each_event_and_dropped_hit_once()
    {
        await using var session = await OpenAsync();
        var workspace = await WorkspaceAsync(session);
        var visit = new CollectedEvent { WorkspaceId = workspace.Id, Event = Some.Visit("e1", "v1", "2025-07-01T11:00:00Z") };
        var lead = new CollectedEvent { WorkspaceId = workspace.Id, Event = Some.Conversion("e2", "v1", "2025-07-01T11:05:00Z", Core.Events.EventType.Lead, "ana") };
        var dropped = new DroppedHit { WorkspaceId = workspace.Id, HitId = "h1", Timestamp = Some.Instant("2025-07-01T11:00:00Z"), Reason = DropReason.BotUserAgent };
        IngestRecord[] batch = [visit, visit, lead, dropped, dropped];

        Assert.Equal(2, await session.Ingest.ApplyAsync(batch));
        Assert.Equal(0, await session.Ingest.ApplyAsync(batch));

        var status = await session.Status.ReadAsync(workspace);
        Assert.Equal((2L, 1L), (status.Events, status.Sessions));
        Assert.Equal(1L, status.DroppedByReason.Values.Sum());
        Assert.Equal(["ana"], (await session.People.ReadAsync(workspace)).Select(p => p.Key));
    }
}
