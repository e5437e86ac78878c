using System.Globalization;
using Payoff.Application.Tables;
using Payoff.Core.Reporting;
using Spectre.Console;
using TableColumn = Payoff.Application.Tables.TableColumn;
using TableRow = Payoff.Application.Tables.TableRow;

namespace Payoff.Cli.Output;

/// <summary>
/// Prints a report's one table (<see cref="ReportTable"/>, the table the web shows and exports) in the
/// terminal or as CSV: the terminal table through <see cref="FittedTable"/> (columns left out by their
/// <see cref="TableColumn.DropRank"/> when it does not fit, and named under it), then the table's
/// notes and warnings; the CSV through <see cref="CsvOutput"/> with the same header cells as the web's
/// CSV and XLSX exports, numbers as numbers and formula-like text neutralised.
/// </summary>
public static class TableOutput
{
    /// <summary>Writes <paramref name="table"/> as CSV when <paramref name="format"/> says so, otherwise as the terminal table (JSON is the caller's: it is the report's document, not its table).</summary>
    /// <param name="context">The CLI's console and output.</param>
    /// <param name="table">The table.</param>
    /// <param name="format">CSV or table.</param>
    /// <param name="title">The title line in Spectre markup (report · workspace · period · details).</param>
    /// <param name="empty">What to print, in markup, under the title instead of a table without rows; null prints the empty table.</param>
    public static void Write(CliContext context, ReportTable table, OutputFormat format, string title, string? empty = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (format == OutputFormat.Csv)
        {
            WriteCsv(context.Out, table);
        }
        else
        {
            WriteTable(context.Console, table, title, empty);
        }
    }

    /// <summary>
    /// Writes a report in <paramref name="format"/>: its JSON document (<paramref name="json"/>, the API's body) for
    /// <c>json</c>, else its table (<paramref name="table"/>) as CSV or the terminal table, as <see cref="Write(CliContext, ReportTable, OutputFormat, string, string?)"/>.
    /// Only the one asked for is built.
    /// </summary>
    public static void Write(CliContext context, OutputFormat format, Func<System.Text.Json.Nodes.JsonObject> json, Func<ReportTable> table, string title, string? empty = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(table);
        if (format == OutputFormat.Json)
        {
            context.Out.WriteLine(Application.Json.ReportJson.Text(json()));
            return;
        }

        Write(context, table(), format, title, empty);
    }

    /// <summary>
    /// The header (the columns' headers), every row, then the totals rows: text as neutralised text, numbers
    /// unquoted and invariant (a percentage as its ratio, a change as its fraction), null as an empty cell.
    /// </summary>
    public static void WriteCsv(TextWriter output, ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(table);
        using var csv = new CsvOutput(output);
        csv.Header([.. table.Columns.Select(c => c.Header)]);
        foreach (var row in table.Rows.Concat(table.Footers))
        {
            for (var i = 0; i < table.Columns.Count; i++)
            {
                switch (i < row.Cells.Count ? row.Cells[i] : null)
                {
                    case null:
                        csv.Text(null);
                        break;
                    case string text:
                        csv.Text(text);
                        break;
                    case StatusCell status:
                        csv.Text(status.Name);
                        break;
                    case PriceCell price:
                        csv.Number(price.Value);
                        break;
                    case NumberCell number:
                        csv.Number(number.Value);
                        break;
                    case Change change:
                        csv.Number(change.Fraction);
                        break;
                    case var number:
                        csv.Number(Convert.ToDecimal(number, CultureInfo.InvariantCulture));
                        break;
                }
            }

            csv.EndRow();
        }
    }

    /// <summary>
    /// The title line, then the table (text columns left, number columns right-aligned, totals bold after an
    /// empty line) fitted to the console's width, then the notes (grey) and warnings; or the title and
    /// <paramref name="empty"/> when the table has no rows and <paramref name="empty"/> is given.
    /// </summary>
    public static void WriteTable(IAnsiConsole console, ReportTable table, string title, string? empty = null)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(table);
        if (table.Rows.Count == 0 && empty is not null)
        {
            console.MarkupLine($"[bold]{title}[/]");
            console.MarkupLine(empty);
            return;
        }

        var fitted = new FittedTable(title);
        foreach (var column in table.Columns)
        {
            if (column.Kind == CellKind.Text)
            {
                fitted.Text(column.Header, column.DropRank);
            }
            else
            {
                fitted.Number(column.Header, column.DropRank);
            }
        }

        foreach (var row in table.Rows)
        {
            fitted.Add(Cells(table, row, total: false));
        }

        foreach (var footer in table.Footers)
        {
            fitted.AddTotal(Cells(table, footer, total: true));
        }

        fitted.Write(console);
        foreach (var note in table.Notes)
        {
            console.MarkupLine($"[grey]{Display.Text(note)}[/]");
        }

        foreach (var warning in table.Warnings)
        {
            console.MarkupLine($"[yellow]Warning:[/] {Display.Text(warning)}");
        }
    }

    /// <summary>
    /// A cell for people in the terminal, in markup: text escaped, a count with thousands separators, money in
    /// its column currency's minor unit, a percentage with two decimals (<c>12.34 %</c>), a change coloured
    /// good or bad, a missing value as an em dash.
    /// </summary>
    public static string Show(object? value, TableColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return value switch
        {
            null => "—",
            string text => Display.Text(column.MaxLength > 0 && text.Length > column.MaxLength ? string.Concat(text.AsSpan(0, column.MaxLength - 1), "…") : text),
            StatusCell status => Display.Text(status.Name),
            PriceCell price => Display.Price(price.Value, price.Currency),
            NumberCell number => Show(number.Value, number.Column),
            Change change => Display.Change(change),
            _ => column.Kind switch
            {
                CellKind.Count => Convert.ToDecimal(value, CultureInfo.InvariantCulture).ToString("N0", CultureInfo.InvariantCulture),
                CellKind.Percent => Display.Percent(Convert.ToDecimal(value, CultureInfo.InvariantCulture)),
                CellKind.Money => Display.Money(Convert.ToDecimal(value, CultureInfo.InvariantCulture), column.Currency!),
                _ => Convert.ToDecimal(value, CultureInfo.InvariantCulture).ToString("#,0.##", CultureInfo.InvariantCulture),
            },
        };
    }

    // A totals row leaves a cell it has no figure for blank, as the CLI always printed it.
    private static string[] Cells(ReportTable table, TableRow row, bool total) =>
        [.. table.Columns.Select((column, i) => i < row.Cells.Count && (row.Cells[i] is not null || !total) ? Show(row.Cells[i], column) : string.Empty)];
}
