using System.Globalization;
using Payoff.Application.Benchmark;
using Payoff.Application.Json;
using Payoff.Cli.Output;
using Payoff.Core.Reporting.Benchmark;
using Spectre.Console;

namespace Payoff.Cli.Reports.Benchmark;

/// <summary>Prints the monthly benchmark as a table, CSV or its one JSON document (<see cref="BenchmarkJson"/>).</summary>
public static class BenchmarkOutput
{
    /// <summary>Prints <paramref name="result"/> in <paramref name="format"/>; the table is followed by the goals' months.</summary>
    public static void Write(CliContext context, BenchmarkResult result, OutputFormat format)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(result);
        switch (format)
        {
            case OutputFormat.Json:
                context.Out.WriteLine(ReportJson.Text(BenchmarkJson.Build(result)));
                break;
            case OutputFormat.Csv:
                WriteCsv(context.Out, result.Report);
                break;
            default:
                WriteTable(context.Console, result.Report, result.Workspace);
                WriteGoals(context.Console, result.Goals);
                break;
        }
    }

    /// <summary>Each goal's months: target path against actual, under the benchmark table.</summary>
    private static void WriteGoals(IAnsiConsole console, IReadOnlyList<Core.Goals.GoalProgress> goals)
    {
        var rows = goals.Where(g => g.Months.Count > 0).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).Title("Goals: target against actual").AddColumns("Goal", "Scope", "Month", "Planned", "Actual", "Status");
        foreach (var g in rows)
        {
            foreach (var m in g.Months)
            {
                table.AddRow(
                    Display.Text(g.Goal.Name),
                    Display.Text(g.Goal.Scope.ToString()),
                    BenchmarkTable.Month(m.Month),
                    m.Planned is { } p ? p.ToString("#,0.##", CultureInfo.InvariantCulture) : "—",
                    m.Actual is { } a ? a.ToString("#,0.##", CultureInfo.InvariantCulture) : "—",
                    m == g.Months[^1] ? Cli.Goals.GoalOutput.Status(g.Status) : string.Empty);
            }
        }

        console.Write(table);
    }

    private static void WriteCsv(TextWriter output, BenchmarkReport report)
    {
        using var csv = new CsvOutput(output);
        csv.Header("network", "month", "sessions", "contacts", "contactRate", "customers", "revenue", "sessionsChange", "contactsChange", "contactRateChange", "customersChange", "revenueChange");
        foreach (var row in report.Rows.Concat(report.Totals))
        {
            csv.Text(row.Network);
            csv.Text(Month(row.Month));
            csv.Number(row.Counts.Sessions);
            csv.Number(row.Counts.Contacts);
            csv.Number(row.Counts.ContactRate);
            csv.Number(row.Counts.Customers);
            csv.Number(row.Counts.Revenue);
            foreach (var (_, change) in BenchmarkJson.Changes(row.Changes))
            {
                csv.Number(change.Fraction);
            }

            csv.EndRow();
        }
    }

    private static void WriteTable(IAnsiConsole console, BenchmarkReport report, string workspace)
    {
        var title = $"Monthly benchmark · {Display.Text(workspace)} · {Month(report.Months[0])} to {Month(report.Months[^1])}";
        if (report.Rows.Count == 0)
        {
            console.MarkupLine($"[bold]{title}[/]");
            console.MarkupLine("No data in these months. Import events with [bold]payoff import events FILE[/].");
            return;
        }

        var table = new FittedTable(title).Text("Network / channel").Text("Month");
        foreach (var (header, rank) in new[] { ("Sessions", 0), ("Δ sessions", 2), ("Contacts", 0), ("Δ contacts", 3), ("Contact rate", 1), ("Customers", 4), ($"Revenue ({report.Currency})", 0), ("Δ revenue", 5) })
        {
            table.Number(header, rank);
        }

        foreach (var group in report.Rows.GroupBy(r => r.Network).Append(report.Totals.GroupBy(r => r.Network).Single()))
        {
            var first = true;
            foreach (var row in group)
            {
                var name = first ? (group.Key == BenchmarkReportBuilder.AllNetworks ? "[bold]All[/]" : $"[bold]{Display.Text(group.Key)}[/]") : string.Empty;
                first = false;
                table.Add(Cells(name, row, report.Currency).ToArray());
            }
        }

        table.Write(console);
        console.MarkupLine("[grey]Δ: change from the month before; \"new\" when the month before has data on half its days or fewer, or nothing to compare with. Contacts, customers and revenue are credited to each person's original source.[/]");
    }

    private static IEnumerable<string> Cells(string name, BenchmarkRow row, string currency)
    {
        yield return name;
        yield return Month(row.Month);
        if (row.BeforeData)
        {
            // Before the workspace's first data: no figures, not zeros.
            foreach (var _ in Enumerable.Range(0, 8))
            {
                yield return "—";
            }

            yield break;
        }

        yield return Display.Count(row.Counts.Sessions);
        yield return Display.Change(row.Changes.Sessions);
        yield return Display.Count(row.Counts.Contacts);
        yield return Display.Change(row.Changes.Contacts);
        yield return Display.Percent(row.Counts.ContactRate);
        yield return Display.Count(row.Counts.Customers);
        yield return Display.Money(row.Counts.Revenue, currency);
        yield return Display.Change(row.Changes.Revenue);
    }

    private static string Month(DateOnly month) => BenchmarkTable.Month(month);
}
