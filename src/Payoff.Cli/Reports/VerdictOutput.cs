using System.Globalization;
using System.Text.Json.Nodes;
using Payoff.Cli.Output;
using Payoff.Core.Money;
using Payoff.Core.Reporting.Verdict;
using Payoff.Core.Statistics;
using Spectre.Console;

namespace Payoff.Cli.Reports;

/// <summary>Writes the verdict report.</summary>
public static class VerdictOutput
{
    /// <summary>The recommendation's name: <c>reduce-time</c> (<see cref="VerdictLabels"/>).</summary>
    public static string Name(Recommendation recommendation) => VerdictLabels.Name(recommendation);

    /// <summary>The role's name: <c>lead-generator</c> (<see cref="VerdictLabels"/>).</summary>
    public static string Name(NetworkRole role) => VerdictLabels.Name(role);

    /// <summary>One verdict as JSON, its amounts rounded to <paramref name="currency"/>'s minor unit.</summary>
    public static JsonObject Row(NetworkVerdict v, string currency)
    {
        ArgumentNullException.ThrowIfNull(v);
        var t = v.Facts.Totals;
        return new JsonObject
        {
            ["network"] = v.Facts.Network,
            ["role"] = Name(v.Role),
            ["verdict"] = Name(v.Recommendation),
            ["reasons"] = new JsonArray([.. v.Reasons.Select(r => (JsonNode?)JsonValue.Create(r))]),
            ["experiments"] = new JsonArray([.. v.Experiments.Select(r => (JsonNode?)JsonValue.Create(r))]),
            ["bestCampaign"] = v.BestCampaign?.Campaign,
            ["worstCampaign"] = v.WorstCampaign?.Campaign,
            ["roi"] = Json.Fraction(t.Roi),
            ["sessions"] = t.Sessions,
            ["contacts"] = t.Contacts,
            ["customers"] = t.Customers,
            ["contactRate"] = Fraction(v.ContactRate.Rate),
            ["contactRateLow"] = Fraction(v.ContactRate.Trials == 0 ? null : v.ContactRate.Low),
            ["contactRateHigh"] = Fraction(v.ContactRate.Trials == 0 ? null : v.ContactRate.High),
            ["sessionShare"] = Fraction(v.Facts.SessionShare),
            ["contactShare"] = Fraction(v.Facts.ContactShare),
            ["reachShare"] = Fraction(v.Facts.ReachShare),
            ["trend"] = Fraction(v.Trend),
            ["sessionTrend"] = Direction(v.SessionTrend),
            ["contactTrend"] = Direction(v.ContactTrend),
            ["firstDay"] = v.Facts.FirstDay?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["monthlySaving"] = v.MonthlySaving is { } saving ? Json.Money(Currencies.Round(saving, currency)) : null,
            ["revenue"] = Json.Money(Currencies.Round(t.Revenue, currency)),
            ["value"] = Json.Money(Currencies.Round(t.Value, currency)),
            ["adSpend"] = Json.Money(Currencies.Round(t.AdSpend, currency)),
            ["timeCost"] = Json.Money(Currencies.Round(t.TimeCost, currency)),
            ["otherCost"] = Json.Money(Currencies.Round(t.OtherCost, currency)),
            ["totalCost"] = Json.Money(Currencies.Round(t.TotalCost, currency)),
            ["goals"] = new JsonArray([.. v.Facts.Goals.Select(g => (JsonNode?)new JsonObject { ["name"] = g.Goal.Name, ["status"] = Goals.GoalOutput.Status(g.Status) })]),
        };
    }

    /// <summary>Writes <paramref name="report"/>.</summary>
    public static void Write(CliContext context, VerdictReport report, OutputFormat format, string workspace)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        if (format == OutputFormat.Json)
        {
            Json.Write(context.Out, new JsonObject
            {
                ["workspace"] = workspace,
                ["from"] = report.Range.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["to"] = report.Range.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["period"] = report.Period.Heading,
                ["note"] = report.Period.Note,
                ["currency"] = report.Currency,
                ["rows"] = new JsonArray([.. report.Networks.Select(v => (JsonNode?)Row(v, report.Currency))]),
                ["warnings"] = new JsonArray([.. report.Warnings.Select(w => (JsonNode?)JsonValue.Create(w))]),
            });
            return;
        }

        var console = context.Console;
        console.MarkupLine($"[bold]Verdict per network, {Display.Text(report.Period.Heading)}[/] ({report.Range.From:yyyy-MM-dd} to {report.Range.To:yyyy-MM-dd}, whole months; amounts in {report.Currency}).");
        if (report.Period.Note is { } note)
        {
            console.MarkupLine($"[grey]{Display.Text(note)}[/]");
        }

        if (report.Networks.Count == 0)
        {
            console.MarkupLine("No social network has data in this period yet.");
        }

        foreach (var v in report.Networks)
        {
            var colour = v.Recommendation switch
            {
                Recommendation.Scale => "green",
                Recommendation.Keep => "blue",
                Recommendation.Cut => "red",
                Recommendation.NotEnoughData => "grey",
                _ => "yellow",
            };
            console.WriteLine();
            console.MarkupLine($"[bold]{Display.Text(v.Facts.Network)}[/] — {Name(v.Role)} — [{colour} bold]{Name(v.Recommendation).ToUpperInvariant()}[/]");
            foreach (var reason in v.Reasons)
            {
                console.MarkupLine($"  • {Display.Text(reason)}");
            }

            if (v.Experiments.Count > 0)
            {
                console.MarkupLine(v.Recommendation == Recommendation.Cut ? "  [bold]Before cutting, try:[/]" : "  [bold]Try:[/]");
                foreach (var experiment in v.Experiments)
                {
                    console.MarkupLine($"    – {Display.Text(experiment)}");
                }
            }
        }

        console.WriteLine();
        console.MarkupLine("[grey]Rules: docs/METRICS.md, \"The verdict\". Rates carry 95 % Wilson intervals; a difference counts only when the intervals part and p < 0.05; a rise or fall only when the trend test of the weekly counts says so.[/]");
        foreach (var warning in report.Warnings)
        {
            console.MarkupLine($"[yellow]Warning:[/] {Display.Text(warning)}");
        }
    }

    private static string? Direction(CountTrend? trend) => trend is null ? null : trend.Direction.ToString().ToLowerInvariant();

    private static JsonValue? Fraction(double? value) => value is { } v ? JsonValue.Create(Math.Round(v, 6)) : null;
}
