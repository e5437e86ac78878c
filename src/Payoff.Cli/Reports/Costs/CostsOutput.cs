using System.Globalization;
using Payoff.Application.CostsReport;
using Payoff.Application.Json;
using Payoff.Cli.Output;
using Payoff.Core.Reporting.Costs;
using Payoff.Core.Workspaces;
using Spectre.Console;

namespace Payoff.Cli.Reports.Costs;

/// <summary>Writes the costs report as tables (staff time and fees, then ad costs), CSV (ad costs) or its one JSON document (<see cref="CostsJson"/>).</summary>
public static class CostsOutput
{
    /// <summary>Writes <paramref name="result"/> in <paramref name="format"/>.</summary>
    public static void Write(CliContext context, CostsResult result, OutputFormat format)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(result);
        var (rows, staff, currency, range, workspace) = (result.Rows, result.Staff, result.Currency, result.Range, result.Workspace);
        switch (format)
        {
            case OutputFormat.Json:
                context.Out.WriteLine(ReportJson.Text(CostsJson.Build(result)));
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
}
