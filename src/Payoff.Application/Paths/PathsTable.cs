using Payoff.Application.Attribution;
using Payoff.Application.Tables;
using Payoff.Core.Attribution;

namespace Payoff.Application.Paths;

/// <summary>The path insights as tables: the common converting paths, and who opens, assists and closes.</summary>
public static class PathsTable
{
    /// <summary>
    /// The tables <c>paths</c> (path, journeys, conversions, value in <paramref name="currency"/>) and <c>roles</c>
    /// (opens, assists, closes per key; <paramref name="by"/> names the key column).
    /// </summary>
    public static IReadOnlyList<ReportTable> Build(PathInsights insights, string by, string currency)
    {
        ArgumentNullException.ThrowIfNull(insights);
        var paths = new ReportTable(
            "paths",
            "Most common converting paths",
            [new("Path"), new("Journeys", CellKind.Count), new("Conversions", CellKind.Count), TableColumn.Money($"Value ({currency})", currency)],
            [.. insights.Paths.Select(p => new TableRow([p.Path, p.Journeys, p.Conversions, p.Value]))]);
        var roles = new ReportTable(
            "roles",
            "Opens, assists and closes",
            [new(JourneyRequest.KeyTitle(by)), new("Opens", CellKind.Count), new("Assists", CellKind.Count), new("Closes", CellKind.Count)],
            [.. insights.Roles.Select(r => new TableRow([r.Key, r.Opens, r.Assists, r.Closes]))]);
        return [paths, roles];
    }
}
