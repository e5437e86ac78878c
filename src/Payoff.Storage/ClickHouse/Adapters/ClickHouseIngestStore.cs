using Payoff.Core.Collect;
using Payoff.Core.Events;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.ClickHouse.Adapters;

/// <summary>
/// Applies the live service's spooled batches to ClickHouse: dropped hits and link clicks once per id, events once per id
/// (<see cref="ClickHouseEvents.InsertAsync"/>), a link click moved to the visitor its landing page view names, and the
/// touched visitors' sessions and the workspace's people derived again. Applying a batch again changes nothing.
/// </summary>
internal sealed class ClickHouseIngestStore(ClickHouseDatabase db, ClickHouseEvents events, ClickHouseWorkspaceStore workspaces) : IIngestStore
{
    private readonly StateTable clicks = new(db, "link_clicks", "workspace_id", "click_id", "link_id", "ts", "visitor_id", "unique_key", "drop_reason", "destination");

    /// <inheritdoc />
    public async Task<long> ApplyAsync(IReadOnlyList<IngestRecord> batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Count == 0)
        {
            return 0;
        }

        var all = (await workspaces.ListAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(w => w.Id);
        long stored = 0;
        foreach (var group in batch.GroupBy(r => r.WorkspaceId))
        {
            if (all.TryGetValue(group.Key, out var workspace))
            {
                stored += await ApplyAsync(workspace, group.ToList()).ConfigureAwait(false);
            }
        }

        return stored;
    }

    private async Task<long> ApplyAsync(Workspace workspace, List<IngestRecord> records)
    {
        await using var held = await events.DeriveLockAsync(workspace).ConfigureAwait(false);
        var dropped = records.OfType<DroppedHit>().DistinctBy(d => d.HitId, StringComparer.Ordinal).ToList();
        if (dropped.Count > 0)
        {
            var known = await KnownAsync(workspace, "dropped_hits", "hit_id", dropped.Select(d => d.HitId)).ConfigureAwait(false);
            await db.InsertAsync("dropped_hits", ["workspace_id", "hit_id", "ts", "site_id", "reason"],
                dropped.Where(d => !known.Contains(d.HitId)).Select(d => (object?[])[workspace.Id, d.HitId, ClickHouseDatabase.Micros(d.Timestamp), d.SiteId, d.Reason.Name()])).ConfigureAwait(false);
        }

        var linkClicks = records.OfType<LinkClick>().DistinctBy(c => c.ClickId, StringComparer.Ordinal).ToList();
        if (linkClicks.Count > 0)
        {
            var known = await KnownAsync(workspace, "link_clicks", "click_id", linkClicks.Select(c => c.ClickId)).ConfigureAwait(false);
            await clicks.PutAsync(linkClicks.Where(c => !known.Contains(c.ClickId)).Select(c => (object?[])
                [workspace.Id, c.ClickId, c.LinkId, ClickHouseDatabase.Micros(c.Timestamp), c.VisitorId, c.UniqueKey, c.Reason?.Name(), c.Destination])).ConfigureAwait(false);
        }

        var collected = records.OfType<CollectedEvent>().ToList();
        var batchEvents = records.Select(r => r switch
        {
            CollectedEvent e => e.Event,
            LinkClick { Event: { } click } => click,
            _ => null,
        }).OfType<TrackedEvent>().ToList();
        if (batchEvents.Count == 0)
        {
            return 0;
        }

        var (imported, _, visitors, people) = await events.InsertAsync(workspace, null, batchEvents).ConfigureAwait(false);
        var moved = false;
        foreach (var e in collected.Where(c => c.ClickRef is not null && c.Event.VisitorId is not null))
        {
            if (await MoveClickAsync(workspace, e).ConfigureAwait(false) is { } previous)
            {
                visitors.Add(previous);
                visitors.Add(e.Event.VisitorId!);
                moved = true;
            }
        }

        await events.RebuildSessionsAsync(workspace, visitors).ConfigureAwait(false);
        if (people || moved || await ConvertedAsync(workspace, visitors).ConfigureAwait(false))
        {
            await events.RebuildPeopleAsync(workspace).ConfigureAwait(false);
        }

        return imported;
    }

    // Whether any of the visitors has a conversion or an identifying event (then its new sessions may change a person's source).
    private async Task<bool> ConvertedAsync(Workspace workspace, HashSet<string> visitors)
    {
        foreach (var chunk in visitors.Chunk(5000))
        {
            var found = await db.ScalarAsync(
                "SELECT count() FROM events WHERE workspace_id = $1 AND visitor_id IN $2 AND (type IN ('lead', 'customer', 'conversion') OR contact_id IS NOT NULL) AND deleted = 0",
                workspace.Id,
                ClickHouseSql.In(chunk)).ConfigureAwait(false);
            if (found is not null and not "0")
            {
                return true;
            }
        }

        return false;
    }

    // The link click a landing page view names, made by a cookieless ('h_') visitor at most ClickWindow before, moves to the
    // page view's visitor, with its click event. Returns the visitor it moved from, or null.
    private async Task<string?> MoveClickAsync(Workspace workspace, CollectedEvent landing)
    {
        var visitor = landing.Event.VisitorId!;
        var rows = await clicks.ReadAsync("WHERE workspace_id = $1 AND click_id = $2", string.Empty, workspace.Id, landing.ClickRef).ConfigureAwait(false);
        if (rows.Count == 0 || rows[0][6] is not null || rows[0][4] == visitor || !rows[0][4]!.StartsWith("h_", StringComparison.Ordinal))
        {
            return null;
        }

        var at = ClickHouseDatabase.Instant(rows[0][3]);
        if (at < landing.Event.Timestamp - CollectedEvent.ClickWindow || at > landing.Event.Timestamp)
        {
            return null;
        }

        var previous = rows[0][4]!;
        await clicks.PutAsync(workspace.Id, rows[0][1], ClickHouseDatabase.Number(rows[0][2]), ClickHouseDatabase.Number(rows[0][3]), visitor, rows[0][5], rows[0][6], rows[0][7]).ConfigureAwait(false);
        var clickEvent = LinkClick.EventIdOf(landing.ClickRef!);
        await foreach (var (e, importId) in events.ReadAsync(workspace, "visitor_id = $2 AND event_id = $3", previous, clickEvent).ConfigureAwait(false))
        {
            await events.WriteAsync(workspace, importId, [e], deleted: true).ConfigureAwait(false);
            await events.WriteAsync(workspace, importId, [e with { VisitorId = visitor }]).ConfigureAwait(false);
        }

        return previous;
    }

    private async Task<HashSet<string>> KnownAsync(Workspace workspace, string table, string column, IEnumerable<string> ids)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(5000))
        {
            foreach (var row in await db.RowsAsync($"SELECT DISTINCT {column} FROM {table} WHERE workspace_id = $1 AND {column} IN $2", workspace.Id, ClickHouseSql.In(chunk)).ConfigureAwait(false))
            {
                known.Add(row[0]!);
            }
        }

        return known;
    }
}
