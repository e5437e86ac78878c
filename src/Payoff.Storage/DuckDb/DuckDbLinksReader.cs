using Payoff.Core.Reporting.Links;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.DuckDb;

/// <summary>Reads the links report: each link's clicks and what they led to.</summary>
/// <remarks>
/// A session belongs to a link when its first hit is that link's click event. A person belongs to a
/// link when the session their original source comes from began with its click — the same rule as
/// the sources report, so a link's contacts are a subset of its network's and campaign's.
/// </remarks>
public sealed class DuckDbLinksReader(DuckDbDatabase db) : ILinksReader
{
    /// <summary>The report for <paramref name="range"/>, newest link first.</summary>
    internal IReadOnlyList<LinksRow> Read(Workspace workspace, DateRange range)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(range);
        var (from, to) = workspace.Calendar.Range(range.From, range.To);
        using var command = db.Command(
            """
            WITH c AS (
                SELECT link_id,
                       count(*) FILTER (WHERE drop_reason IS NULL) AS clicks,
                       count(DISTINCT unique_key) FILTER (WHERE drop_reason IS NULL) AS uniq,
                       count(*) FILTER (WHERE drop_reason IS NOT NULL) AS bots
                FROM link_clicks WHERE workspace_id = $1 AND ts >= $2 AND ts < $3 GROUP BY link_id),
            starts AS (
                SELECT DISTINCT e.name AS slug, s.visitor_id, s.started_at
                FROM sessions s JOIN events e
                  ON e.workspace_id = s.workspace_id AND e.visitor_id = s.visitor_id AND e.ts = s.started_at AND e.type = 'click'
                WHERE s.workspace_id = $1),
            ss AS (SELECT slug, count(*) AS sessions FROM starts WHERE started_at >= $2 AND started_at < $3 GROUP BY slug),
            pp AS (
                SELECT st.slug, p.person_key, p.contact_at, p.customer_at
                FROM people p JOIN starts st ON st.visitor_id = p.first_visitor_id AND st.started_at = p.first_session_at
                WHERE p.workspace_id = $1),
            pc AS (
                SELECT slug,
                       count(*) FILTER (WHERE contact_at >= $2 AND contact_at < $3) AS contacts,
                       count(*) FILTER (WHERE customer_at >= $2 AND customer_at < $3) AS customers
                FROM pp GROUP BY slug),
            rv AS (
                SELECT pp.slug, sum(r.amount) AS revenue
                FROM pp JOIN revenue r ON r.workspace_id = $1 AND r.person_key = pp.person_key
                WHERE r.occurred_at >= $2 AND r.occurred_at < $3 AND r.currency = $4
                GROUP BY pp.slug)
            SELECT l.slug, l.destination, l.source, l.medium, l.campaign, l.content, l.enabled,
                   coalesce(c.clicks, 0), coalesce(c.uniq, 0), coalesce(c.bots, 0),
                   coalesce(ss.sessions, 0), coalesce(pc.contacts, 0), coalesce(pc.customers, 0), coalesce(rv.revenue, 0)
            FROM links l
            LEFT JOIN c ON c.link_id = l.id
            LEFT JOIN ss ON ss.slug = l.slug
            LEFT JOIN pc ON pc.slug = l.slug
            LEFT JOIN rv ON rv.slug = l.slug
            WHERE l.workspace_id = $1
            ORDER BY l.id DESC
            """,
            workspace.Id,
            from,
            to,
            workspace.Currency);
        using var reader = command.ExecuteReader();
        var rows = new List<LinksRow>();
        while (reader.Read())
        {
            rows.Add(new LinksRow(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.GetBoolean(6),
                reader.GetInt64(7),
                reader.GetInt64(8),
                reader.GetInt64(9),
                reader.GetInt64(10),
                reader.GetInt64(11),
                reader.GetInt64(12),
                reader.GetDecimal(13)));
        }

        return rows;
    }

    /// <inheritdoc />
    Task<IReadOnlyList<LinksRow>> ILinksReader.ReadAsync(Workspace workspace, DateRange range, CancellationToken cancellationToken) => Sync.Run(() => Read(workspace, range), cancellationToken);
}
