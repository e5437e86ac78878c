using System.Globalization;
using Payoff.Application.Json;
using Payoff.Application.Roi;
using Payoff.Cli.Output;
using Payoff.Core.Ledger;
using Payoff.Core.Reporting.Roi;
using Spectre.Console;

namespace Payoff.Cli.Reports.Roi;

/// <summary>Writes the ROI report as a table, JSON or CSV.</summary>
public static class RoiOutput
{
    private static readonly string[] CsvColumns = ["network", "campaign", "sessions", "contacts", "customers", "revenue", "value", "ad_spend", "time_hours", "time_cost", "other_cost", "total_cost", "roi", "roas", "cost_per_visit", "cpl", "cac", "value_per_visit"];

    /// <summary>Writes <paramref name="result"/>: the JSON document (<see cref="RoiJson"/>), CSV, or the table.</summary>
    public static void Write(CliContext context, RoiResult result, OutputFormat format)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(result);
        var report = result.Report;
        if (format == OutputFormat.Json)
        {
            context.Out.WriteLine(ReportJson.Text(RoiJson.Build(result)));
            return;
        }

        if (result.Attributed is { } rows)
        {
            WriteAttributed(context, report, result.Model, rows, result.Workspace);
            return;
        }

        if (format == OutputFormat.Csv)
        {
            using var csv = new CsvOutput(context.Out);
            csv.Header(CsvColumns);
            foreach (var r in report.Rows)
            {
                csv.Text(r.Network);
                csv.Text(r.Campaign);
                var t = r.Totals;
                csv.Number(t.Sessions);
                csv.Number(t.Contacts);
                csv.Number(t.Customers);
                foreach (var amount in new decimal?[] { t.Revenue, t.Value, t.AdSpend, t.TimeHours, t.TimeCost, t.OtherCost, t.TotalCost, r.Roi, t.Roas, t.CostPerVisit, t.CostPerLead, t.CostPerCustomer, t.ValuePerVisit })
                {
                    csv.Number(amount is { } a ? decimal.Round(a, 4) : null);
                }

                csv.EndRow();
            }

            return;
        }

        WriteTable(context.Console, report, result.Workspace);
    }

    // The ROI report by network under an attribution model (contacts, customers and revenue credited by it).
    private static void WriteAttributed(CliContext context, RoiReport report, string model, IReadOnlyList<AttributedRoiRow> rows, string workspace)
    {
        var table = new FittedTable(Display.Title("ROI", workspace, report.Range, $"by network, {Display.Text(model)}")).Text("Network");
        foreach (var (header, rank) in new[] { ("Sessions", 4), ("Contacts", 0), ("Customers", 3), ("Revenue", 0), ("Value", 5), ("Total cost", 0), ("ROI", 0), ("CPL", 2), ("CAC", 1) })
        {
            table.Number(header, rank);
        }

        foreach (var r in rows)
        {
            table.Add(
                Display.Text(r.Network), Display.Count(r.Sessions), r.Contacts.ToString("#,0.##", CultureInfo.InvariantCulture), r.Customers.ToString("#,0.##", CultureInfo.InvariantCulture),
                Display.Money(r.Revenue, report.Currency), Display.Money(r.Value, report.Currency), Display.Money(r.TotalCost, report.Currency), Display.Percent(r.Roi), Money(r.CostPerLead, report.Currency), Money(r.CostPerCustomer, report.Currency));
        }

        table.Write(context.Console);
        context.Console.MarkupLine($"[grey]Model: {Display.Text(model)} — contacts from lead journeys, customers and revenue from customer journeys (tracked events, 90-day lookback); sessions, value and costs as in the first-touch report. Amounts in {report.Currency}.[/]");
        foreach (var warning in report.Warnings)
        {
            context.Console.MarkupLine($"[yellow]Warning:[/] {Display.Text(warning)}");
        }
    }

    // Each number column with its drop rank: at a narrow terminal the highest rank goes first, ROI never.
    private static readonly (string Header, int DropRank)[] Columns =
    [
        ("Sessions", 9), ("Contacts", 5), ("Customers", 8), ("Revenue", 4), ("Value", 12), ("Ad spend", 14), ("Time", 16), ("Other", 15),
        ("Total cost", 3), ("ROI", 0), ("ROAS", 11), ("Cost/visit", 13), ("CPL", 6), ("CAC", 7), ("Value/visit", 10),
    ];

    private static void WriteTable(IAnsiConsole console, RoiReport report, string workspace)
    {
        var byCampaign = report.Rows.Any(r => r.Campaign is not null || r.Unassigned);
        var table = new FittedTable(Display.Title("ROI", workspace, report.Range, byCampaign ? "by campaign" : "by network"));
        table.Text("Network");
        if (byCampaign)
        {
            table.Text("Campaign");
        }

        foreach (var (header, rank) in Columns)
        {
            table.Number(header, rank);
        }

        foreach (var r in report.Rows)
        {
            var cells = new List<string> { Display.Text(r.Network) };
            if (byCampaign)
            {
                cells.Add(r.Unassigned ? $"[grey]({RoiRow.NotAssigned})[/]" : Display.Text(r.Campaign));
            }

            cells.AddRange(Cells(r.Totals, report.Currency, r.Roi, r.Totals.Roas, r.Totals.CostPerVisit, r.Totals.CostPerLead, r.Totals.CostPerCustomer));
            table.Add([.. cells]);
        }

        foreach (var total in new[] { report.SocialNetworks, report.AllChannels })
        {
            table.AddTotal([total.Name, .. byCampaign ? new[] { string.Empty } : [], .. Cells(total.Totals, report.Currency, total.Roi, total.Roas, total.CostPerVisit, total.CostPerLead, total.CostPerCustomer)]);
        }

        table.Write(console);
        console.MarkupLine($"[grey]Amounts in {report.Currency}. Model: {report.Model} — contacts, customers, revenue and value by each person's original source; sessions by their own. Cost = ad spend + staff time (hours × rate) + fees; ROI = (revenue + value − cost) ÷ cost; ROAS = revenue ÷ ad spend.[/]");
        foreach (var total in new[] { report.SocialNetworks, report.AllChannels }.Where(t => t.WithoutCost.Count > 0))
        {
            console.MarkupLine($"[grey]{total.Name}: no ROI, ROAS, cost per visit, CPL or CAC, because {Display.Text(string.Join(", ", total.WithoutCost))} carry no cost — their results would flatter the others' cost.[/]");
        }

        foreach (var warning in report.Warnings)
        {
            console.MarkupLine($"[yellow]Warning:[/] {Display.Text(warning)}");
        }
    }

    private static IEnumerable<string> Cells(LedgerTotals t, string currency, decimal? roi, decimal? roas, decimal? costPerVisit, decimal? cpl, decimal? cac)
    {
        yield return Display.Count(t.Sessions);
        yield return Display.Count(t.Contacts);
        yield return Display.Count(t.Customers);
        yield return Display.Money(t.Revenue, currency);
        yield return Display.Money(t.Value, currency);
        yield return Display.Money(t.AdSpend, currency);
        yield return t.TimeHours == 0 ? "—" : $"{Display.Money(t.TimeCost, currency)} ({t.TimeHours:0.#} h)";
        yield return Display.Money(t.OtherCost, currency);
        yield return Display.Money(t.TotalCost, currency);
        yield return Display.Percent(roi);
        yield return roas is { } r ? r.ToString("0.00", CultureInfo.InvariantCulture) + "×" : "—";
        yield return Money(costPerVisit, currency);
        yield return Money(cpl, currency);
        yield return Money(cac, currency);
        yield return Money(t.ValuePerVisit, currency);
    }

    private static string Money(decimal? value, string currency) => value is { } v ? Display.Money(v, currency) : "—";
}
