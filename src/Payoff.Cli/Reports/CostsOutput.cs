using System.Globalization;
using System.Text.Json.Nodes;
using Payoff.Cli.Output;
using Payoff.Core.Money;
using Payoff.Core.Reporting.Costs;
using Spectre.Console;
using Payoff.Core.Workspaces;

namespace Payoff.Cli.Reports;

/// <summary>Writes the costs report as a table, JSON or CSV.</summary>
public static class CostsOutput
{
    /// <summary>Writes <paramref name="rows"/>.</summary>
    public static void Write(CliContext context, IReadOnlyList<CostsRow> rows, IReadOnlyList<StaffCostRow> staff, string currency, DateRange range, OutputFormat format, string workspace)
    {
        ArgumentNullException.ThrowIfNull(staff);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(range);
        switch (format)
        {
            case OutputFormat.Json:
                Json.Write(context.Out, new JsonObject
                {
                    ["workspace"] = workspace,
                    ["from"] = Day(range.From),
                    ["to"] = Day(range.To),
                    ["rows"] = new JsonArray([.. rows.Select(r => (JsonNode?)new JsonObject
                    {
                        ["network"] = r.Network,
                        ["campaign"] = r.Campaign,
                        ["month"] = r.Month is { } m ? m.ToString("yyyy-MM", CultureInfo.InvariantCulture) : null,
                        ["adSpend"] = Json.Money(r.AdSpend),
                        ["currency"] = r.Currency,
                        ["impressions"] = r.Impressions,
                        ["clicks"] = r.Clicks,
                    })]),
                    ["staff"] = new JsonArray([.. staff.Select(r => (JsonNode?)new JsonObject
                    {
                        ["network"] = r.Network,
                        ["month"] = r.Month is { } m ? m.ToString("yyyy-MM", CultureInfo.InvariantCulture) : null,
                        ["hours"] = Json.Exact(decimal.Round(r.Hours, 2)),
                        ["timeCost"] = Json.Money(Currencies.Round(r.TimeCost, currency)),
                        ["otherCost"] = Json.Money(Currencies.Round(r.OtherCost, currency)),
                        ["currency"] = currency,
                    })]),
                });
                return;
            case OutputFormat.Csv:
                using (var csv = new CsvOutput(context.Out))
                {
                    csv.Header("network", "campaign", "month", "ad_spend", "currency", "impressions", "clicks");
                    foreach (var r in rows)
                    {
                        csv.Text(r.Network);
                        csv.Text(r.Campaign);
                        csv.Text(r.Month is { } m ? m.ToString("yyyy-MM", CultureInfo.InvariantCulture) : null);
                        csv.Number(r.AdSpend);
                        csv.Text(r.Currency);
                        csv.Number(r.Impressions);
                        csv.Number(r.Clicks);
                        csv.EndRow();
                    }
                }

                return;
            default:
                WriteStaff(context, staff, currency, workspace, range);
                if (rows.Count == 0)
                {
                    context.Console.MarkupLine("No ad costs in this period. Import them with [bold]payoff import costs FILE[/] (date,network,campaign,amount,currency).");
                    return;
                }

                var table = new FittedTable(Display.Title("Ad costs", workspace, range))
                    .Text("Network").Text("Campaign").Text("Month").Number("Ad spend").Text("Currency").Number("Impressions", 2).Number("Clicks", 1);
                foreach (var r in rows)
                {
                    table.Add(
                        Display.Text(r.Network),
                        Display.Text(r.Campaign ?? string.Empty),
                        r.Month is { } m ? m.ToString("yyyy-MM", CultureInfo.InvariantCulture) : string.Empty,
                        Display.Money(r.AdSpend, r.Currency),
                        r.Currency,
                        r.Impressions is { } i ? Display.Count(i) : "—",
                        r.Clicks is { } c ? Display.Count(c) : "—");
                }

                table.Write(context.Console);
                context.Console.MarkupLine("[grey]Amounts stay in their original currency; each currency is summed on its own.[/]");
                return;
        }
    }

    private static void WriteStaff(CliContext context, IReadOnlyList<StaffCostRow> staff, string currency, string workspace, DateRange range)
    {
        if (staff.Count == 0)
        {
            context.Console.MarkupLine("[grey]No staff time or fees in this period: log time with payoff time log|recur and set a rate with payoff time rate.[/]");
            return;
        }

        var table = new FittedTable(Display.Title($"Staff time and fees ({currency})", workspace, range))
            .Text("Network").Text("Month").Number("Hours").Number("Time cost").Number("Fees").Number("Total");
        foreach (var r in staff)
        {
            table.Add(
                Display.Text(r.Network),
                r.Month is { } m ? m.ToString("yyyy-MM", CultureInfo.InvariantCulture) : string.Empty,
                r.Hours.ToString("#,0.##", CultureInfo.InvariantCulture),
                Display.Money(r.TimeCost, currency),
                Display.Money(r.OtherCost, currency),
                Display.Money(r.TimeCost + r.OtherCost, currency));
        }

        table.Write(context.Console);
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
