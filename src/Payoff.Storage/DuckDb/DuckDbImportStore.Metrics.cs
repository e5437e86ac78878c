using DuckDB.NET.Data;
using Payoff.Core.Costs;
using Payoff.Core.Importing;
using Payoff.Core.Social;
using Payoff.Core.Traffic;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.DuckDb;

/// <content>Account metrics, ad costs and post snapshots: staged, first row of a key wins, the stored overlap replaced.</content>
/// <remarks>An account or campaign the file does not name is stored as the empty string, so it still keys the overlap.</remarks>
public sealed partial class DuckDbImportStore
{
    /// <inheritdoc />
    public Task<ImportRecord> WriteMetricsAsync(Workspace workspace, ImportRequest request, IReadOnlyList<AccountMetric> metrics, CancellationToken cancellationToken = default) =>
        WriteReplacing(workspace, request, metrics, "account_metrics", "network, account, metric, day", (row, m) => row
            .AppendValue(m.Network).AppendValue(m.Account ?? string.Empty).AppendValue(m.Date.ToDateTime(TimeOnly.MinValue))
            .AppendValue(m.Metric).AppendValue(m.PlatformMetric).AppendValue(m.Value));

    /// <inheritdoc />
    public Task<ImportRecord> WriteCostsAsync(Workspace workspace, ImportRequest request, IReadOnlyList<AdCost> costs, CancellationToken cancellationToken = default) =>
        WriteReplacing(workspace, request, costs, "costs", "network, campaign, day", (row, c) => row
            .AppendValue(c.Network).AppendValue(c.Campaign ?? string.Empty).AppendValue(c.Date.ToDateTime(TimeOnly.MinValue))
            .AppendValue(c.Amount).AppendValue(c.Currency).AppendValue(c.Impressions).AppendValue(c.Clicks).AppendValue(c.Conversions));

    /// <inheritdoc />
    public Task<ImportRecord> WritePostsAsync(Workspace workspace, ImportRequest request, IReadOnlyList<SocialPost> posts, CancellationToken cancellationToken = default)
    {
        var exported = DuckDbDatabase.ToDb(db.Time.GetUtcNow());
        return WriteReplacing(workspace, request, posts, "posts", "network, post_id", (row, p) => row
            .AppendValue(p.Network).AppendValue(p.PostId).AppendValue(p.Account).AppendValue(p.Permalink)
            .AppendValue(p.PublishedAt is { } at ? DuckDbDatabase.ToDb(at) : null).AppendValue(p.Type).AppendValue(p.Text).AppendValue(p.Labels)
            .AppendValue(p.Impressions).AppendValue(p.Views).AppendValue(p.Reach).AppendValue(p.Likes).AppendValue(p.Comments)
            .AppendValue(p.Shares).AppendValue(p.Saves).AppendValue(p.Clicks).AppendValue(p.VideoViews).AppendValue(p.Follows)
            .AppendValue(exported));
    }

    /// <inheritdoc />
    public Task<ImportRecord> WriteTrafficAsync(Workspace workspace, ImportRequest request, IReadOnlyList<TrafficRow> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var period in rows.Select(r => (r.Dimension, r.From, r.To)).Distinct())
        {
            using var command = db.Command(
                "SELECT period_start, period_end FROM traffic WHERE workspace_id = $1 AND dimension = $2 AND period_start <= $4 AND period_end >= $3 AND NOT (period_start = $3 AND period_end = $4) LIMIT 1",
                workspace.Id,
                period.Dimension,
                period.From.ToDateTime(TimeOnly.MinValue),
                period.To.ToDateTime(TimeOnly.MinValue));
            using var reader = command.ExecuteReader();
            if (reader.Read())
            {
                throw new StoreException(string.Create(
                    System.Globalization.CultureInfo.InvariantCulture,
                    $"The stored {period.Dimension} traffic of {reader.GetDateTime(0):yyyy-MM-dd} to {reader.GetDateTime(1):yyyy-MM-dd} partly overlaps this file's {period.From:yyyy-MM-dd} to {period.To:yyyy-MM-dd}; period totals cannot be split. Import the same or non-overlapping periods, or daily data (undo the stored import first)."));
            }
        }

        return WriteReplacing(workspace, request, rows, "traffic", "dimension, value, period_start, period_end", (row, t) => row
            .AppendValue(t.Dimension).AppendValue(t.Value).AppendValue(t.From.ToDateTime(TimeOnly.MinValue)).AppendValue(t.To.ToDateTime(TimeOnly.MinValue))
            .AppendValue(t.Sessions).AppendValue(t.EngagedSessions).AppendValue(t.KeyEvents).AppendValue(t.Revenue));
    }

    /// <summary>
    /// In one transaction: stages <paramref name="rows"/> (workspace id, then <paramref name="columns"/>,
    /// then the import id, in table order), keeps the first row of each <paramref name="key"/>, replaces
    /// the stored rows with those keys and records the import.
    /// </summary>
    private Task<ImportRecord> WriteReplacing<T>(Workspace workspace, ImportRequest request, IReadOnlyList<T> rows, string table, string key, Func<IDuckDBAppenderRow, T, IDuckDBAppenderRow> columns)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(rows);
        return Task.FromResult(db.InTransaction(() =>
        {
            var importId = NextImportId();
            var stage = $"payoff_stage_{table}";
            db.Execute($"DROP TABLE IF EXISTS temp.{stage}");
            db.Execute($"CREATE TEMP TABLE {stage} AS SELECT *, 0::BIGINT AS ord FROM {table} LIMIT 0");
            using (var appender = db.Connection.CreateAppender("temp", "main", stage))
            {
                var ord = 0L;
                foreach (var item in rows)
                {
                    columns(appender.CreateRow().AppendValue(workspace.Id), item).AppendValue(importId).AppendValue(ord++).EndRow();
                }
            }

            db.Execute($"CREATE OR REPLACE TEMP TABLE {stage}_first AS SELECT * EXCLUDE (ord) FROM {stage} QUALIFY row_number() OVER (PARTITION BY workspace_id, {key} ORDER BY ord) = 1");
            var match = string.Join(" AND ", ("workspace_id, " + key).Split(", ").Select(c => $"f.{c} = {table}.{c}"));
            db.Execute($"INSERT INTO {table}_replaced SELECT *, $1 FROM {table} WHERE EXISTS (SELECT 1 FROM {stage}_first f WHERE {match})", importId);
            db.Execute($"DELETE FROM {table} WHERE EXISTS (SELECT 1 FROM {stage}_first f WHERE {match})");
            var stored = db.Execute($"INSERT INTO {table} SELECT * FROM {stage}_first");
            db.Execute($"DROP TABLE temp.{stage}");
            db.Execute($"DROP TABLE temp.{stage}_first");
            return Record(workspace, importId, request, stored, rows.Count - stored);
        }));
    }
}
