using Payoff.Application.Tables;
using Payoff.Core.Reporting.Sources;

namespace Payoff.Application.Sources;

/// <summary>
/// The sources report as its one table (the CLI's table and CSV, the page's export): every key column, the counts,
/// rates and revenue, the comparison period's sessions and contacts and the changes of sessions, contacts and revenue.
/// </summary>
public static class SourcesTable
{
    /// <summary>
    /// The table of <paramref name="report"/> (named <c>sources</c>), with its totals row; revenue in the report's
    /// currency. A key column per field of the grouping (<see cref="SourcesJson.KeyFields"/>: the network's is
    /// <c>Network / channel</c>, since traffic from no network is named by its channel); the comparison columns
    /// stay empty without a comparison (a terminal leaves them out). Notes: the comparison period, how people are
    /// credited, the report's notes.
    /// </summary>
    public static ReportTable Build(SourcesReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var currency = report.Currency;
        var keys = SourcesJson.KeyFields(report.Query.Grouping);
        List<string> notes = [];
        if (report.ComparedRange is { } range && report.ComparedCoverage is { } coverage)
        {
            notes.Add(ComparisonNote.Text(range, coverage));
        }

        notes.Add("Contacts, customers and revenue are credited to each person's original source (first known visit); sessions to their own source.");
        notes.AddRange(report.Notes.Select(n => "Note: " + n));
        return new ReportTable(
            "sources",
            "Sources",
            [.. keys.Select(k => new TableColumn(k == "network" ? "Network / channel" : char.ToUpperInvariant(k[0]) + k[1..])), new("Sessions", CellKind.Count), new("Contacts", CellKind.Count), new("Customers", CellKind.Count) { DropRank = 3 },
                new("Contact rate", CellKind.Percent) { DropRank = 2 }, new("Customer rate", CellKind.Percent) { DropRank = 4 }, new("Lead→customer", CellKind.Percent) { DropRank = 5 },
                TableColumn.Money($"Revenue ({currency})", currency), new("Sessions before", CellKind.Count) { DropRank = 6 }, new("Contacts before", CellKind.Count) { DropRank = 6 },
                new("Δ sessions", CellKind.Change) { DropRank = 1 }, new("Δ contacts", CellKind.Change) { DropRank = 1 }, new("Δ revenue", CellKind.Change) { DropRank = 1 }],
            [.. report.Rows.Select(r => new TableRow([.. keys.Select(k => SourcesJson.KeyValue(r.Key, k)), .. Cells(r.Current, r.Previous, r.Changes)]))],
            new TableRow(["Total", .. keys.Skip(1).Select(_ => (object?)null), .. Cells(report.Totals, report.PreviousTotals, report.TotalsChanges)]))
        {
            Notes = notes,
            Warnings = report.Warnings,
        };
    }

    private static object?[] Cells(SourceCounts c, SourceCounts? previous, SourceCountsChange? changes) =>
        [c.Sessions, c.Contacts, c.Customers, c.ContactRate, c.CustomerRate, c.LeadToCustomerRate, c.Revenue, previous?.Sessions, previous?.Contacts, changes?.Sessions, changes?.Contacts, changes?.Revenue];
}
