using Payoff.Application.Json;
using Payoff.Application.Sources;
using Payoff.Cli.Output;
using Payoff.Core.Reporting.Sources;
using Spectre.Console;

namespace Payoff.Cli.Reports.Sources;

/// <summary>Prints the sources report as a table, CSV or its one JSON document (<see cref="SourcesJson"/>).</summary>
public static class SourcesOutput
{
    private static readonly string[] Metrics = ["sessions", "contacts", "customers", "contactRate", "customerRate", "leadToCustomerRate", "revenue"];

    /// <summary>Prints <paramref name="report"/> in <paramref name="format"/>.</summary>
    public static void Write(CliContext context, SourcesReport report, OutputFormat format, string workspace)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        switch (format)
        {
            case OutputFormat.Json:
                context.Out.WriteLine(ReportJson.Text(SourcesJson.Build(report, workspace)));
                break;
            case OutputFormat.Csv:
                WriteCsv(context.Out, report);
                break;
            default:
                WriteTable(context.Console, report, workspace);
                break;
        }
    }

    private static void WriteCsv(TextWriter output, SourcesReport report)
    {
        var keys = SourcesJson.KeyFields(report.Query.Grouping);
        var compared = report.PreviousTotals is not null;
        using var csv = new CsvOutput(output);
        csv.Header([.. keys, .. Metrics, .. compared ? Metrics.Select(m => "previous" + char.ToUpperInvariant(m[0]) + m[1..]) : []]);
        foreach (var row in report.Rows)
        {
            foreach (var field in keys)
            {
                csv.Text(SourcesJson.KeyValue(row.Key, field));
            }

            WriteValues(csv, row.Current, row.Previous);
        }

        csv.Text("Total");
        foreach (var _ in keys.Skip(1))
        {
            csv.Text(null);
        }

        WriteValues(csv, report.Totals, report.PreviousTotals);
    }

    private static void WriteValues(CsvOutput csv, SourceCounts current, SourceCounts? previous)
    {
        foreach (var (_, value) in SourcesJson.Values(current))
        {
            csv.Number(value);
        }

        if (previous is not null)
        {
            foreach (var (_, value) in SourcesJson.Values(previous))
            {
                csv.Number(value);
            }
        }

        csv.EndRow();
    }

    private static void WriteTable(IAnsiConsole console, SourcesReport report, string workspace)
    {
        var query = report.Query;
        var title = Display.Title("Sources", workspace, query.Range, $"by {query.Grouping.ToString().ToLowerInvariant()}", query.Network is null ? null : Display.Text(query.Network));
        if (report.Rows.Count == 0)
        {
            console.MarkupLine($"[bold]{title}[/]");
            console.MarkupLine("No sessions, contacts or customers in this period. Import events with [bold]payoff import events FILE[/], or try another --from/--to.");
            return;
        }

        var compared = report.ComparedRange is not null;
        var table = new FittedTable(title);
        var keys = SourcesJson.KeyFields(query.Grouping);
        foreach (var key in keys)
        {
            table.Text(key == "network" ? "Network / channel" : char.ToUpperInvariant(key[0]) + key[1..]);
        }

        foreach (var (header, rank) in new[] { ("Sessions", 0), ("Contacts", 0), ("Customers", 3), ("Contact rate", 2), ("Customer rate", 4), ("Lead→customer", 5), ($"Revenue ({report.Currency})", 0) })
        {
            table.Number(header, rank);
        }

        if (compared)
        {
            foreach (var (header, rank) in new[] { ("Δ sessions", 1), ("Δ contacts", 1), ("Δ revenue", 1) })
            {
                table.Number(header, rank);
            }
        }

        foreach (var row in report.Rows)
        {
            table.Add([.. keys.Select(k => Display.Text(SourcesJson.KeyValue(row.Key, k))), .. Cells(row.Current, row.Changes, report.Currency)]);
        }

        table.AddTotal([.. keys.Select((_, i) => i == 0 ? "Total" : string.Empty), .. Cells(report.Totals, report.TotalsChanges, report.Currency)]);
        table.Write(console);
        if (report.ComparedRange is { } range && report.ComparedCoverage is { } coverage)
        {
            console.MarkupLine($"[grey]Δ: change from {range.From:yyyy-MM-dd} to {range.To:yyyy-MM-dd}{Display.Coverage(coverage)}[/]");
        }

        console.MarkupLine("[grey]Contacts, customers and revenue are credited to each person's original source (first known visit); sessions to their own source.[/]");
        foreach (var note in report.Notes)
        {
            console.MarkupLine($"[grey]Note:[/] {Display.Text(note)}");
        }

        foreach (var warning in report.Warnings)
        {
            console.MarkupLine($"[yellow]Warning:[/] {Display.Text(warning)}");
        }
    }

    private static IEnumerable<string> Cells(SourceCounts c, SourceCountsChange? changes, string currency)
    {
        yield return Display.Count(c.Sessions);
        yield return Display.Count(c.Contacts);
        yield return Display.Count(c.Customers);
        yield return Display.Percent(c.ContactRate);
        yield return Display.Percent(c.CustomerRate);
        yield return Display.Percent(c.LeadToCustomerRate);
        yield return Display.Money(c.Revenue, currency);
        if (changes is not null)
        {
            yield return Display.Change(changes.Sessions);
            yield return Display.Change(changes.Contacts);
            yield return Display.Change(changes.Revenue);
        }
    }
}
