using System.Data.Common;
using Payoff.Core.Content;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.DuckDb;

/// <summary>
/// Reads imported posts for the content reports (<see cref="IContentReader"/>): every figure aggregated in SQL over the
/// <c>posts</c> table, so a million posts cost a scan, not a million rows to .NET. Each statement reads only what its
/// report needs: the tracked links (<c>post_links</c>, parsed at import), the key-sharing count and the daily rollups are
/// joined for every post only when a metric or grouping needs them (visits, leads, the link's key, the groups' tracked
/// sums), else only for the posts shown. Local times come from the time zone's offset changes written into the statement
/// (<see cref="LocalTime"/>, DST-safe); hashtags are parsed by the same pattern as <see cref="Hashtags"/> (RE2).
/// </summary>
public sealed partial class DuckDbContentReader(DuckDbDatabase db) : IContentReader
{
    /// <inheritdoc />
    public Task<IReadOnlyList<BasisCount>> ReadBasesAsync(Workspace workspace, ContentFilter filter, CancellationToken cancellationToken = default)
    {
        var (start, end, network) = Bounds(workspace, filter);

        // Grouped by the stored spelling (a dictionary-encoded column: cheaper than lower() on every post), the spellings
        // of one network then added up here, named by the first in ordinal order.
        var rows = db.Query(
            $"""
            SELECT network, count(*), sum((impressions > 0)::BIGINT), sum((views > 0)::BIGINT), sum((reach > 0)::BIGINT)
            FROM posts WHERE workspace_id = $1 AND published_at >= $2 AND published_at < $3{(network is null ? string.Empty : " AND lower(network) = $4")}
            GROUP BY network
            """,
            r => new BasisCount(r.GetString(0), r.GetInt64(1), Long(r, 2) ?? 0, Long(r, 3) ?? 0, Long(r, 4) ?? 0),
            network is null ? [workspace.Id, start, end] : [workspace.Id, start, end, network]);
        IReadOnlyList<BasisCount> counts = [.. rows
            .GroupBy(c => c.Network, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.Aggregate((a, b) => new BasisCount(
                string.CompareOrdinal(a.Network, b.Network) <= 0 ? a.Network : b.Network,
                a.Posts + b.Posts, a.WithImpressions + b.WithImpressions, a.WithViews + b.WithViews, a.WithReach + b.WithReach)))
            .OrderBy(c => c.Network, StringComparer.Ordinal)];
        return Task.FromResult(counts);
    }

    /// <inheritdoc />
    public Task<RankedPosts> ReadRankedAsync(Workspace workspace, ContentFilter filter, IReadOnlyDictionary<string, EngagementBasis> bases, ContentMetric metric, int top, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var (start, end, network, local) = Prepare(workspace, filter, bases);

        // The top and bottom posts per network by one ordered key, no window over every post: (−value, published, id)
        // ascending is value descending, then published, then id; the bottom ones are the same key's largest. Then every
        // column only for those posts (with visits or leads the value itself needs every post's tracked link).
        var ranked = NeedsLinks(metric, ContentGrouping.Post)
            ? $"{Tracked(local, null, workspace.Currency)}, v AS (SELECT * FROM f)"
            : Plain("v", local);
        var order = $"struct_pack(v := -m, at := published_at, id := post_id), {Whole(top)}";
        var sql = $"""
            WITH {ranked},
            m AS (SELECT network, post_id, published_at, {Metric(metric)} AS m FROM v),
            t AS (SELECT lower(network) AS n, count(*) AS ranked, min_by(post_id, {order}) AS hi, max_by(post_id, {order}) AS lo
                  FROM m WHERE m IS NOT NULL GROUP BY lower(network)),
            s AS (SELECT n, id, bool_or(hi) AS hi, bool_or(lo) AS lo, any_value(ranked) AS ranked
                  FROM (SELECT n, unnest(hi) AS id, true AS hi, false AS lo, ranked FROM t
                        UNION ALL SELECT n, unnest(lo), false, true, ranked FROM t)
                  GROUP BY n, id),
            {(NeedsLinks(metric, ContentGrouping.Post) ? "x AS (SELECT * FROM v)" : Tracked(local, "s", workspace.Currency) + ", x AS (SELECT * FROM f)")}
            SELECT s.hi, s.lo, s.ranked, {PostColumns} FROM x JOIN s ON s.n = lower(x.network) AND s.id = x.post_id
            ORDER BY lower(network), {Metric(metric)} DESC, published_at, post_id
            """;
        var (topPosts, bottomPosts) = (new List<PostFacts>(), new List<PostFacts>());
        var counts = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        using (var command = db.Command(sql, workspace.Id, start, end, network))
        using (var r = command.ExecuteReader())
        {
            while (r.Read())
            {
                var post = Post(r, 3);
                counts[post.Network] = r.GetInt64(2);
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

        return Task.FromResult(new RankedPosts(topPosts, bottomPosts, counts));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<GroupFacts>> ReadGroupsAsync(Workspace workspace, ContentFilter filter, IReadOnlyDictionary<string, EngagementBasis> bases, ContentGrouping grouping, CancellationToken cancellationToken = default)
    {
        var keys = GroupKey(grouping, filter);
        var (start, end, network, local) = Prepare(workspace, filter, bases);
        var sql = $"""
            WITH {Tracked(local, null, workspace.Currency)},
            {keys}
            SELECT min(network), min(shown), count(*),
                   count(*) FILTER (WHERE rate IS NOT NULL),
                   sum(impressions)::BIGINT, sum(views)::BIGINT, sum(reach)::BIGINT, sum(likes)::BIGINT, sum(comments)::BIGINT,
                   sum(shares)::BIGINT, sum(saves)::BIGINT, sum(clicks)::BIGINT,
                   coalesce(sum(engagements) FILTER (WHERE rate IS NOT NULL), 0)::BIGINT,
                   coalesce(sum(basis) FILTER (WHERE rate IS NOT NULL), 0)::BIGINT,
                   median(rate),
                   count(*) FILTER (WHERE sessions IS NOT NULL),
                   coalesce(sum(sessions), 0)::BIGINT, coalesce(sum(contacts), 0)::BIGINT, coalesce(sum(customers), 0)::BIGINT,
                   sum(hashtag_clicks)::BIGINT
            FROM (SELECT g.*, hc.clicks AS hashtag_clicks FROM g
                  LEFT JOIN post_hashtag_clicks hc ON hc.workspace_id = $1 AND hc.network = g.network AND hc.post_id = g.post_id AND hc.import_id = g.import_id) g
            GROUP BY lower(network), key ORDER BY lower(min(network)), key
            """;
        IReadOnlyList<GroupFacts> groups = db.Query(
            sql,
            r => new GroupFacts(
                r.GetString(0), r.GetString(1), r.GetInt64(2), r.GetInt64(3),
                Long(r, 4), Long(r, 5), Long(r, 6), Long(r, 7), Long(r, 8), Long(r, 9), Long(r, 10), Long(r, 11),
                r.GetInt64(12), r.GetInt64(13), r.IsDBNull(14) ? null : r.GetDouble(14),
                r.GetInt64(15), r.GetInt64(16), r.GetInt64(17), r.GetInt64(18)) { HashtagClicks = Long(r, 19) },
            workspace.Id,
            start,
            end,
            network);
        return Task.FromResult(groups);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<PostRate>> ReadRatesAsync(Workspace workspace, ContentFilter filter, IReadOnlyDictionary<string, EngagementBasis> bases, ContentGrouping grouping, CancellationToken cancellationToken = default)
    {
        var keys = GroupKey(grouping, filter);
        var (start, end, network, local) = Prepare(workspace, filter, bases);
        IReadOnlyList<PostRate> rates = db.Query(
            $"""
            WITH {Tracked(local, null, workspace.Currency)},
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
    public Task<IReadOnlyList<GroupValues>> ReadValuesAsync(Workspace workspace, ContentFilter filter, IReadOnlyDictionary<string, EngagementBasis> bases, ContentGrouping grouping, ContentMetric metric, CancellationToken cancellationToken = default)
    {
        var keys = GroupKey(grouping, filter);
        var (numerator, denominator) = Ratio(metric);
        var (start, end, network, local) = Prepare(workspace, filter, bases);
        var posts = NeedsLinks(metric, grouping) ? Tracked(local, null, workspace.Currency) : Plain("f", local);
        IReadOnlyList<GroupValues> values = db.Query(
            $"""
            WITH {posts},
            {keys}
            SELECT min(min(network)) OVER (PARTITION BY lower(network)), min(shown),
                   list({Metric(metric)}) FILTER (WHERE {Metric(metric)} IS NOT NULL),
                   coalesce({numerator}, 0)::BIGINT, coalesce({denominator}, 0)::BIGINT
            FROM g GROUP BY lower(network), key
            """,
            r => new GroupValues(r.GetString(0), r.GetString(1), r.IsDBNull(2) ? [] : r.GetFieldValue<List<double>>(2), r.GetInt64(3), r.GetInt64(4)),
            workspace.Id,
            start,
            end,
            network);
        return Task.FromResult(values);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<TimeSlot>> ReadSlotsAsync(Workspace workspace, ContentFilter filter, IReadOnlyDictionary<string, EngagementBasis> bases, ContentMetric metric, CancellationToken cancellationToken = default)
    {
        var (start, end, network, local) = Prepare(workspace, filter, bases);
        var posts = NeedsLinks(metric, ContentGrouping.Post) ? Tracked(local, null, workspace.Currency) : Plain("f", local);
        // Posts whose export gave only their day have no hour; the join is made only when the workspace has any.
        var untimed = db.Scalar<bool>("SELECT EXISTS (SELECT 1 FROM post_times_unknown WHERE workspace_id = $1)", workspace.Id);
        var hours = untimed
            ? $"""
              m AS (SELECT f.network, isodow(f.local_time) AS weekday, CASE WHEN tu.post_id IS NULL THEN hour(f.local_time) END AS hour, {Metric(metric)} AS m
                    FROM f LEFT JOIN post_times_unknown tu
                      ON tu.workspace_id = $1 AND tu.network = f.network AND tu.post_id = f.post_id AND tu.import_id = f.import_id)
              """
            : $"m AS (SELECT f.network, isodow(f.local_time) AS weekday, hour(f.local_time) AS hour, {Metric(metric)} AS m FROM f)";
        IReadOnlyList<TimeSlot> slots = db.Query(
            $"""
            WITH {posts},
            {hours}
            SELECT min(network), weekday, hour, count(*), median(m)
            FROM m WHERE m IS NOT NULL
            GROUP BY GROUPING SETS ((lower(network), weekday, hour), (lower(network), weekday))
            HAVING grouping(hour) = 1 OR hour IS NOT NULL
            ORDER BY lower(min(network)), weekday, hour NULLS FIRST
            """,
            r => new TimeSlot(r.GetString(0), (int)r.GetInt64(1), r.IsDBNull(2) ? null : (int)r.GetInt64(2), r.GetInt64(3), r.IsDBNull(4) ? null : r.GetDouble(4)),
            workspace.Id,
            start,
            end,
            network);
        return Task.FromResult(slots);
    }

    /// <summary>The filter's instants, network and local-time SQL (<see cref="LocalTime"/>), after the temporary table of the bases is written.</summary>
    private (DateTime Start, DateTime End, string? Network, string LocalTime) Prepare(Workspace workspace, ContentFilter filter, IReadOnlyDictionary<string, EngagementBasis> bases)
    {
        ArgumentNullException.ThrowIfNull(bases);
        var (start, end, network) = Bounds(workspace, filter);
        db.Execute("CREATE OR REPLACE TEMP TABLE payoff_bases (network VARCHAR, basis INTEGER)");
        using (var appender = db.Connection.CreateAppender("temp", "main", "payoff_bases"))
        {
            foreach (var (name, basis) in bases)
            {
                appender.CreateRow().AppendValue(name.ToLowerInvariant()).AppendValue((int)basis).EndRow();
            }
        }

        return (start, end, network, LocalTime(workspace.Calendar, filter.Range, "po.published_at"));
    }

    private static (DateTime Start, DateTime End, string? Network) Bounds(Workspace workspace, ContentFilter filter)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(filter);
        var (start, end) = workspace.Calendar.Range(filter.Range.From, filter.Range.To);
        return (DuckDbDatabase.ToDb(start), DuckDbDatabase.ToDb(end), string.IsNullOrWhiteSpace(filter.Network) ? null : filter.Network.Trim().ToLowerInvariant());
    }

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
            Long(r, at + 23))
        {
            Revenue = r.IsDBNull(at + 24) ? null : r.GetDecimal(at + 24),
        };
    }

    private static long? Long(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt64(i);

    private static string? Text(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
