using System.Globalization;
using System.Text.Json.Nodes;
using Payoff.Cli.Output;
using Payoff.Core.Reporting.Kpi;
using Spectre.Console;

namespace Payoff.Cli.Reports;

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
            Json.Write(context.Out, new JsonObject
            {
                ["workspace"] = workspace,
                ["from"] = Day(report.Range.From),
                ["to"] = Day(report.Range.To),
                ["historyFrom"] = Day(report.History.From),
                ["historyTo"] = Day(report.History.To),
                ["program"] = report.Weights.Program,
                ["weights"] = new JsonObject { ["reach"] = Round(report.Weights.Reach), ["exchange"] = Round(report.Weights.Exchange), ["monetization"] = Round(report.Weights.Monetization) },
                ["rows"] = new JsonArray([.. report.Rows.Select(r => (JsonNode?)new JsonObject
                {
                    ["network"] = r.Network,
                    ["campaign"] = r.Campaign,
                    ["reach"] = Round(r.Reach.Score),
                    ["exchange"] = Round(r.Exchange.Score),
                    ["monetization"] = Round(r.Monetization.Score),
                    ["score"] = Round(r.Score),
                    ["parts"] = new JsonObject([.. new[] { r.Reach, r.Exchange, r.Monetization }.SelectMany(f => f.Parts).Select(p => KeyValuePair.Create(p.Key, (JsonNode?)Round(p.Value)))]),
                })]),
                ["notes"] = new JsonArray([.. report.Notes.Select(n => (JsonNode?)JsonValue.Create(n))]),
            });
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

    private static JsonValue? Round(double? value) => value is { } v ? JsonValue.Create(Math.Round(v, 4)) : null;

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
