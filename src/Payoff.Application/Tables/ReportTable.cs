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

    /// <summary>
    /// Sentences for people under the table: what its figures mean, the comparison period, notes about the
    /// data (plain text, untrusted parts included as they are). The CLI prints them under its table; pages
    /// say the same in their own prose, and exports leave them out.
    /// </summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Warnings about the data (a currency mixed in, costs missing), printed after <see cref="Notes"/> as <c>Warning: …</c>.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The subtotals, then the footer: every totals row in order.</summary>
    public IReadOnlyList<TableRow> Footers => Footer is null ? Subtotals : [.. Subtotals, Footer];
}
