using System.Text.Json.Nodes;
using Payoff.Cli.Output;
using Payoff.Core.Reporting;
using Payoff.Core.Reporting.Sources;
using Spectre.Console;

namespace Payoff.Cli.Reports;

/// <summary>Prints the sources report as a table, JSON or CSV.</summary>
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
                Json.Write(context.Out, ToJson(report, workspace));
                break;
            case OutputFormat.Csv:
                WriteCsv(context.Out, report);
                break;
            default:
                WriteTable(context.Console, report, workspace);
                break;
        }
    }

    /// <summary>The row-key fields of a grouping, in order.</summary>
    public static IReadOnlyList<string> KeyFields(SourcesGrouping grouping) => grouping switch
    {
        SourcesGrouping.Channel => ["channel"],
        SourcesGrouping.Network => ["network"],
        SourcesGrouping.Campaign => ["network", "campaign"],
        _ => ["network", "campaign", "content"],
    };

    /// <summary>The report as the JSON document of the output contract.</summary>
    public static JsonObject ToJson(SourcesReport report, string workspace)
    {
        ArgumentNullException.ThrowIfNull(report);
        var query = report.Query;
        var document = new JsonObject
        {
            ["report"] = "sources",
            ["workspace"] = workspace,
            ["from"] = query.Range.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["to"] = query.Range.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["by"] = query.Grouping.ToString().ToLowerInvariant(),
            ["network"] = query.Network,
            ["currency"] = report.Currency,
        };
        if (report.ComparedRange is { } compared)
        {
            document["compare"] = new JsonObject
            {
                ["mode"] = query.Compare == PeriodComparison.PreviousYear ? "previous-year" : "previous-period",
                ["from"] = compared.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["to"] = compared.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["days"] = report.ComparedCoverage?.Days,
                ["daysWithData"] = report.ComparedCoverage?.DaysWithData,
                ["comparable"] = report.ComparedCoverage?.IsEnough,
            };
        }

        var rows = new JsonArray();
        foreach (var row in report.Rows)
        {
            var item = new JsonObject();
            foreach (var field in KeyFields(query.Grouping))
            {
                item[field] = KeyValue(row.Key, field);
            }

            AddMetrics(item, row.Current, row.Previous, report.ComparedCoverage);
            rows.Add(item);
        }

        document["rows"] = rows;
        var totals = new JsonObject();
        AddMetrics(totals, report.Totals, report.PreviousTotals, report.ComparedCoverage);
        document["totals"] = totals;
        document["notes"] = new JsonArray([.. report.Notes.Select(n => (JsonNode?)JsonValue.Create(n))]);
        document["warnings"] = new JsonArray([.. report.Warnings.Select(w => (JsonNode?)JsonValue.Create(w))]);
        return document;
    }

    /// <summary>
    /// Adds the metric fields to a JSON object and, when compared, <c>previous</c>, <c>change</c> (a
    /// fraction, or null when the comparison rule gives no percentage) and <c>changeKind</c>
    /// (<c>compared</c>, <c>new</c> or <c>none</c>: why there is no percentage).
    /// </summary>
    public static void AddMetrics(JsonObject item, SourceCounts current, SourceCounts? previous, Coverage? coverage)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(current);
        foreach (var (name, value) in Values(current))
        {
            item[name] = name is "sessions" or "contacts" or "customers" ? JsonValue.Create((long)value!.Value) : name == "revenue" ? Json.Money(value) : Json.Fraction(value);
        }

        if (previous is null || coverage is null)
        {
            return;
        }

        var before = new JsonObject();
        AddMetrics(before, previous, null, null);
        item["previous"] = before;
        var change = new JsonObject();
        var kind = new JsonObject();
        var old = Values(previous).ToDictionary(v => v.Name, v => v.Value);
        foreach (var (name, value) in Values(current))
        {
            var c = Change.Of(value, old[name], coverage);
            change[name] = Json.Fraction(c.Fraction);
            kind[name] = Json.Kind(c.Kind);
        }

        item["change"] = change;
        item["changeKind"] = kind;
    }

    private static IEnumerable<(string Name, decimal? Value)> Values(SourceCounts c) =>
    [
        ("sessions", c.Sessions), ("contacts", c.Contacts), ("customers", c.Customers), ("contactRate", c.ContactRate),
        ("customerRate", c.CustomerRate), ("leadToCustomerRate", c.LeadToCustomerRate), ("revenue", c.Revenue),
    ];

    private static string? KeyValue(SourceKey key, string field) => field switch
    {
        "channel" => key.Channel,
        "network" => key.Network,
        "campaign" => key.Campaign,
        _ => key.Content,
    };

    private static void WriteCsv(TextWriter output, SourcesReport report)
    {
        var keys = KeyFields(report.Query.Grouping);
        var compared = report.PreviousTotals is not null;
        using var csv = new CsvOutput(output);
        csv.Header([.. keys, .. Metrics, .. compared ? Metrics.Select(m => "previous" + char.ToUpperInvariant(m[0]) + m[1..]) : []]);
        foreach (var row in report.Rows)
        {
            foreach (var field in keys)
            {
                csv.Text(KeyValue(row.Key, field));
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
        foreach (var (_, value) in Values(current))
        {
            csv.Number(value);
        }

        if (previous is not null)
        {
            foreach (var (_, value) in Values(previous))
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
        var keys = KeyFields(query.Grouping);
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
            table.Add([.. keys.Select(k => Display.Text(KeyValue(row.Key, k))), .. Cells(row.Current, row.Changes, report.Currency)]);
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
