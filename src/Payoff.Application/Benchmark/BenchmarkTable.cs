using System.Globalization;
using Payoff.Application.Tables;
using Payoff.Core.Reporting;
using Payoff.Core.Reporting.Benchmark;

namespace Payoff.Application.Benchmark;

/// <summary>The monthly benchmark as a table: one network's months (the network page's table and its CSV/XLSX export).</summary>
public static class BenchmarkTable
{
    /// <summary>
    /// The months of <paramref name="network"/> in <paramref name="report"/> (named <c>monthly</c>): sessions,
    /// contacts, contact rate, customers, revenue in <paramref name="currency"/> and the sessions' change from the
    /// month before (a fraction, or "new"/"—" when the comparison rule gives none); a month without a row is zeros.
    /// </summary>
    public static ReportTable Monthly(BenchmarkReport report, string network, string currency)
    {
        ArgumentNullException.ThrowIfNull(report);
        var rows = report.Rows.Where(r => string.Equals(r.Network, network, StringComparison.OrdinalIgnoreCase)).ToDictionary(r => r.Month);
        return new ReportTable(
            "monthly",
            "Month by month",
            [new("Month"), new("Sessions", CellKind.Count), new("Contacts", CellKind.Count), new("Contact rate", CellKind.Percent), new("Customers", CellKind.Count), TableColumn.Money($"Revenue ({currency})", currency), new("Sessions vs month before", CellKind.Percent)],
            [.. report.Months.Select(m => rows.TryGetValue(m, out var r)
                ? new TableRow([Month(m), r.Counts.Sessions, r.Counts.Contacts, r.Counts.ContactRate, r.Counts.Customers, r.Counts.Revenue, Shown(r.Changes.Sessions)])
                : new TableRow([Month(m), 0L, 0L, null, 0L, 0m, null]))]);
    }

    /// <summary>A month as <c>yyyy-MM</c>.</summary>
    public static string Month(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    // A percentage cell when the comparison rule gives one, else its "new" or "—".
    private static object Shown(Change change) => change.Fraction is { } f ? f : change.ToString();
}
