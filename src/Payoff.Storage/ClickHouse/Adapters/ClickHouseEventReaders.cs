using Payoff.Core.Channels;
using Payoff.Core.Collect;
using Payoff.Core.Contacts;
using Payoff.Core.Reporting;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.ClickHouse.Adapters;

/// <summary>The people of the workspace's current derivation, with every visitor stitched to each.</summary>
internal sealed class ClickHousePeopleReader(ClickHouseDatabase db, ClickHouseEvents events) : IPeopleReader
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<Person>> ReadAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var visitors = new List<(string Key, string Visitor)>();
        await foreach (var (e, _) in events.ReadAsync(workspace, "contact_id IS NOT NULL AND visitor_id != ''").ConfigureAwait(false))
        {
            visitors.Add((e.ContactId!, e.VisitorId!));
        }

        var of = visitors.ToLookup(p => p.Key, p => p.Visitor, StringComparer.Ordinal);
        var generation = await events.GenerationAsync(workspace, "people").ConfigureAwait(false);
        var rows = await db.RowsAsync(
            """
            SELECT person_key, contact_id, contact_at, customer_at, channel, network, source, medium, campaign, content, term, first_visitor_id, first_session_at
            FROM people WHERE workspace_id = $1 AND generation = $2
            """,
            workspace.Id,
            generation).ConfigureAwait(false);
        return rows
            .Select(r => new Person(
                r[0]!,
                r[1],
                (r[1] is null && r[0]!.StartsWith(IdentityStitcher.AnonymousPrefix, StringComparison.Ordinal) ? [r[0]![IdentityStitcher.AnonymousPrefix.Length..]] : of[r[0]!])
                    .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
                ClickHouseDatabase.InstantOrNull(r[2]),
                ClickHouseDatabase.InstantOrNull(r[3]),
                new TrafficSource(r[4]!, r[5], r[6]!, r[7]!, r[8], r[9], r[10], null),
                r[11],
                ClickHouseDatabase.InstantOrNull(r[12])))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ToList();
    }
}

/// <summary>What the collector received: events, sessions, sites, links, the last event and the dropped hits by reason.</summary>
internal sealed class ClickHouseStatusReader(ClickHouseDatabase db) : IStatusReader
{
    /// <inheritdoc />
    public async Task<CollectStatus> ReadAsync(Workspace? workspace, CancellationToken cancellationToken = default)
    {
        var filter = workspace is null ? "1" : "workspace_id = $1";
        object?[] args = workspace is null ? [] : [workspace.Id];
        var dropped = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var name in DropReasons.Names)
        {
            dropped[name] = 0;
        }

        foreach (var row in await db.RowsAsync(
            $"""
            SELECT reason, count() FROM (
                SELECT reason FROM dropped_hits FINAL WHERE {filter}
                UNION ALL SELECT drop_reason AS reason FROM (SELECT drop_reason, deleted FROM link_clicks FINAL WHERE {filter}) WHERE deleted = 0 AND drop_reason IS NOT NULL)
            GROUP BY reason
            """,
            args).ConfigureAwait(false))
        {
            dropped[row[0]!] = ClickHouseDatabase.Number(row[1]);
        }

        var counts = await db.RowsAsync(
            $"""
            SELECT count(), max(toUInt64(toUInt32(ts)) * 1000000 + ts_us) FROM (
                SELECT ts, ts_us, argMax(deleted, version) AS gone FROM events WHERE {filter} GROUP BY workspace_id, visitor_id, event_id, ts, ts_us)
            WHERE gone = 0
            """,
            args).ConfigureAwait(false);
        var sessions = await db.ScalarAsync($"SELECT count() FROM (SELECT deleted FROM sessions FINAL WHERE {filter}) WHERE deleted = 0", args).ConfigureAwait(false);
        var sites = await db.ScalarAsync($"SELECT count() FROM (SELECT deleted FROM sites FINAL WHERE {filter}) WHERE deleted = 0", args).ConfigureAwait(false);
        var links = await db.ScalarAsync($"SELECT count() FROM (SELECT deleted FROM links FINAL WHERE {filter}) WHERE deleted = 0", args).ConfigureAwait(false);
        var events = ClickHouseDatabase.Number(counts[0][0]);
        return new CollectStatus(
            events,
            ClickHouseDatabase.Number(sessions),
            ClickHouseDatabase.Number(sites),
            ClickHouseDatabase.Number(links),
            events == 0 ? null : ClickHouseDatabase.Instant(counts[0][1]),
            dropped);
    }
}

/// <summary>The days with data: sessions (from the rollup), contacts' lead and customer moments, imported traffic periods.</summary>
internal sealed class ClickHouseDataDaysReader(ClickHouseDatabase db, ClickHouseEvents events) : IDataDaysReader
{
    /// <inheritdoc />
    public async Task<IReadOnlySet<DateOnly>> ReadAsync(Workspace workspace, DateRange range, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(range);
        var calendar = workspace.Calendar;
        var (start, end) = calendar.Range(range.From, range.To);
        var days = new HashSet<DateOnly>();
        foreach (var row in await db.RowsAsync(
            "SELECT day FROM daily_rollups WHERE workspace_id = $1 AND measure = 'sessions' AND day >= $2 AND day <= $3 GROUP BY day HAVING sum(count) > 0",
            workspace.Id,
            range.From,
            range.To).ConfigureAwait(false))
        {
            days.Add(ClickHouseDatabase.Day(row[0]));
        }

        // A contact's lead or customer moment marks its day (as the embedded store does, by 15-minute slot).
        foreach (var contact in await events.ContactsAsync(workspace).ConfigureAwait(false))
        {
            foreach (var moment in new[] { contact.Contact.LeadAt, contact.Contact.CustomerAt })
            {
                if (moment is { } at && at >= start && at < end)
                {
                    days.Add(calendar.DateOf(new DateTimeOffset(at.UtcTicks - (at.UtcTicks % TimeSpan.FromMinutes(15).Ticks), TimeSpan.Zero)));
                }
            }
        }

        // Imported traffic counts for every day of its periods.
        var undone = await events.UndoneImportsAsync(workspace).ConfigureAwait(false);
        foreach (var period in await ClickHouseImportStore.Traffic(db).ReadAsync(
            workspace, undone, "SELECT DISTINCT period_start, period_end FROM {current} WHERE period_end >= $2 AND period_start <= $3", range.From, range.To).ConfigureAwait(false))
        {
            for (var day = ClickHouseDatabase.Day(period[0]); day <= ClickHouseDatabase.Day(period[1]) && day <= range.To; day = day.AddDays(1))
            {
                days.Add(day);
            }
        }

        days.RemoveWhere(d => !range.Contains(d));
        return days;
    }
}
