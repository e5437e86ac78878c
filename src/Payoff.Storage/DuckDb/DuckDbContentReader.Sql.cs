using System.Globalization;
using Payoff.Core.Content;

namespace Payoff.Storage.DuckDb;

public sealed partial class DuckDbContentReader
{
    // Every statement's parameters: $1 the workspace, $2..$3 the instants of the range's local days, $4 the network (lower
    // case) or NULL. po: the posts table; b: payoff_bases, each network's basis (0 impressions, 1 views, 2 reach).
    private const string Where = "po.workspace_id = $1 AND po.published_at >= $2 AND po.published_at < $3 AND ($4 IS NULL OR lower(po.network) = $4)";

    private const string Engagements = """
        CASE WHEN po.likes IS NULL AND po.comments IS NULL AND po.shares IS NULL AND po.saves IS NULL THEN NULL
             ELSE coalesce(po.likes, 0) + coalesce(po.comments, 0) + coalesce(po.shares, 0) + coalesce(po.saves, 0) END
        """;

    private const string Basis = """
        CASE WHEN b.basis = 0 AND po.impressions > 0 THEN po.impressions
             WHEN b.basis = 1 AND po.views > 0 THEN po.views
             WHEN b.basis = 2 AND po.reach > 0 THEN po.reach END
        """;

    private const string Rate = "CASE WHEN engagements IS NOT NULL AND basis IS NOT NULL THEN CAST(engagements AS DOUBLE) / basis END";

    // g: f with each post's group key (a post with two labels or tags once per group); its display spelling follows.
    private const string TypeKey = "g AS (SELECT f.*, f.type AS key, f.type AS shown FROM f)";

    private const string LinkKey = "g AS (SELECT f.*, lower(f.content_key) AS key, min(f.content_key) OVER (PARTITION BY lower(f.network), lower(f.content_key)) AS shown FROM f WHERE f.content_key IS NOT NULL)";

    private const string MonthKey = "g AS (SELECT f.*, strftime(f.local_time, '%Y-%m') AS key, strftime(f.local_time, '%Y-%m') AS shown FROM f)";

    /// <summary>
    /// g by label: each post once per label of its export (comma-separated) and per caption rule it matches
    /// (<see cref="LabelRule"/>: its pattern and label written as SQL string literals, <see cref="Literal"/>), under the
    /// first spelling it gives a label (exported labels first, then the rules in order).
    /// </summary>
    private static string LabelKey(IReadOnlyList<LabelRule> rules)
    {
        var matched = rules.Count == 0 ? string.Empty
            : ", [" + string.Join(", ", rules.Select(r => $"CASE WHEN regexp_matches(coalesce(f.text, ''), {Literal(r.Pattern)}) THEN {Literal(r.Label)} END")) + "]";
        return $"""
            u AS (SELECT DISTINCT ON (network, post_id, lower(trim(label))) f.*, trim(label) AS spelling
                  FROM f, unnest(list_concat(string_split(coalesce(f.labels, ''), ','){matched})) WITH ORDINALITY AS t(label, pos) WHERE label IS NOT NULL AND trim(label) <> ''
                  ORDER BY network, post_id, lower(trim(label)), pos),
            g AS (SELECT u.*, lower(u.spelling) AS key, first(u.spelling ORDER BY n DESC, u.spelling) OVER (PARTITION BY lower(u.network), lower(u.spelling)) AS shown
                  FROM (SELECT u.*, count(*) OVER (PARTITION BY lower(u.network), u.spelling) AS n FROM u) u)
            """;
    }

    /// <summary>
    /// <paramref name="text"/> as a DuckDB string literal: quoted, its quotes doubled (DuckDB's standard strings have no
    /// backslash escapes). Only for text without control characters (<see cref="LabelRule.Parse"/> refuses them).
    /// </summary>
    /// <exception cref="ArgumentException">The text holds a control character.</exception>
    internal static string Literal(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Any(char.IsControl))
        {
            throw new ArgumentException("A SQL literal here never holds a control character.", nameof(text));
        }

        return "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
    }

    private static readonly string HashtagKey = $"""
        u AS (SELECT DISTINCT ON (network, post_id, lower(tag)) f.*, tag AS spelling
              FROM f, unnest(regexp_extract_all(f.text, '{Hashtags.Pattern}', 1)) WITH ORDINALITY AS t(tag, pos) WHERE regexp_matches(tag, '{Hashtags.LetterPattern}')
              ORDER BY network, post_id, lower(tag), pos),
        g AS (SELECT u.*, lower(u.spelling) AS key, first(u.spelling ORDER BY n DESC, u.spelling) OVER (PARTITION BY lower(u.network), lower(u.spelling)) AS shown
              FROM (SELECT u.*, count(*) OVER (PARTITION BY lower(u.network), u.spelling) AS n FROM u) u)
        """;

    private const string PostColumns = "network, account, post_id, permalink, published_at, local_time, type, text, labels, impressions, views, reach, likes, comments, shares, saves, clicks, engagements, basis, content_key, key_posts, sessions, contacts, customers, revenue";

    /// <summary>
    /// The CTE <paramref name="name"/>: the posts of the filter with their local time, engagements, basis and rate, and
    /// no tracked link — the columns a metric other than visits and leads and a grouping other than the link's key need.
    /// </summary>
    private static string Plain(string name, string localTime) => $"""
        {name} AS (
            SELECT *, {Rate} AS rate FROM (
                SELECT po.network, po.account, po.post_id, po.import_id, po.permalink, po.published_at, po.type, po.text, po.labels,
                       po.impressions, po.views, po.reach, po.likes, po.comments, po.shares, po.saves, po.clicks,
                       {localTime} AS local_time, {Engagements} AS engagements, {Basis} AS basis
                FROM posts po LEFT JOIN payoff_bases b ON b.network = lower(po.network)
                WHERE {Where}))
        """;

    /// <summary>
    /// The CTEs p, k, kc, kp, res and f: the posts of the filter with their local time, engagements, basis, rate, content
    /// key, how many posts of the network share the key, and the key's results (revenue: the rollups' in
    /// <paramref name="currency"/>, the workspace's). With <paramref name="shown"/> (a CTE of
    /// <c>(n, id)</c>, n the lower-case network) only those posts get the columns — their key's sharers are counted
    /// among every post of the filter with one of their keys — else every post does, the shared keys found by one
    /// aggregate (a window over every post's key cost twice as much). Only the posts with rollups of their key are summed
    /// (res); every other tracked post has 0 sessions, contacts and customers, and a post without a key of its own none.
    /// </summary>
    private static string Tracked(string localTime, string? shown, string currency)
    {
        var only = shown is null ? string.Empty : $"SEMI JOIN {shown} ON {shown}.n = lower(po.network) AND {shown}.id = po.post_id";
        var sharing = shown is null
            ? """
              kc AS (SELECT lower(network) AS n, lower(content_key) AS key, count(*) AS key_posts
                     FROM k WHERE content_key IS NOT NULL GROUP BY ALL HAVING count(*) > 1),
              kp AS (SELECT k.*, CASE WHEN k.content_key IS NULL THEN 0 ELSE coalesce(kc.key_posts, 1) END AS key_posts
                     FROM k LEFT JOIN kc ON kc.n = lower(k.network) AND kc.key = lower(k.content_key))
              """
            : """
              kk AS (SELECT DISTINCT lower(network) AS n, lower(content_key) AS key FROM k WHERE content_key IS NOT NULL),
              kc AS (SELECT lower(po.network) AS n, lower(coalesce(pl.utm_content, nullif(trim(l.content), ''))) AS key, count(*) AS key_posts
                     FROM post_links pl
                     JOIN posts po ON po.workspace_id = pl.workspace_id AND po.network = pl.network AND po.post_id = pl.post_id AND po.import_id = pl.import_id
                     LEFT JOIN links l ON l.workspace_id = $1 AND l.slug = pl.slug
                     WHERE pl.workspace_id = $1 AND ($4 IS NULL OR lower(pl.network) = $4) AND po.published_at >= $2 AND po.published_at < $3
                       AND (lower(pl.utm_content) IN (SELECT key FROM kk) OR (pl.utm_content IS NULL AND lower(nullif(trim(l.content), '')) IN (SELECT key FROM kk)))
                     GROUP BY ALL),
              kp AS (SELECT k.*, CASE WHEN k.content_key IS NULL THEN 0 ELSE coalesce(kc.key_posts, 0) END AS key_posts
                     FROM k LEFT JOIN kc ON kc.n = lower(k.network) AND kc.key = lower(k.content_key))
              """;
        return $"""
            p AS (
                SELECT po.network, po.account, po.post_id, po.import_id, po.permalink, po.published_at, po.type, po.text, po.labels,
                       po.impressions, po.views, po.reach, po.likes, po.comments, po.shares, po.saves, po.clicks,
                       {localTime} AS local_time, {Engagements} AS engagements, {Basis} AS basis,
                       pl.slug, pl.utm_content AS utm_key
                FROM posts po
                {only}
                LEFT JOIN payoff_bases b ON b.network = lower(po.network)
                LEFT JOIN post_links pl ON pl.workspace_id = po.workspace_id AND pl.network = po.network AND pl.post_id = po.post_id AND pl.import_id = po.import_id
                WHERE {Where}),
            k AS (
                SELECT p.*, CAST(p.local_time AS DATE) AS local_day, coalesce(p.utm_key, nullif(trim(l.content), '')) AS content_key
                FROM p LEFT JOIN links l ON l.workspace_id = $1 AND l.slug = p.slug),
            {sharing},
            res AS (
                SELECT kp.network, kp.post_id,
                       coalesce(sum(r.count) FILTER (WHERE r.measure = 'sessions'), 0)::BIGINT AS sessions,
                       coalesce(sum(r.count) FILTER (WHERE r.measure = 'contacts'), 0)::BIGINT AS contacts,
                       coalesce(sum(r.count) FILTER (WHERE r.measure = 'customers'), 0)::BIGINT AS customers,
                       coalesce(sum(r.amount) FILTER (WHERE r.measure = 'revenue' AND r.currency = {Literal(currency)}), 0) AS revenue
                FROM kp JOIN daily_rollups r
                  ON r.workspace_id = $1 AND r.measure IN ('sessions', 'contacts', 'customers', 'revenue') AND r.day >= kp.local_day
                 AND lower(coalesce(r.network, r.channel)) = lower(kp.network) AND lower(r.content) = lower(kp.content_key)
                WHERE kp.content_key IS NOT NULL AND kp.key_posts = 1
                GROUP BY kp.network, kp.post_id),
            f AS (
                SELECT kp.*,
                       CASE WHEN kp.content_key IS NOT NULL AND kp.key_posts = 1 THEN coalesce(res.sessions, 0) END AS sessions,
                       CASE WHEN kp.content_key IS NOT NULL AND kp.key_posts = 1 THEN coalesce(res.contacts, 0) END AS contacts,
                       CASE WHEN kp.content_key IS NOT NULL AND kp.key_posts = 1 THEN coalesce(res.customers, 0) END AS customers,
                       CASE WHEN kp.content_key IS NOT NULL AND kp.key_posts = 1 THEN coalesce(res.revenue, 0) END AS revenue,
                       {Rate} AS rate
                FROM kp LEFT JOIN res ON res.network = kp.network AND res.post_id = kp.post_id)
            """;
    }

    /// <summary>Whether <paramref name="metric"/> or <paramref name="grouping"/> needs the posts' tracked links (<see cref="Tracked"/>).</summary>
    private static bool NeedsLinks(ContentMetric metric, ContentGrouping grouping) =>
        metric is ContentMetric.Visits or ContentMetric.Leads || grouping == ContentGrouping.ContentKey;

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

    /// <summary>
    /// The SQL of a group's value of <paramref name="metric"/> as a numerator and a denominator over <c>g</c>'s posts
    /// (<see cref="GroupValues"/>): Σ engagements and Σ basis of the rated posts, or Σ sessions (contacts) and the tracked posts.
    /// </summary>
    private static (string Numerator, string Denominator) Ratio(ContentMetric metric) => metric switch
    {
        ContentMetric.EngagementRate => ("sum(engagements) FILTER (WHERE rate IS NOT NULL)", "sum(basis) FILTER (WHERE rate IS NOT NULL)"),
        ContentMetric.Visits => ("sum(sessions)", "count(sessions)"),
        ContentMetric.Leads => ("sum(contacts)", "count(contacts)"),
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "Groups are compared on the engagement rate, visits or leads per post."),
    };

    private static string GroupKey(ContentGrouping grouping, ContentFilter filter) => grouping switch
    {
        ContentGrouping.Type => TypeKey,
        ContentGrouping.Month => MonthKey,
        ContentGrouping.Label => LabelKey(filter.Labels),
        ContentGrouping.Hashtag => HashtagKey,
        ContentGrouping.ContentKey => LinkKey,
        _ => throw new ArgumentException("Posts are read one by one with ReadRankedAsync, not grouped.", nameof(grouping)),
    };

    private static string Whole(int n) => n.ToString(CultureInfo.InvariantCulture);
}
