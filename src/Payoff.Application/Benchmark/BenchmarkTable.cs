using System.Globalization;
using Payoff.Application.Tables;
using Payoff.Core.Reporting;
using Payoff.Core.Reporting.Benchmark;

namespace Payoff.Application.Benchmark;

/// <summary>The monthly benchmark as tables: the whole report (<c>payoff report benchmark</c>'s table and CSV) and one network's months (the network page's table and its CSV/XLSX export).</summary>
public static class BenchmarkTable
{
    /// <summary>
    /// Every network's months (a network's rows together), then all networks' months as totals rows (named <c>benchmark</c>): network or
    /// channel, month (<c>yyyy-MM</c>), sessions, contacts, contact rate (a ratio), customers, revenue in the
    /// report's currency, and each figure's change from the month before under the comparison rule
    /// (<see cref="Change"/>). A month before the workspace's first data has no figures (nulls, not zeros).
    /// </summary>
    public static ReportTable Build(BenchmarkReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var currency = report.Currency;
        return new ReportTable(
            "benchmark",
            "Monthly benchmark",
            [new("Network / channel"), new("Month"), new("Sessions", CellKind.Count), new("Δ sessions", CellKind.Change) { DropRank = 2 }, new("Contacts", CellKind.Count), new("Δ contacts", CellKind.Change) { DropRank = 3 },
                new("Contact rate", CellKind.Percent) { DropRank = 1 }, new("Δ contact rate", CellKind.Change) { DropRank = 7 }, new("Customers", CellKind.Count) { DropRank = 4 }, new("Δ customers", CellKind.Change) { DropRank = 6 },
                TableColumn.Money($"Revenue ({currency})", currency), new("Δ revenue", CellKind.Change) { DropRank = 5 }],
            [.. report.Rows.GroupBy(r => r.Network).SelectMany(g => g).Select(Row)])
        {
            Subtotals = [.. report.Totals.Select(Row)],
            Notes = ["Δ: change from the month before; \"new\" when the month before has data on half its days or fewer, or nothing to compare with. Contacts, customers and revenue are credited to each person's original source."],
        };
    }

    /// <summary>
    /// The months of <paramref name="network"/> in <paramref name="report"/> (named <c>monthly</c>): sessions,
    /// contacts, contact rate, customers, revenue in <paramref name="currency"/> and the sessions' change from the
    /// month before (a fraction, or "new"/"—" when the comparison rule gives none); a month without a row is zeros.
    /// The month in progress (<paramref name="unfinished"/>, its first day) gets "—" and a note saying why: a few of
    /// its days against a whole month would read as a collapse.
    /// </summary>
    public static ReportTable Monthly(BenchmarkReport report, string network, string currency, DateOnly? unfinished = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var rows = report.Rows.Where(r => string.Equals(r.Network, network, StringComparison.OrdinalIgnoreCase)).ToDictionary(r => r.Month);
        var open = unfinished is { } u && report.Months.Contains(u) ? u : (DateOnly?)null;
        return new ReportTable(
            "monthly",
            "Month by month",
            [new("Month"), new("Sessions", CellKind.Count), new("Contacts", CellKind.Count), new("Contact rate", CellKind.Percent), new("Customers", CellKind.Count), TableColumn.Money($"Revenue ({currency})", currency), new("Sessions vs month before", CellKind.Percent)],
            [.. report.Months.Select(m => rows.TryGetValue(m, out var r)
                ? new TableRow([Month(m), r.Counts.Sessions, r.Counts.Contacts, r.Counts.ContactRate, r.Counts.Customers, r.Counts.Revenue, m == open ? "—" : Shown(r.Changes.Sessions)])
                : new TableRow([Month(m), 0L, 0L, null, 0L, 0m, null]))])
        {
            Notes = open is { } o ? [$"{Month(o)} is not over: its sessions are not compared with the whole month before (—)."] : [],
        };
    }

    /// <summary>A month as <c>yyyy-MM</c>.</summary>
    public static string Month(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    // A row's cells; a month before the workspace's first data has no figures.
    private static TableRow Row(BenchmarkRow row) => row.BeforeData
        ? new TableRow([row.Network, Month(row.Month), null, null, null, null, null, null, null, null, null, null])
        : new TableRow([row.Network, Month(row.Month), row.Counts.Sessions, row.Changes.Sessions, row.Counts.Contacts, row.Changes.Contacts, row.Counts.ContactRate, row.Changes.ContactRate,
            row.Counts.Customers, row.Changes.Customers, row.Counts.Revenue, row.Changes.Revenue]);

    // A percentage cell when the comparison rule gives one, else its "new" or "—".
    private static object Shown(Change change) => change.Fraction is { } f ? f : change.ToString();
}
