namespace Payoff.Application.Tables;

/// <summary>A row of a <see cref="ReportTable"/>: one value per column (string, a number or null), and where its first cell leads.</summary>
/// <param name="Cells">The values, in column order; null shows as a dash and exports as an empty cell.</param>
/// <param name="Link">A local URL the first cell links to (drill-down), or null.</param>
public sealed record TableRow(IReadOnlyList<object?> Cells, string? Link = null);
