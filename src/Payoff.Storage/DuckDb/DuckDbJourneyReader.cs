using System.Globalization;
using Payoff.Core.Attribution;
using Payoff.Core.Journeys;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.DuckDb;

/// <summary>
/// Builds journeys from tracked events. A person's visitors are every visitor stitched to the same
/// contact (the first contact id each visitor carried), as the people derivation stitches them; a
/// conversion's touches are those visitors' sessions that started within the lookback window before
/// it, and their tracked link clicks (classified by the link's tags) unless the click's own session —
/// the same key within 30 minutes after it — is already a touch; oldest first. Conversions without any touch in the window (CRM-only contacts) are counted in
/// <see cref="JourneySet.Untouched"/> and left out of the journeys. The converting persons' visitors and their
/// sessions are materialised first, so the window join runs on a handful of rows, not every session.
/// </summary>
public sealed class DuckDbJourneyReader(DuckDbDatabase db) : IJourneyReader
{
    /// <summary>The touch key of a tracked link's tags, classified by Payoff's channel rules.</summary>
    private static string LinkKey(string source, string medium, string campaign, string by)
    {
        var traffic = Core.Channels.ChannelClassifier.Default.Classify(new Core.Tracking.UtmTags { Source = source, Medium = medium, Campaign = campaign }, null, null, null);
        return by switch
        {
            "channel" => traffic.Channel,
            "campaign" => $"{traffic.NetworkOrChannel} / {traffic.Campaign ?? "(not set)"}",
            _ => traffic.NetworkOrChannel,
        };
    }

    internal const string People = """
        stitch AS (
            SELECT visitor_id, first(contact_id ORDER BY ts, event_id) AS contact_id
            FROM events WHERE workspace_id = $1 AND contact_id IS NOT NULL AND visitor_id IS NOT NULL
            GROUP BY visitor_id),
        pv AS (
            SELECT DISTINCT e.visitor_id, coalesce(s.contact_id, '~visitor:' || e.visitor_id) AS person
            FROM events e LEFT JOIN stitch s ON s.visitor_id = e.visitor_id
            WHERE e.workspace_id = $1 AND e.visitor_id IS NOT NULL)
        """;

    /// <inheritdoc />
    public Task<bool> HasEventsAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return Sync.Run(() => db.Scalar<long>("SELECT count(*) FROM (SELECT 1 FROM sessions WHERE workspace_id = $1 LIMIT 1)", workspace.Id) > 0, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Journey>> ReadPathsAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return Sync.Run<IReadOnlyList<Journey>>(
            () => db.Query(
                "SELECT path, conversions, value, nulls FROM journey_paths WHERE workspace_id = $1 ORDER BY line",
                r => new Journey(JourneyPath.ParseChannels(r.GetString(0)), r.GetInt64(1), r.GetDecimal(2), r.GetInt64(3)),
                workspace.Id),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<string?> ConversionErrorAsync(Workspace workspace, string conversion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(conversion);
        return Sync.Run(() => ConversionError(workspace, conversion), cancellationToken);
    }

    /// <inheritdoc />
    public Task<JourneySet> ReadEventsAsync(Workspace workspace, JourneyQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(query);
        return Sync.Run(() => ReadEvents(workspace, query), cancellationToken);
    }

    private string? ConversionError(Workspace workspace, string conversion)
    {
        if (conversion.ToLowerInvariant() is "lead" or "customer")
        {
            return null;
        }

        var names = db.Query(
            "SELECT DISTINCT lower(name) AS n FROM conversions WHERE workspace_id = $1 AND name IS NOT NULL AND trim(name) <> '' ORDER BY n",
            r => r.GetString(0),
            workspace.Id);
        return names.Contains(conversion.ToLowerInvariant(), StringComparer.Ordinal)
            ? null
            : $"Unknown conversion '{conversion}': known are {string.Join(", ", ["lead", "customer", .. names])}.";
    }

    private JourneySet ReadEvents(Workspace workspace, JourneyQuery query)
    {
        var (lo, hi) = workspace.Calendar.Range(query.Range.From, query.Range.To);
        var key = query.By switch
        {
            "channel" => "s.channel",
            "campaign" => "coalesce(s.network, s.channel) || ' / ' || coalesce(s.campaign, '(not set)')",
            _ => "coalesce(s.network, s.channel)",
        };
        var conversions = query.Conversion.ToLowerInvariant() switch
        {
            "lead" => "SELECT person_key, contact_at AS conv_at, 0::DECIMAL(18,4) AS value FROM people WHERE workspace_id = $1 AND contact_at >= $2 AND contact_at < $3",
            "customer" => """
                SELECT p.person_key, p.customer_at AS conv_at,
                       coalesce((SELECT sum(r.amount) FROM revenue r WHERE r.workspace_id = $1 AND r.person_key = p.person_key AND r.currency = $5 AND r.occurred_at >= $2 AND r.occurred_at < $3), 0)::DECIMAL(18,4) AS value
                FROM people p WHERE p.workspace_id = $1 AND p.customer_at >= $2 AND p.customer_at < $3
                """,
            _ => "SELECT person_key, occurred_at AS conv_at, coalesce(value, 0)::DECIMAL(18,4) AS value FROM conversions WHERE workspace_id = $1 AND lower(name) = lower($6) AND occurred_at >= $2 AND occurred_at < $3",
        };
        var keys = query.Conversion.ToLowerInvariant() switch
        {
            "lead" => "SELECT person_key FROM people WHERE workspace_id = $1 AND contact_at >= $2 AND contact_at < $3",
            "customer" => "SELECT person_key FROM people WHERE workspace_id = $1 AND customer_at >= $2 AND customer_at < $3",
            _ => "SELECT person_key FROM conversions WHERE workspace_id = $1 AND lower(name) = lower($6) AND occurred_at >= $2 AND occurred_at < $3",
        };
        var parameters = new object?[] { workspace.Id, lo, hi, query.LookbackDays, workspace.Currency, query.Conversion };
        var sql = string.Create(CultureInfo.InvariantCulture, $"""
            WITH {People},
            conv AS (SELECT row_number() OVER (ORDER BY conv_at, person_key, value) AS id, * FROM ({conversions})),
            cv AS MATERIALIZED (SELECT c.id, c.conv_at, pv.visitor_id FROM conv c JOIN pv ON pv.person = c.person_key),
            ss AS MATERIALIZED (
                SELECT s.visitor_id, s.started_at, s.channel, s.network, s.campaign FROM sessions s
                WHERE s.workspace_id = $1 AND s.visitor_id IN (SELECT visitor_id FROM cv)),
            t AS (
                SELECT cv.id, s.started_at, {key} AS key, (epoch(cv.conv_at) - epoch(s.started_at)) / 86400.0 AS days
                FROM cv JOIN ss s ON s.visitor_id = cv.visitor_id
                WHERE s.started_at <= cv.conv_at AND s.started_at >= cv.conv_at - to_days(CAST($4 AS INTEGER)))
            SELECT c.id, any_value(c.value),
                   coalesce(list(t.key ORDER BY t.started_at, t.key) FILTER (WHERE t.key IS NOT NULL), []),
                   coalesce(list(t.days ORDER BY t.started_at, t.key) FILTER (WHERE t.key IS NOT NULL), [])
            FROM conv c LEFT JOIN t ON t.id = c.id
            GROUP BY c.id
            ORDER BY c.id
            """);
        var converting = db.Query(
            sql,
            r => (Id: r.GetInt64(0), Value: r.GetDecimal(1), Keys: r.GetFieldValue<List<string>>(2), Days: r.GetFieldValue<List<double>>(3)),
            parameters);

        // Tracked link clicks are touches too, unless the click's own session (same key, within 30 minutes after it) already is one.
        var clicks = db.Query(
            string.Create(CultureInfo.InvariantCulture, $"""
                WITH {People},
                conv AS (SELECT row_number() OVER (ORDER BY conv_at, person_key, value) AS id, * FROM ({conversions})),
                cv AS MATERIALIZED (SELECT c.id, c.conv_at, pv.visitor_id FROM conv c JOIN pv ON pv.person = c.person_key)
                SELECT cv.id, (epoch(cv.conv_at) - epoch(k.ts)) / 86400.0, l.source, l.medium, l.campaign
                FROM cv JOIN link_clicks k ON k.workspace_id = $1 AND k.visitor_id = cv.visitor_id AND k.drop_reason IS NULL
                JOIN links l ON l.id = k.link_id
                WHERE k.ts <= cv.conv_at AND k.ts >= cv.conv_at - to_days(CAST($4 AS INTEGER))
                """),
            r => (Id: r.GetInt64(0), Days: r.GetDouble(1), Key: LinkKey(r.GetString(2), r.GetString(3), r.GetString(4), query.By)),
            parameters).ToLookup(c => c.Id);
        var journeys = new List<Journey>(converting.Count);
        foreach (var (id, value, sessionKeys, sessionDays) in converting)
        {
            var touches = sessionKeys.Zip(sessionDays).ToList();
            foreach (var click in clicks[id])
            {
                if (!touches.Any(t => t.First == click.Key && click.Days - t.Second is >= 0 and <= 30.0 / 1440))
                {
                    touches.Add((click.Key, click.Days));
                }
            }

            if (touches.Count > 0)
            {
                var ordered = touches.OrderByDescending(t => t.Second).ThenBy(t => t.First, StringComparer.Ordinal).ToList();
                journeys.Add(new Journey([.. ordered.Select(t => t.First)], 1, value, 0, [.. ordered.Select(t => t.Second)]));
            }
        }

        var untouched = converting.Count - journeys.Count;
        var nulls = db.Query(
            $"""
            WITH {People},
            conv AS ({keys})
            SELECT list({key} ORDER BY s.started_at, {key})
            FROM sessions s JOIN pv ON pv.visitor_id = s.visitor_id
            WHERE s.workspace_id = $1 AND s.started_at >= $2 AND s.started_at < $3 AND NOT EXISTS (SELECT 1 FROM conv c WHERE c.person_key = pv.person)
            GROUP BY pv.person
            ORDER BY pv.person
            """,
            r => new Journey(r.GetFieldValue<List<string>>(0), 0, 0, 1),
            parameters);
        return new JourneySet([.. journeys, .. nulls], untouched);
    }
}
