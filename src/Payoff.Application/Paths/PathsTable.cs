using Payoff.Application.Attribution;
using Payoff.Application.Tables;
using Payoff.Core.Attribution;

namespace Payoff.Application.Paths;

/// <summary>The path insights as tables: the common converting paths, path lengths and time to conversion, and who opens, assists and closes.</summary>
public static class PathsTable
{
    /// <summary>
    /// The tables <c>paths</c> (path, journeys, conversions, conversion rate, value in <paramref name="currency"/>) and
    /// <c>roles</c> (opens, assists, closes per key, the share of its conversions it closes, and its role — closer
    /// when it closes at least as often as it assists; <paramref name="by"/> names the key column). With
    /// <paramref name="labels"/> (pages), the role as a person reads it (<see cref="AttributionModels.RoleLabel"/>).
    /// </summary>
    public static IReadOnlyList<ReportTable> Build(PathInsights insights, string by, string currency, bool labels = false)
    {
        ArgumentNullException.ThrowIfNull(insights);
        var paths = new ReportTable(
            "paths",
            "Most common converting paths",
            [new("Path"), new("Journeys", CellKind.Count), new("Conversions", CellKind.Count), new("Conversion rate", CellKind.Percent) { DropRank = 1 }, TableColumn.Money($"Value ({currency})", currency)],
            [.. insights.Paths.Select(p => new TableRow([p.Path, p.Journeys, p.Conversions, (decimal)p.ConversionRate, p.Value]))]);
        var roles = new ReportTable(
            "roles",
            "Opens, assists and closes",
            [new(JourneyRequest.KeyTitle(by)), new("Opens", CellKind.Count), new("Assists", CellKind.Count), new("Closes", CellKind.Count), new("Closes of its conversions", CellKind.Percent) { DropRank = 1 }, new("Role")],
            [.. insights.Roles.Select(r => new TableRow([r.Key, r.Opens, r.Assists, r.Closes, (decimal)r.CloseShare, labels ? AttributionModels.RoleLabel(r.Role) : r.Role]))])
        {
            Notes = ["Opens: first touch; assists: in the journey but not last; closes: last touch — each counted once per conversion."],
        };
        return [paths, roles];
    }

    /// <summary>
    /// The table <c>lengths</c>: conversions by the number of touches in their journey, beside conversions by the days
    /// from a journey's first touch to its conversion (the two lists side by side, the shorter one padded with nulls).
    /// </summary>
    public static ReportTable Distributions(PathInsights insights)
    {
        ArgumentNullException.ThrowIfNull(insights);
        var lengths = insights.Lengths;
        var times = insights.TimeToConversion;
        return new ReportTable(
            "lengths",
            "Path lengths and time to conversion",
            [new("Touches"), new("Conversions", CellKind.Count), new("Days from first touch"), new("Conversions by days", CellKind.Count)],
            [.. Enumerable.Range(0, Math.Max(lengths.Count, times.Count)).Select(i => new TableRow([
                i < lengths.Count ? lengths[i].Bucket : null, i < lengths.Count ? lengths[i].Conversions : null,
                i < times.Count ? times[i].Bucket : null, i < times.Count ? times[i].Conversions : null]))]);
    }
}
