using Payoff.Core.Costs;
using Payoff.Core.Importing;
using Payoff.Core.Social;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.DuckDb;

/// <content>Account metrics, ad costs and post snapshots: staged, first row of a key wins, the stored overlap replaced.</content>
/// <remarks>An account or campaign the file does not name is stored as the empty string, so it still keys the overlap.</remarks>
public sealed partial class DuckDbImportStore
{
    /// <inheritdoc />
    public Task<ImportRecord> WriteMetricsAsync(Workspace workspace, ImportRequest request, IReadOnlyList<AccountMetric> metrics, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(metrics);
        return Task.FromResult(db.InTransaction(() =>
        {
            var importId = NextImportId();
            var stage = StageLike("account_metrics");
            using (var appender = db.Connection.CreateAppender("temp", "main", stage))
            {
                var ord = 0L;
                foreach (var m in metrics)
                {
                    appender.CreateRow()
                        .AppendValue(workspace.Id).AppendValue(m.Network).AppendValue(m.Account ?? string.Empty).AppendValue(m.Date.ToDateTime(TimeOnly.MinValue))
                        .AppendValue(m.Metric).AppendValue(m.PlatformMetric).AppendValue(m.Value).AppendValue(importId).AppendValue(ord++)
                        .EndRow();
                }
            }

            var stored = ReplaceOverlap(stage, "account_metrics", "network, account, metric, day");
            return Record(workspace, importId, request, stored, metrics.Count - stored);
        }));
    }

    /// <inheritdoc />
    public Task<ImportRecord> WriteCostsAsync(Workspace workspace, ImportRequest request, IReadOnlyList<AdCost> costs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(costs);
        return Task.FromResult(db.InTransaction(() =>
        {
            var importId = NextImportId();
            var stage = StageLike("costs");
            using (var appender = db.Connection.CreateAppender("temp", "main", stage))
            {
                var ord = 0L;
                foreach (var c in costs)
                {
                    appender.CreateRow()
                        .AppendValue(workspace.Id).AppendValue(c.Network).AppendValue(c.Campaign ?? string.Empty).AppendValue(c.Date.ToDateTime(TimeOnly.MinValue))
                        .AppendValue(c.Amount).AppendValue(c.Currency).AppendValue(c.Impressions).AppendValue(c.Clicks).AppendValue(c.Conversions).AppendValue(importId).AppendValue(ord++)
                        .EndRow();
                }
            }

            var stored = ReplaceOverlap(stage, "costs", "network, campaign, day");
            return Record(workspace, importId, request, stored, costs.Count - stored);
        }));
    }

    /// <inheritdoc />
    public Task<ImportRecord> WritePostsAsync(Workspace workspace, ImportRequest request, IReadOnlyList<SocialPost> posts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(posts);
        return Task.FromResult(db.InTransaction(() =>
        {
            var importId = NextImportId();
            var stage = StageLike("posts");
            var exported = DuckDbDatabase.ToDb(db.Time.GetUtcNow());
            using (var appender = db.Connection.CreateAppender("temp", "main", stage))
            {
                var ord = 0L;
                foreach (var p in posts)
                {
                    appender.CreateRow()
                        .AppendValue(workspace.Id).AppendValue(p.Network).AppendValue(p.PostId).AppendValue(p.Account).AppendValue(p.Permalink)
                        .AppendValue(p.PublishedAt is { } at ? DuckDbDatabase.ToDb(at) : null).AppendValue(p.Type).AppendValue(p.Text).AppendValue(p.Labels)
                        .AppendValue(p.Impressions).AppendValue(p.Views).AppendValue(p.Reach).AppendValue(p.Likes).AppendValue(p.Comments)
                        .AppendValue(p.Shares).AppendValue(p.Saves).AppendValue(p.Clicks).AppendValue(p.VideoViews).AppendValue(p.Follows)
                        .AppendValue(exported).AppendValue(importId).AppendValue(ord++)
                        .EndRow();
                }
            }

            var stored = ReplaceOverlap(stage, "posts", "network, post_id");
            return Record(workspace, importId, request, stored, posts.Count - stored);
        }));
    }

    private string StageLike(string table)
    {
        var stage = $"payoff_stage_{table}";
        db.Execute($"DROP TABLE IF EXISTS temp.{stage}");
        db.Execute($"CREATE TEMP TABLE {stage} AS SELECT *, 0::BIGINT AS ord FROM {table} LIMIT 0");
        return stage;
    }

    /// <summary>Keeps the first staged row of each key, deletes the stored rows with those keys, inserts; returns the rows stored.</summary>
    private long ReplaceOverlap(string stage, string table, string key)
    {
        db.Execute($"CREATE OR REPLACE TEMP TABLE {stage}_first AS SELECT * EXCLUDE (ord) FROM {stage} QUALIFY row_number() OVER (PARTITION BY workspace_id, {key} ORDER BY ord) = 1");
        var match = string.Join(" AND ", ("workspace_id, " + key).Split(", ").Select(c => $"f.{c} = {table}.{c}"));
        db.Execute($"DELETE FROM {table} WHERE EXISTS (SELECT 1 FROM {stage}_first f WHERE {match})");
        var stored = db.Execute($"INSERT INTO {table} SELECT * FROM {stage}_first");
        db.Execute($"DROP TABLE temp.{stage}");
        db.Execute($"DROP TABLE temp.{stage}_first");
        return stored;
    }
}
