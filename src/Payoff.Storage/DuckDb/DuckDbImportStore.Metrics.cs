using DuckDB.NET.Data;
using Payoff.Core.Audience;
using Payoff.Core.Costs;
using Payoff.Core.Importing;
using Payoff.Core.Social;
using Payoff.Core.Traffic;
using Payoff.Core.Workspaces;
using Payoff.Core.Stores;

namespace Payoff.Storage.DuckDb;

/// <content>Account metrics, ad costs, post snapshots and audience demographics: staged, first row of a key wins, the stored overlap replaced (an audience's dimension as a whole).</content>
/// <remarks>An account or campaign the file does not name is stored as the empty string, so it still keys the overlap.</remarks>
public sealed partial class DuckDbImportStore
{
    private ImportRecord WriteMetrics(Workspace workspace, ImportRequest request, IImportRows<AccountMetric> metrics) =>
        WriteReplacing(workspace, request, metrics, "account_metrics", MetricKey, MetricColumns);

    private const string MetricKey = "network, account, metric, day";

    private const string PostKey = "network, post_id";

    private const string AudienceKey = "network, account, audience, dimension, value";

    private const string AudienceScope = "network, account, audience, dimension";

    private static IDuckDBAppenderRow MetricColumns(IDuckDBAppenderRow row, AccountMetric m) => row
        .AppendValue(m.Network).AppendValue(m.Account ?? string.Empty).AppendValue(m.Date.ToDateTime(TimeOnly.MinValue))
        .AppendValue(m.Metric).AppendValue(m.PlatformMetric).AppendValue(m.Value);

    private static IDuckDBAppenderRow PostColumns(IDuckDBAppenderRow row, SocialPost p, DateTime exported) => row
        .AppendValue(p.Network).AppendValue(p.PostId).AppendValue(p.Account).AppendValue(p.Permalink)
        .AppendValue(p.PublishedAt is { } at ? DuckDbDatabase.ToDb(at) : null).AppendValue(p.Type).AppendValue(p.Text).AppendValue(p.Labels)
        .AppendValue(p.Impressions).AppendValue(p.Views).AppendValue(p.Reach).AppendValue(p.Likes).AppendValue(p.Comments)
        .AppendValue(p.Shares).AppendValue(p.Saves).AppendValue(p.Clicks).AppendValue(p.VideoViews).AppendValue(p.Follows)
        .AppendValue(exported);

    private static IDuckDBAppenderRow AudienceColumns(IDuckDBAppenderRow row, AudienceRow a, DateTime exported) => row
        .AppendValue(a.Network).AppendValue(a.Account ?? string.Empty).AppendValue(a.Audience).AppendValue(a.Dimension).AppendValue(a.Value)
        .AppendValue(a.Position).AppendValue(a.Count).AppendValue(a.Share).AppendValue(a.AsOf is { } day ? day.ToDateTime(TimeOnly.MinValue) : (DateTime?)null)
        .AppendValue(a.PlatformDimension).AppendValue(exported);

    private ImportRecord WriteCosts(Workspace workspace, ImportRequest request, IImportRows<AdCost> costs) =>
        WriteReplacing(
            workspace,
            request,
            costs,
            "costs",
            "network, campaign, day",
            (row, c) => row
                .AppendValue(c.Network).AppendValue(c.Campaign ?? string.Empty).AppendValue(c.Date.ToDateTime(TimeOnly.MinValue))
                .AppendValue(c.Amount).AppendValue(c.Currency).AppendValue(c.Impressions).AppendValue(c.Clicks).AppendValue(c.Conversions),
            stored: () => DuckDbRollups.RefreshCosts(db, workspace));

    private ImportRecord WritePosts(Workspace workspace, ImportRequest request, IImportRows<SocialPost> posts)
    {
        var exported = DuckDbDatabase.ToDb(db.Time.GetUtcNow());
        var notes = new PostNotes();
        return WriteReplacing(
            workspace,
            request,
            posts,
            "posts",
            PostKey,
            (row, p) => PostColumns(row, notes.Note(p), exported),
            imported: importId =>
            {
                WritePostLinks(importId);
                WritePostNotes(workspace, importId, notes);
            });
    }

    /// <summary>
    /// What an import notes of its posts beyond the <c>posts</c> table's columns, by network and post id: whose export
    /// gives only its day (<see cref="SocialPost.TimeUnknown"/>) and X's hashtag clicks (<see cref="SocialPost.HashtagClicks"/>).
    /// A post given twice keeps its first row's notes, as the staged rows keep the first row of a key.
    /// </summary>
    private sealed class PostNotes
    {
        public HashSet<(string Network, string PostId)> Untimed { get; } = [];

        public Dictionary<(string Network, string PostId), long> HashtagClicks { get; } = [];

        /// <summary>Notes <paramref name="post"/> and returns it.</summary>
        public SocialPost Note(SocialPost post)
        {
            if (post.TimeUnknown)
            {
                Untimed.Add((post.Network, post.PostId));
            }

            if (post.HashtagClicks is { } clicks)
            {
                HashtagClicks.TryAdd((post.Network, post.PostId), clicks);
            }

            return post;
        }
    }

    /// <summary>
    /// The notes of the snapshots import <paramref name="importId"/> stored: <c>post_times_unknown</c> (their day is known,
    /// not their time) and <c>post_hashtag_clicks</c>. A post the import did not store matches no snapshot of its id.
    /// </summary>
    private void WritePostNotes(Workspace workspace, long importId, PostNotes notes)
    {
        using (var appender = db.Connection.CreateAppender("post_times_unknown"))
        {
            foreach (var (network, postId) in notes.Untimed)
            {
                appender.CreateRow().AppendValue(workspace.Id).AppendValue(network).AppendValue(postId).AppendValue(importId).EndRow();
            }
        }

        using var clicks = db.Connection.CreateAppender("post_hashtag_clicks");
        foreach (var ((network, postId), count) in notes.HashtagClicks)
        {
            clicks.CreateRow().AppendValue(workspace.Id).AppendValue(network).AppendValue(postId).AppendValue(importId).AppendValue(count).EndRow();
        }
    }

    /// <summary>
    /// The tracked-link keys of the posts import <paramref name="importId"/> stored (<c>post_links</c>): the caption's
    /// <c>utm_content</c> (URL-decoded) and short-link slug, parsed once here instead of on every content report's read.
    /// </summary>
    private void WritePostLinks(long importId) => db.Execute(
        """
        INSERT INTO post_links
        SELECT workspace_id, network, post_id, import_id,
               nullif(trim(url_decode(regexp_extract(text, '[?&]utm_content=([^&#\s"''<>]+)', 1))), ''),
               nullif(regexp_extract(text, '/l/([A-Za-z0-9][A-Za-z0-9_-]{0,63})', 1), '')
        FROM posts WHERE import_id = $1 AND (text LIKE '%utm_content=%' OR text LIKE '%/l/%')
        """,
        importId);

    private ImportRecord WriteTraffic(Workspace workspace, ImportRequest request, IImportRows<TrafficRow> rows)
    {
        return WriteReplacing(workspace, request, rows, "traffic", "dimension, value, period_start, period_end", (row, t) => row
            .AppendValue(t.Dimension).AppendValue(t.Value).AppendValue(t.From.ToDateTime(TimeOnly.MinValue)).AppendValue(t.To.ToDateTime(TimeOnly.MinValue))
            .AppendValue(t.Sessions).AppendValue(t.EngagedSessions).AppendValue(t.KeyEvents).AppendValue(t.Revenue),
            RefusePartialOverlap);
    }

    /// <summary>Refuses a staged traffic period that partly overlaps a stored one of the same dimension: period totals cannot be split.</summary>
    private void RefusePartialOverlap(string stage)
    {
        using var command = db.Command(
            $"SELECT s.period_start, s.period_end, f.dimension, f.period_start, f.period_end FROM traffic s JOIN (SELECT DISTINCT workspace_id, dimension, period_start, period_end FROM {stage}) f " +
            "ON s.workspace_id = f.workspace_id AND s.dimension = f.dimension AND s.period_start <= f.period_end AND s.period_end >= f.period_start AND NOT (s.period_start = f.period_start AND s.period_end = f.period_end) LIMIT 1");
        using var reader = command.ExecuteReader();
        if (reader.Read())
        {
            throw new StoreException(string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"The stored {reader.GetString(2)} traffic of {reader.GetDateTime(0):yyyy-MM-dd} to {reader.GetDateTime(1):yyyy-MM-dd} partly overlaps this file's {reader.GetDateTime(3):yyyy-MM-dd} to {reader.GetDateTime(4):yyyy-MM-dd}; period totals cannot be split. Import the same or non-overlapping periods, or daily data (undo the stored import first)."));
        }
    }

    private ImportRecord WriteSocial(Workspace workspace, ImportRequest request, IImportRows<SocialRecord> records)
    {
        var exported = DuckDbDatabase.ToDb(db.Time.GetUtcNow());
        return db.WithImportMemoryLimit(() => db.InTransaction(() =>
        {
            var importId = NextImportId();
            var notes = new PostNotes();
            using var posts = new Stage(db, "posts");
            using var metrics = new Stage(db, "account_metrics");
            using var audience = new Stage(db, "audience");
            using (var postRows = posts.Appender())
            using (var metricRows = metrics.Appender())
            using (var audienceRows = audience.Appender())
            {
                foreach (var record in records)
                {
                    if (record.Post is { } p)
                    {
                        posts.Add(PostColumns(postRows.CreateRow().AppendValue(workspace.Id), notes.Note(p), exported), importId);
                    }
                    else if (record.Metric is { } m)
                    {
                        metrics.Add(MetricColumns(metricRows.CreateRow().AppendValue(workspace.Id), m), importId);
                    }
                    else if (record.Audience is { } a)
                    {
                        audience.Add(AudienceColumns(audienceRows.CreateRow().AppendValue(workspace.Id), a, exported), importId);
                    }
                }
            }

            var stored = posts.Replace(importId, PostKey) + metrics.Replace(importId, MetricKey) + audience.Replace(importId, AudienceKey, AudienceScope);
            WritePostLinks(importId);
            WritePostNotes(workspace, importId, notes);
            return Record(workspace, importId, Counted(request, records), stored, posts.Staged + metrics.Staged + audience.Staged - stored);
        }));
    }

    /// <summary>
    /// In one transaction: stages <paramref name="rows"/> (workspace id, then <paramref name="columns"/>,
    /// then the import id, in table order) as they are read, keeps the first row of each
    /// <paramref name="key"/>, replaces the stored rows with those keys and records the import with the
    /// counts the rows ended with. <paramref name="check"/> may refuse the staged rows (by throwing); <paramref name="imported"/>
    /// (given the import id) and <paramref name="stored"/> run after the replacement, in the same transaction (to write what
    /// is derived from the rows, to update what summarises the table).
    /// </summary>
    private ImportRecord WriteReplacing<T>(Workspace workspace, ImportRequest request, IImportRows<T> rows, string table, string key, Func<IDuckDBAppenderRow, T, IDuckDBAppenderRow> columns, Action<string>? check = null, Action? stored = null, Action<long>? imported = null)
    {
        return db.WithImportMemoryLimit(() => db.InTransaction(() =>
        {
            var importId = NextImportId();
            using var stage = new Stage(db, table);
            using (var appender = stage.Appender())
            {
                foreach (var item in rows)
                {
                    stage.Add(columns(appender.CreateRow().AppendValue(workspace.Id), item), importId);
                }
            }

            check?.Invoke(stage.Name);
            var replaced = stage.Replace(importId, key);
            imported?.Invoke(importId);
            stored?.Invoke();
            return Record(workspace, importId, Counted(request, rows), replaced, stage.Staged - replaced);
        }));
    }
}
