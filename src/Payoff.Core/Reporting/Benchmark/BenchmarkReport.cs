namespace Payoff.Core.Reporting.Benchmark;

/// <summary>Each network's sessions, contacts, contact rate, customers and revenue month by month.</summary>
/// <param name="Query">What was asked.</param>
/// <param name="Currency">The reporting currency.</param>
/// <param name="Months">The first day of every month shown, oldest first.</param>
/// <param name="Rows">One row per network and month, networks by total sessions, months oldest first.</param>
/// <param name="Totals">All networks together, per month.</param>
public sealed record BenchmarkReport(
    BenchmarkQuery Query,
    string Currency,
    IReadOnlyList<DateOnly> Months,
    IReadOnlyList<BenchmarkRow> Rows,
    IReadOnlyList<BenchmarkRow> Totals);
