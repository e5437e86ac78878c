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

        var table = new Table().Border(TableBorder.Rounded);
        var byCampaign = report.Rows.Any(r => r.Campaign is not null);
        table.AddColumns(byCampaign ? "Network / campaign" : "Network", $"Reach (×{report.Weights.Reach:0.##})", $"Exchange (×{report.Weights.Exchange:0.##})", $"Monetization (×{report.Weights.Monetization:0.##})", "Score");
        foreach (var r in report.Rows)
        {
            table.AddRow(Display.Text(r.Campaign is null ? r.Network : $"{r.Network} / {r.Campaign}"), Score(r.Reach.Score), Score(r.Exchange.Score), Score(r.Monetization.Score), $"[bold]{Score(r.Score)}[/]");
        }

        context.Console.MarkupLine($"Program KPIs ({Display.Text(report.Weights.Program)}), {report.Range.From:yyyy-MM-dd} to {report.Range.To:yyyy-MM-dd}, against {report.History.From:yyyy-MM-dd} to {report.History.To:yyyy-MM-dd}.");
        context.Console.Write(table);
        foreach (var note in report.Notes)
        {
            context.Console.MarkupLine($"[grey]{Display.Text(note)}[/]");
        }
    }

    private static string Score(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "—";

    private static JsonValue? Round(double? value) => value is { } v ? JsonValue.Create(Math.Round(v, 4)) : null;

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
