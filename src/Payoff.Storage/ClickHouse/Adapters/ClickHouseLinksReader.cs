using Payoff.Core.Reporting.Links;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.ClickHouse.Adapters;

/// <summary>
/// Clicks and results per tracked link, by the embedded store's rules: clicks, unique clicks and bot clicks in the range;
/// the sessions a click began (a session whose first hit is the link's click event); the contacts, customers and revenue
/// (in the workspace's currency) of people whose original source is such a session.
/// </summary>
internal sealed class ClickHouseLinksReader(ClickHouseDatabase db, ClickHouseEvents events) : ILinksReader
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<LinksRow>> ReadAsync(Workspace workspace, DateRange range, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(range);
        var (from, to) = workspace.Calendar.Range(range.From, range.To);
        var (lo, hi) = (ClickHouseDatabase.Micros(from), ClickHouseDatabase.Micros(to));
        var clicks = (await db.RowsAsync(
            """
            SELECT link_id, countIf(drop_reason IS NULL), uniqExactIf(unique_key, drop_reason IS NULL), countIf(drop_reason IS NOT NULL)
            FROM (SELECT * FROM link_clicks FINAL WHERE workspace_id = $1)
            WHERE deleted = 0 AND ts >= $2 AND ts < $3
            GROUP BY link_id
            """,
            workspace.Id,
            lo,
            hi).ConfigureAwait(false)).ToDictionary(r => ClickHouseDatabase.Number(r[0]), r => (Clicks: ClickHouseDatabase.Number(r[1]), Unique: ClickHouseDatabase.Number(r[2]), Bots: ClickHouseDatabase.Number(r[3])));

        // The sessions a link's click began: the click event's instant is the session's start.
        var clickEvents = new List<(string Slug, string Visitor, DateTimeOffset At)>();
        await foreach (var (e, _) in events.ReadAsync(workspace, "type = 'click' AND visitor_id != ''").ConfigureAwait(false))
        {
            if (e.Name is { } slug)
            {
                clickEvents.Add((slug, e.VisitorId!, e.Timestamp));
            }
        }

        var visitors = clickEvents.Select(c => c.Visitor).ToHashSet(StringComparer.Ordinal);
        var starts = visitors.Count == 0 ? [] : (await events.StoredSessionsAsync(workspace, visitors).ConfigureAwait(false))
            .Select(s => (s.Session.VisitorId, s.Session.Start)).ToHashSet();
        var began = clickEvents.Where(c => starts.Contains((c.Visitor, c.At))).Distinct().ToList();
        var sessions = began.Where(b => b.At >= from && b.At < to).GroupBy(b => b.Slug, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (long)g.Count(), StringComparer.Ordinal);

        var bySession = began.ToLookup(b => (b.Visitor, b.At), b => b.Slug);
        var generation = await events.GenerationAsync(workspace, "people").ConfigureAwait(false);
        var people = new List<(string Slug, string Person, DateTimeOffset? ContactAt, DateTimeOffset? CustomerAt)>();
        foreach (var chunk in visitors.Chunk(5000))
        {
            foreach (var r in await db.RowsAsync(
                "SELECT person_key, first_visitor_id, first_session_at, contact_at, customer_at FROM people WHERE workspace_id = $1 AND generation = $2 AND first_visitor_id IN $3",
                workspace.Id,
                generation,
                ClickHouseSql.In(chunk)).ConfigureAwait(false))
            {
                if (r[2] is not null)
                {
                    people.AddRange(bySession[(r[1]!, ClickHouseDatabase.Instant(r[2]))]
                        .Select(slug => (slug, r[0]!, ClickHouseDatabase.InstantOrNull(r[3]), ClickHouseDatabase.InstantOrNull(r[4]))));
                }
            }
        }

        var revenue = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var chunk in people.Select(p => p.Person).Distinct(StringComparer.Ordinal).Chunk(5000))
        {
            foreach (var r in await db.RowsAsync(
                "SELECT person_key, sum(amount) FROM revenue WHERE workspace_id = $1 AND generation = $2 AND currency = $3 AND occurred_at >= $4 AND occurred_at < $5 AND person_key IN $6 GROUP BY person_key",
                workspace.Id,
                generation,
                workspace.Currency,
                lo,
                hi,
                ClickHouseSql.In(chunk)).ConfigureAwait(false))
            {
                revenue[r[0]!] = ClickHouseDatabase.Exact(r[1]);
            }
        }

        var links = await db.RowsAsync(
            """
            SELECT id, slug, destination, source, medium, campaign, content, enabled
            FROM (SELECT * FROM links FINAL WHERE workspace_id = $1) WHERE deleted = 0
            ORDER BY id DESC
            """,
            workspace.Id).ConfigureAwait(false);
        return links.Select(l =>
        {
            var slug = l[1]!;
            var (clickCount, unique, bots) = clicks.GetValueOrDefault(ClickHouseDatabase.Number(l[0]));
            var own = people.Where(p => p.Slug == slug).ToList();
            var money = ClickHouseDatabase.Normalized(own.Where(p => revenue.ContainsKey(p.Person)).Sum(p => revenue[p.Person]));
            return new LinksRow(
                slug,
                l[2]!,
                l[3]!,
                l[4]!,
                l[5]!,
                l[6],
                ClickHouseDatabase.Flag(l[7]),
                clickCount,
                unique,
                bots,
                sessions.GetValueOrDefault(slug),
                own.Count(p => p.ContactAt >= from && p.ContactAt < to),
                own.Count(p => p.CustomerAt >= from && p.CustomerAt < to),
                money);
        }).ToList();
    }
}
