namespace Payoff.Application.Tables;

/// <summary>
/// A table of a dashboard page, the same object rendered on the page and exported to CSV or XLSX,
/// so an export always holds what the page shows.
/// </summary>
/// <param name="Name">Its name in export URLs and file names (<c>roi</c>, <c>monthly</c>).</param>
/// <param name="Title">The heading above it.</param>
/// <param name="Columns">The columns.</param>
/// <param name="Rows">The rows.</param>
/// <param name="Footer">A totals row, or null.</param>
public sealed record ReportTable(string Name, string Title, IReadOnlyList<TableColumn> Columns, IReadOnlyList<TableRow> Rows, TableRow? Footer = null)
{
    /// <summary>Totals of part of the rows (the social networks' total above all channels'), shown and exported before <see cref="Footer"/>.</summary>
    public IReadOnlyList<TableRow> Subtotals { get; init; } = [];

    /// <summary>The subtotals, then the footer: every totals row in order.</summary>
    public IReadOnlyList<TableRow> Footers => Footer is null ? Subtotals : [.. Subtotals, Footer];
}
