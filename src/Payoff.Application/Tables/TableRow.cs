namespace Payoff.Application.Tables;

/// <summary>A row of a <see cref="ReportTable"/>: one value per column (string, a number or null), and where its first cell leads.</summary>
/// <param name="Cells">The values, in column order; null shows as a dash and exports as an empty cell.</param>
/// <param name="Link">A local URL the first cell links to (drill-down), or null.</param>
public sealed record TableRow(IReadOnlyList<object?> Cells, string? Link = null)
{
    /// <summary>The cell that carries <see cref="Link"/> (0, the first, by default): one whose text names the row, so links read apart (WCAG 2.4.4).</summary>
    public int LinkCell { get; init; }
}
