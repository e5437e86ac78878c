using System.Globalization;
using Payoff.Application.Json;
using Payoff.Application.Kpi;
using Payoff.Cli.Output;
using Payoff.Core.Reporting.Kpi;
using Spectre.Console;

namespace Payoff.Cli.Reports.Kpi;

/// <summary>Writes the program KPI report.</summary>
public static class KpiOutput
{
    /// <summary>Writes <paramref name="report"/>.</summary>
    public static void Write(CliContext context, KpiReport report, OutputFormat format, string workspace)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        if (format == OutputFormat.Json)
        {
            context.Out.WriteLine(ReportJson.Text(KpiJson.Build(report, workspace)));
            return;
        }

        var byCampaign = report.Rows.Any(r => r.Campaign is not null);
        var w = report.Weights;
        var table = new FittedTable(Display.Title("Program KPIs", workspace, report.Range, Display.Text(w.Program), $"against {report.History.From:yyyy-MM-dd} to {report.History.To:yyyy-MM-dd}"))
            .Text(byCampaign ? "Network / campaign" : "Network")
            .Number($"Reach (×{w.Reach:0.##})").Number($"Exchange (×{w.Exchange:0.##})").Number($"Monetization (×{w.Monetization:0.##})").Number("Score");
        foreach (var r in report.Rows)
        {
            var (reach, exchange, money) = r.AppliedWeights(w);
            table.Add(Display.Text(r.Campaign is null ? r.Network : $"{r.Network} / {r.Campaign}"), Part(r.Reach.Score, reach, w.Reach), Part(r.Exchange.Score, exchange, w.Exchange), Part(r.Monetization.Score, money, w.Monetization), $"[bold]{Score(r.Score)}[/]");
        }

        table.Write(context.Console);
        foreach (var (name, unmeasured) in new[] { ("Reach", report.Rows.All(r => r.Reach.Score is null)), ("Exchange", report.Rows.All(r => r.Exchange.Score is null)), ("Monetization", report.Rows.All(r => r.Monetization.Score is null)) }.Where(x => x.Item2 && report.Rows.Count > 0))
        {
            context.Console.MarkupLine($"[grey]{name} cannot be measured for any row (no data), so it carries no weight: the score weighs the other families only.[/]");
        }

        if (report.Rows.Any(r => r.AppliedWeights(w) != (w.Reach, w.Exchange, w.Monetization) && r.Score is not null))
        {
            context.Console.MarkupLine("[grey]A family a row cannot measure carries no weight there; the weight that applies is shown beside a score when it differs from the program's.[/]");
        }

        foreach (var note in report.Notes)
        {
            context.Console.MarkupLine($"[grey]{Display.Text(note)}[/]");
        }
    }

    // A family's score, with the weight that applies to it in this row when it is not the program's.
    private static string Part(double? score, double? applied, double program) =>
        score is null ? "—" : applied is { } a && Math.Abs(a - program) > 1e-9 ? string.Create(CultureInfo.InvariantCulture, $"{Score(score)} (×{a:0.##})") : Score(score);

    private static string Score(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "—";
}
