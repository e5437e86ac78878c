using System.Globalization;
using Spectre.Console;

namespace Payoff.Cli.Output;

/// <summary>
/// A report table as every report prints it in the terminal: its title line (report · workspace ·
/// period) first; text columns on the left, which may wrap between words; number columns right-aligned
/// and never wrapped, so no figure is broken mid-digit. A column empty (blank or "—") in every row is
/// left out. When the table is wider than the console, columns with a drop rank are left out by it
/// (highest first) until it fits, and a note under the table names them.
/// </summary>
/// <param name="title">The title line, in Spectre markup (escape untrusted text with <see cref="Display.Text"/>).</param>
public sealed class FittedTable(string title)
{
    // Spectre's rounded border: one rule per column plus one, and one space of padding each side.
    private const int BorderPerColumn = 3;

    // A text column counts at most this wide when fitting: longer names wrap between words.
    private const int TextWidth = 18;

    private readonly List<Column> columns = [];
    private readonly List<Row> rows = [];

    /// <summary>
    /// Adds a text column (names, months). <paramref name="dropRank"/> 0 keeps it at every width; otherwise,
    /// when the table does not fit, the highest rank is left out first.
    /// </summary>
    public FittedTable Text(string header, int dropRank = 0)
    {
        columns.Add(new Column(header, false, dropRank));
        return this;
    }

    /// <summary>
    /// Adds a number column, right-aligned and never wrapped. <paramref name="dropRank"/> 0 keeps it at
    /// every width; otherwise, when the table does not fit, the highest rank is left out first.
    /// </summary>
    public FittedTable Number(string header, int dropRank = 0)
    {
        columns.Add(new Column(header, true, dropRank));
        return this;
    }

    /// <summary>Adds a row of cells in markup, one per column.</summary>
    public void Add(params string[] cells) => rows.Add(new Row(cells, Total: false));

    /// <summary>Adds a totals row (bold, after an empty line); it does not keep an otherwise empty column.</summary>
    public void AddTotal(params string[] cells) => rows.Add(new Row(cells, Total: true));

    /// <summary>The columns left out at the last <see cref="Write"/> because the table did not fit.</summary>
    public IReadOnlyList<string> Dropped { get; private set; } = [];

    /// <summary>Writes the title, the table and, when columns were left out to fit, a note naming them.</summary>
    public void Write(IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        console.MarkupLine($"[bold]{title}[/]");
        var body = rows.Where(r => !r.Total).ToList();
        var kept = Enumerable.Range(0, columns.Count)
            .Where(i => i == 0 || body.Count == 0 || body.Any(r => !IsEmpty(Cell(r, i))))
            .ToList();
        var dropped = new List<string>();
        var width = console.Profile.Width;
        while (Width(kept) > width && kept.Where(i => columns[i].DropRank > 0).OrderByDescending(i => columns[i].DropRank).ThenByDescending(i => i).FirstOrDefault(-1) is var drop and >= 0)
        {
            kept.Remove(drop);
            dropped.Add(columns[drop].Header);
        }

        Dropped = dropped;
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var i in kept)
        {
            var column = new TableColumn(columns[i].Header);
            table.AddColumn(columns[i].IsNumber ? column.RightAligned().NoWrap() : column);
        }

        var totals = false;
        foreach (var row in rows)
        {
            if (row.Total && !totals && body.Count > 0)
            {
                table.AddEmptyRow();
            }

            totals |= row.Total;
            table.AddRow([.. kept.Select(i => row.Total && Cell(row, i).Length > 0 ? $"[bold]{Cell(row, i)}[/]" : Cell(row, i))]);
        }

        console.Write(table);
        if (dropped.Count > 0)
        {
            console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[grey]Left out to fit {width} columns: {Markup.Escape(string.Join(", ", dropped))}. Widen the terminal, or use --format json or csv for every column.[/]"));
        }
    }

    private static bool IsEmpty(string cell) => Markup.Remove(cell).Trim() is "" or "—";

    private static string Cell(Row row, int i) => i < row.Cells.Length ? row.Cells[i] : string.Empty;

    private int Width(List<int> kept) => 1 + kept.Sum(i => BorderPerColumn + ColumnWidth(i));

    private int ColumnWidth(int i)
    {
        var column = columns[i];
        var cells = rows.Select(r => Markup.Remove(Cell(r, i)).Length).DefaultIfEmpty(0).Max();
        return column.IsNumber ? Math.Max(cells, column.Header.Length) : Math.Min(Math.Max(cells, column.Header.Split(' ').Max(w => w.Length)), TextWidth);
    }

    private sealed record Column(string Header, bool IsNumber, int DropRank);

    private sealed record Row(string[] Cells, bool Total);
}
