namespace Payoff.Core.Reporting.Roi;

/// <summary>The ROI report: rows, totals, and the attribution model the results are credited by.</summary>
/// <param name="Range">The period.</param>
/// <param name="Currency">The workspace currency every amount is in.</param>
/// <param name="Model">The attribution model: contacts, customers, revenue and value by the person's original source.</param>
/// <param name="Rows">The rows, biggest cost first.</param>
/// <param name="Totals">The sum of all rows.</param>
/// <param name="Warnings">Amounts left out and why.</param>
public sealed record RoiReport(DateRange Range, string Currency, string Model, IReadOnlyList<RoiRow> Rows, Ledger.LedgerTotals Totals, IReadOnlyList<string> Warnings)
{
    /// <summary>The model's name until the attribution issue adds the others.</summary>
    public const string FirstTouch = "first-touch";
}
