using System.Globalization;
using Payoff.Application.Tables;
using Payoff.Core.Reporting.Kpi;

namespace Payoff.Application.Kpi;

/// <summary>The program KPI report as its one table: each row's family scores and weighted score.</summary>
public static class KpiTable
{
    /// <summary>
    /// The table <c>kpi</c>: per network (or network / campaign) the reach, exchange and monetization scores (each
    /// against the workspace's own history, headers carrying the program's weights), the weighted score, and the
    /// weights that apply in the row when a family it cannot measure carries none (empty when they are the
    /// program's). Scores rounded to 4 places, as in the JSON document. Notes: the families no row can measure, the
    /// weighting rule when it applied, the report's notes.
    /// </summary>
    public static ReportTable Build(KpiReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var w = report.Weights;
        var byCampaign = report.Rows.Any(r => r.Campaign is not null);
        List<string> notes = [.. new[] { ("Reach", report.Rows.All(r => r.Reach.Score is null)), ("Exchange", report.Rows.All(r => r.Exchange.Score is null)), ("Monetization", report.Rows.All(r => r.Monetization.Score is null)) }
            .Where(x => x.Item2 && report.Rows.Count > 0)
            .Select(x => $"{x.Item1} cannot be measured for any row (no data), so it carries no weight: the score weighs the other families only.")];
        if (report.Rows.Any(r => Applied(r, w) is not null && r.Score is not null))
        {
            notes.Add("A family a row cannot measure carries no weight there; the weights that apply are shown under Applied weights when they differ from the program's.");
        }

        notes.AddRange(report.Notes);
        return new ReportTable(
            "kpi",
            "Program KPIs",
            [new(byCampaign ? "Network / campaign" : "Network"), new(Header("Reach", w.Reach), CellKind.Number), new(Header("Exchange", w.Exchange), CellKind.Number),
                new(Header("Monetization", w.Monetization), CellKind.Number), new("Score", CellKind.Number), new("Applied weights")],
            [.. report.Rows.Select(r => new TableRow([r.Campaign is null ? r.Network : $"{r.Network} / {r.Campaign}", Round(r.Reach.Score), Round(r.Exchange.Score), Round(r.Monetization.Score), Round(r.Score), Applied(r, w)]))])
        {
            Notes = notes,
        };
    }

    private static string Header(string family, double weight) => string.Create(CultureInfo.InvariantCulture, $"{family} (×{weight:0.##})");

    // The weights that apply in the row, when they are not the program's: "reach ×0.6, exchange ×0.4, monetization —".
    private static string? Applied(KpiRow row, KpiWeights program)
    {
        var (reach, exchange, money) = row.AppliedWeights(program);
        if ((reach, exchange, money) == (program.Reach, program.Exchange, program.Monetization))
        {
            return null;
        }

        static string Part(string family, double? weight) => weight is { } v ? string.Create(CultureInfo.InvariantCulture, $"{family} ×{v:0.##}") : $"{family} —";
        return string.Join(", ", Part("reach", reach), Part("exchange", exchange), Part("monetization", money));
    }

    private static decimal? Round(double? value) => value is { } v ? (decimal)Math.Round(v, 4) : null;
}
