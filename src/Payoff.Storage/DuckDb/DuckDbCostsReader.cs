using Payoff.Core.Reporting.Costs;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.DuckDb;

/// <summary>Reads the costs report from imported ad costs: sums per group and currency, days inclusive.</summary>
public sealed class DuckDbCostsReader(DuckDbDatabase db) : ICostsReader
{
    /// <summary>The rows for <paramref name="range"/>, biggest spend first within each currency.</summary>
    internal IReadOnlyList<CostsRow> Read(Workspace workspace, DateRange range, CostsGrouping grouping)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(range);
        var (campaign, month) = grouping switch
        {
            CostsGrouping.Campaign => ("CASE WHEN campaign = '' THEN '(not set)' ELSE campaign END", "NULL::DATE"),
            CostsGrouping.Month => ("NULL::VARCHAR", "date_trunc('month', day)::DATE"),
            _ => ("NULL::VARCHAR", "NULL::DATE"),
        };
        using var command = db.Command(
            $"""
            SELECT network, {campaign} AS campaign, {month} AS month, sum(amount), currency,
                   sum(impressions)::BIGINT, sum(clicks)::BIGINT
            FROM costs
            WHERE workspace_id = $1 AND day >= $2 AND day <= $3
            GROUP BY ALL
            ORDER BY currency, month NULLS FIRST, sum(amount) DESC, network, campaign
            """,
            workspace.Id,
            range.From.ToDateTime(TimeOnly.MinValue),
            range.To.ToDateTime(TimeOnly.MinValue));
        using var reader = command.ExecuteReader();
        var rows = new List<CostsRow>();
        while (reader.Read())
        {
            rows.Add(new CostsRow(
                reader.GetString(0),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.IsDBNull(2) ? null : DateOnly.FromDateTime(reader.GetDateTime(2)),
                reader.GetDecimal(3),
                reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetInt64(5),
                reader.IsDBNull(6) ? null : reader.GetInt64(6)));
        }

        return rows;
    }

    /// <inheritdoc />
    Task<IReadOnlyList<CostsRow>> ICostsReader.ReadAsync(Workspace workspace, DateRange range, CostsGrouping grouping, CancellationToken cancellationToken) => Sync.Run(() => Read(workspace, range, grouping), cancellationToken);
}
