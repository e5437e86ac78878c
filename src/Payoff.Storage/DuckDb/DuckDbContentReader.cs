using System.Data.Common;
using Payoff.Core.Content;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.DuckDb;

/// <summary>
/// Reads imported posts for the content reports (<see cref="IContentReader"/>): every figure aggregated in SQL over the
/// <c>posts</c> table, joined to the daily rollups for the tracked links' results, so a million posts cost one scan, not
/// a million rows to .NET. Local times come from an ASOF join on the time zone's offset changes (<c>payoff_offsets</c>,
/// DST-safe); each snapshot's link keys were parsed at import (<c>post_links</c>); hashtags are parsed by the same pattern
/// as <see cref="Hashtags"/> (RE2).
/// </summary>
public sealed class DuckDbContentReader(DuckDbDatabase db) : IContentReader
{
    // $1 the workspace, $2..$3 the instants of the range's local days, $4 the network (lower case) or NULL.
    // p: the posts of the filter with their local time, engagements, the network's basis and the content key;
    // k: with how many posts of the network share the key; res: the key's results; f: both together.
    private const string Posts = """
        WITH p AS (
            SELECT po.network, po.account, po.post_id, po.permalink, po.published_at, po.type, po.text, po.labels,
                   po.impressions, po.views, po.reach, po.likes, po.comments, po.shares, po.saves, po.clicks,
                   po.published_at + to_minutes(o.minutes) AS local_time,
                   CASE WHEN po.likes IS NULL AND po.comments IS NULL AND po.shares IS NULL AND po.saves IS NULL THEN NULL
                        ELSE coalesce(po.likes, 0) + coalesce(po.comments, 0) + coalesce(po.shares, 0) + coalesce(po.saves, 0) END AS engagements,
                   CASE WHEN b.basis = 0 AND po.impressions > 0 THEN po.impressions
                        WHEN b.basis = 1 AND po.views > 0 THEN po.views
                        WHEN b.basis = 2 AND po.reach > 0 THEN po.reach END AS basis,
                   pl.slug, pl.utm_content AS utm_key
            FROM posts po
            ASOF JOIN payoff_offsets o ON po.published_at >= o.s
            LEFT JOIN payoff_bases b ON b.network = lower(po.network)
            LEFT JOIN post_links pl ON pl.workspace_id = po.workspace_id AND pl.network = po.network AND pl.post_id = po.post_id AND pl.import_id = po.import_id
            WHERE po.workspace_id = $1 AND po.published_at >= $2 AND po.published_at < $3 AND ($4 IS NULL OR lower(po.network) = $4)),
        k AS (
            SELECT p.*, CAST(p.local_time AS DATE) AS local_day, coalesce(p.utm_key, nullif(trim(l.content), '')) AS content_key,
                   CASE WHEN coalesce(p.utm_key, nullif(trim(l.content), '')) IS NULL THEN 0
                        ELSE count(*) OVER (PARTITION BY lower(p.network), lower(coalesce(p.utm_key, nullif(trim(l.content), '')))) END AS key_posts
            FROM p LEFT JOIN links l ON l.workspace_id = $1 AND l.slug = p.slug),
        res AS (
            SELECT k.network, k.post_id,
                   coalesce(sum(r.count) FILTER (WHERE r.measure = 'sessions'), 0)::BIGINT AS sessions,
                   coalesce(sum(r.count) FILTER (WHERE r.measure = 'contacts'), 0)::BIGINT AS contacts,
                   coalesce(sum(r.count) FILTER (WHERE r.measure = 'customers'), 0)::BIGINT AS customers
            FROM k LEFT JOIN daily_rollups r
              ON r.workspace_id = $1 AND r.measure IN ('sessions', 'contacts', 'customers') AND r.day >= k.local_day
             AND lower(coalesce(r.network, r.channel)) = lower(k.network) AND lower(r.content) = lower(k.content_key)
            WHERE k.content_key IS NOT NULL AND k.key_posts = 1
            GROUP BY k.network, k.post_id),
        f AS (
            SELECT k.*, res.sessions, res.contacts, res.customers,
                   CASE WHEN k.engagements IS NOT NULL AND k.basis IS NOT NULL THEN CAST(k.engagements AS DOUBLE) / k.basis END AS rate
            FROM k LEFT JOIN res ON res.network = k.network AND res.post_id = k.post_id)
        """;

    // g: f with each post's group key (a post with two labels or tags once per group); its display spelling follows.
    private const string TypeKey = "g AS (SELECT f.*, f.type AS key, f.type AS shown FROM f)";

    private const string LinkKey = "g AS (SELECT f.*, lower(f.content_key) AS key, min(f.content_key) OVER (PARTITION BY lower(f.network), lower(f.content_key)) AS shown FROM f WHERE f.content_key IS NOT NULL)";

    private const string MonthKey = "g AS (SELECT f.*, strftime(f.local_time, '%Y-%m') AS key, strftime(f.local_time, '%Y-%m') AS shown FROM f)";

    private const string LabelKey = """
        u AS (SELECT DISTINCT ON (network, post_id, lower(trim(label))) f.*, trim(label) AS spelling
              FROM f, unnest(string_split(f.labels, ',')) AS t(label) WHERE trim(label) <> ''),
        g AS (SELECT u.*, lower(u.spelling) AS key, first(u.spelling ORDER BY n DESC, u.spelling) OVER (PARTITION BY lower(u.network), lower(u.spelling)) AS shown
              FROM (SELECT u.*, count(*) OVER (PARTITION BY lower(u.network), u.spelling) AS n FROM u) u)
        """;

    private static readonly string HashtagKey = $"""
        u AS (SELECT DISTINCT ON (network, post_id, lower(tag)) f.*, tag AS spelling
              FROM f, unnest(regexp_extract_all(f.text, '{Hashtags.Pattern}', 1)) AS t(tag) WHERE regexp_matches(tag, '{Hashtags.LetterPattern}')),
        g AS (SELECT u.*, lower(u.spelling) AS key, first(u.spelling ORDER BY n DESC, u.spelling) OVER (PARTITION BY lower(u.network), lower(u.spelling)) AS shown
              FROM (SELECT u.*, count(*) OVER (PARTITION BY lower(u.network), u.spelling) AS n FROM u) u)
        """;

    private const string PostColumns = "network, account, post_id, permalink, published_at, local_time, type, text, labels, impressions, views, reach, likes, comments, shares, saves, clicks, engagements, basis, content_key, key_posts, sessions, contacts, customers";

    /// <inheritdoc />
    public Task<IReadOnlyList<BasisCount>> ReadBasesAsync(Workspace workspace, ContentFilter filter, CancellationToken cancellationToken = default)
    {
        var (start, end, network) = Bounds(workspace, filter);
        IReadOnlyList<BasisCount> counts = db.Query(
            """
            SELECT min(network), count(*), count(*) FILTER (WHERE impressions > 0), count(*) FILTER (WHERE views > 0), count(*) FILTER (WHERE reach > 0)
            FROM posts WHERE workspace_id = $1 AND published_at >= $2 AND published_at < $3 AND ($4 IS NULL OR lower(network) = $4)
            GROUP BY lower(network) ORDER BY 1
            """,
            r => new BasisCount(r.GetString(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4)),
            workspace.Id,
            start,
            end,
            network);
        return Task.FromResult(counts);
    }

    /// <inheritdoc />
    public Task<RankedPosts> ReadRankedAsync(Workspace workspace, ContentFilter filter, IReadOnlyDictionary<string, EngagementBasis> bases, ContentMetric metric, int top, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var (start, end, network) = Prepare(workspace, filter, bases);
        var sql = $"""
            {Posts},
            m AS (SELECT *, {Metric(metric)} AS m FROM f),
            w AS (SELECT *, row_number() OVER (PARTITION BY lower(network) ORDER BY m DESC, published_at, post_id) AS hi,
                            row_number() OVER (PARTITION BY lower(network) ORDER BY m ASC, published_at DESC, post_id DESC) AS lo,
                            count(*) OVER (PARTITION BY lower(network)) AS ranked
                  FROM m WHERE m IS NOT NULL)
            SELECT hi <= $5, lo <= $5, ranked, {PostColumns} FROM w WHERE hi <= $5 OR lo <= $5
            ORDER BY lower(network), m DESC, published_at, post_id
            """;
        var (topPosts, bottomPosts) = (new List<PostFacts>(), new List<PostFacts>());
        var ranked = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        using (var command = db.Command(sql, workspace.Id, start, end, network, top))
        using (var r = command.ExecuteReader())
        {
            while (r.Read())
            {
                var post = Post(r, 3);
                ranked[post.Network] = r.GetInt64(2);
                if (r.GetBoolean(0))
                {
                    topPosts.Add(post);
                }

                if (r.GetBoolean(1))
                {
                    bottomPosts.Add(post);
                }
            }
        }

        return Task.FromResult(new RankedPosts(topPosts, bottomPosts, ranked));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<GroupFacts>> ReadGroupsAsync(Workspace workspace, ContentFilter filter, IReadOnlyDictionary<string, EngagementBasis> bases, ContentGrouping grouping, CancellationToken cancellationToken = default)
    {
        var keys = GroupKey(grouping);
        var (start, end, network) = Prepare(workspace, filter, bases);
        var sql = $"""
            {Posts},
            {keys}
            SELECT min(network), min(shown), count(*),
                   count(*) FILTER (WHERE rate IS NOT NULL),
                   sum(impressions)::BIGINT, sum(views)::BIGINT, sum(reach)::BIGINT, sum(likes)::BIGINT, sum(comments)::BIGINT,
                   sum(shares)::BIGINT, sum(saves)::BIGINT, sum(clicks)::BIGINT,
                   coalesce(sum(engagements) FILTER (WHERE rate IS NOT NULL), 0)::BIGINT,
                   coalesce(sum(basis) FILTER (WHERE rate IS NOT NULL), 0)::BIGINT,
                   median(rate),
                   count(*) FILTER (WHERE sessions IS NOT NULL),
                   coalesce(sum(sessions), 0)::BIGINT, coalesce(sum(contacts), 0)::BIGINT, coalesce(sum(customers), 0)::BIGINT
            FROM g GROUP BY lower(network), key ORDER BY lower(min(network)), key
            """;
        IReadOnlyList<GroupFacts> groups = db.Query(
            sql,
            r => new GroupFacts(
                r.GetString(0), r.GetString(1), r.GetInt64(2), r.GetInt64(3),
                Long(r, 4), Long(r, 5), Long(r, 6), Long(r, 7), Long(r, 8), Long(r, 9), Long(r, 10), Long(r, 11),
                r.GetInt64(12), r.GetInt64(13), r.IsDBNull(14) ? null : r.GetDouble(14),
                r.GetInt64(15), r.GetInt64(16), r.GetInt64(17), r.GetInt64(18)),
            workspace.Id,
            start,
            end,
            network);
        return Task.FromResult(groups);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<PostRate>> ReadRatesAsync(Workspace workspace, ContentFilter filter, IReadOnlyDictionary<string, EngagementBasis> bases, ContentGrouping grouping, CancellationToken cancellationToken = default)
    {
        var keys = GroupKey(grouping);
        var (start, end, network) = Prepare(workspace, filter, bases);
        IReadOnlyList<PostRate> rates = db.Query(
            $"""
            {Posts},
            {keys}
            SELECT min(network) OVER (PARTITION BY lower(network)), post_id, shown, engagements, basis, sessions, contacts FROM g
            """,
            r => new PostRate(r.GetString(0), r.GetString(1), r.GetString(2), Long(r, 3), Long(r, 4), Long(r, 5), Long(r, 6)),
            workspace.Id,
            start,
            end,
            network);
        return Task.FromResult(rates);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<TimeSlot>> ReadSlotsAsync(Workspace workspace, ContentFilter filter, IReadOnlyDictionary<string, EngagementBasis> bases, ContentMetric metric, CancellationToken cancellationToken = default)
    {
        var (start, end, network) = Prepare(workspace, filter, bases);
        IReadOnlyList<TimeSlot> slots = db.Query(
            $"""
            {Posts},
            m AS (SELECT network, local_time, {Metric(metric)} AS m FROM f)
            SELECT min(network), isodow(local_time) AS weekday, hour(local_time) AS hour, count(*), median(m)
            FROM m WHERE m IS NOT NULL
            GROUP BY GROUPING SETS ((lower(network), isodow(local_time), hour(local_time)), (lower(network), isodow(local_time)))
            ORDER BY lower(min(network)), weekday, hour NULLS FIRST
            """,
            r => new TimeSlot(r.GetString(0), (int)r.GetInt64(1), r.IsDBNull(2) ? null : (int)r.GetInt64(2), r.GetInt64(3), r.IsDBNull(4) ? null : r.GetDouble(4)),
            workspace.Id,
            start,
            end,
            network);
        return Task.FromResult(slots);
    }

    /// <summary>The SQL of a post's value of <paramref name="metric"/> over <c>f</c>'s columns (NULL when it has none).</summary>
    private static string Metric(ContentMetric metric) => metric switch
    {
        ContentMetric.EngagementRate => "rate",
        ContentMetric.Reach => "CAST(reach AS DOUBLE)",
        ContentMetric.Clicks => "CAST(clicks AS DOUBLE)",
        ContentMetric.Visits => "CAST(sessions AS DOUBLE)",
        ContentMetric.Leads => "CAST(contacts AS DOUBLE)",
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "Not a content metric."),
    };

    private static string GroupKey(ContentGrouping grouping) => grouping switch
    {
        ContentGrouping.Type => TypeKey,
        ContentGrouping.Month => MonthKey,
        ContentGrouping.Label => LabelKey,
        ContentGrouping.Hashtag => HashtagKey,
        ContentGrouping.ContentKey => LinkKey,
        _ => throw new ArgumentException("Posts are read one by one with ReadRankedAsync, not grouped.", nameof(grouping)),
    };

    /// <summary>The filter's instants and network, after the temporary tables of the bases and the time zone's offsets are written.</summary>
    private (DateTime Start, DateTime End, string? Network) Prepare(Workspace workspace, ContentFilter filter, IReadOnlyDictionary<string, EngagementBasis> bases)
    {
        ArgumentNullException.ThrowIfNull(bases);
        var bounds = Bounds(workspace, filter);
        db.Execute("CREATE OR REPLACE TEMP TABLE payoff_bases (network VARCHAR, basis INTEGER)");
        using (var appender = db.Connection.CreateAppender("temp", "main", "payoff_bases"))
        {
            foreach (var (name, basis) in bases)
            {
                appender.CreateRow().AppendValue(name.ToLowerInvariant()).AppendValue((int)basis).EndRow();
            }
        }

        WriteOffsets(db, workspace.Calendar, filter.Range);
        return bounds;
    }

    private static (DateTime Start, DateTime End, string? Network) Bounds(Workspace workspace, ContentFilter filter)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(filter);
        var (start, end) = workspace.Calendar.Range(filter.Range.From, filter.Range.To);
        return (DuckDbDatabase.ToDb(start), DuckDbDatabase.ToDb(end), string.IsNullOrWhiteSpace(filter.Network) ? null : filter.Network.Trim().ToLowerInvariant());
    }

    /// <summary>
    /// Writes the temporary table <c>payoff_offsets (s TIMESTAMP, minutes INTEGER)</c>: the time zone's UTC offset in
    /// minutes from each UTC instant it takes effect, from the day before <paramref name="range"/> to the day after it; an
    /// offset change is found to the minute inside the day it happens. An ASOF join on it gives any instant of the range
    /// its local time (DST-safe). Public for the benchmark's raw baseline.
    /// </summary>
    public static void WriteOffsets(DuckDbDatabase db, WorkspaceCalendar calendar, DateRange range)
    {
        var zone = calendar.Zone;
        var from = range.From.AddDays(-1);
        var start = calendar.StartOfDay(from);
        var offset = Minutes(zone, start);
        var changes = new List<(DateTimeOffset At, int Minutes)> { (start, offset) };
        for (var day = from; day <= range.To.AddDays(1); day = day.AddDays(1))
        {
            var (low, high) = (calendar.StartOfDay(day), calendar.StartOfDay(day.AddDays(1)));
            if (Minutes(zone, high) == offset)
            {
                continue;
            }

            // The change lies in (low, high]: halve the interval to the minute, then take the whole minute it starts at.
            while (high - low > TimeSpan.FromMinutes(1))
            {
                var mid = low + ((high - low) / 2);
                (low, high) = Minutes(zone, mid) == offset ? (mid, high) : (low, mid);
            }

            var minute = new DateTimeOffset(high.UtcTicks - (high.UtcTicks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
            high = minute > low && Minutes(zone, minute) != offset ? minute : high;
            offset = Minutes(zone, high);
            changes.Add((high, offset));
        }

        db.Execute("CREATE OR REPLACE TEMP TABLE payoff_offsets (s TIMESTAMP, minutes INTEGER)");
        using var appender = db.Connection.CreateAppender("temp", "main", "payoff_offsets");
        foreach (var (at, minutes) in changes)
        {
            appender.CreateRow().AppendValue(DuckDbDatabase.ToDb(at)).AppendValue(minutes).EndRow();
        }
    }

    private static int Minutes(TimeZoneInfo zone, DateTimeOffset instant) => (int)zone.GetUtcOffset(instant).TotalMinutes;

    private static PostFacts Post(DbDataReader r, int at)
    {
        var engagements = Long(r, at + 17);
        var basis = Long(r, at + 18);
        return new PostFacts(
            r.GetString(at),
            Text(r, at + 1),
            r.GetString(at + 2),
            Text(r, at + 3),
            r.IsDBNull(at + 4) ? null : DuckDbDatabase.FromDb(r.GetDateTime(at + 4)),
            r.IsDBNull(at + 5) ? null : r.GetDateTime(at + 5),
            r.GetString(at + 6),
            Text(r, at + 7),
            Text(r, at + 8),
            Long(r, at + 9),
            Long(r, at + 10),
            Long(r, at + 11),
            Long(r, at + 12),
            Long(r, at + 13),
            Long(r, at + 14),
            Long(r, at + 15),
            Long(r, at + 16),
            engagements,
            basis,
            engagements is { } e && basis is { } b ? Math.Round((decimal)e / b, 6) : null,
            Text(r, at + 19),
            r.GetInt64(at + 20),
            Long(r, at + 21),
            Long(r, at + 22),
            Long(r, at + 23));
    }

    private static long? Long(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt64(i);

    private static string? Text(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
