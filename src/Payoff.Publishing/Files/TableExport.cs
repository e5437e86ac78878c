using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using Payoff.Core.Money;
using Payoff.Core.Reporting;
using Payoff.Application.Tables;

namespace Payoff.Publishing.Files;

/// <summary>
/// Writes a <see cref="ReportTable"/> as CSV (UTF-8 with BOM, so Excel reads accents) or XLSX.
/// Numbers are written as numbers; text is written as text, and text a spreadsheet would run as a
/// formula (starting with = + - @ tab or CR) is neutralised: prefixed with an apostrophe in CSV,
/// stored as a quote-prefixed text cell in XLSX.
/// </summary>
public static class TableExport
{
    /// <summary>The CSV bytes.</summary>
    public static byte[] Csv(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var csv = new StringBuilder();
        csv.AppendJoin(',', table.Columns.Select(c => CsvText(c.Header))).Append("\r\n");
        foreach (var row in table.Rows.Concat(table.Footers))
        {
            csv.AppendJoin(',', row.Cells.Select(CsvCell)).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    /// <summary>The XLSX bytes: one sheet named after the table, a bold header row, typed cells.</summary>
    public static byte[] Xlsx(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Xlsx([table]);
    }

    /// <summary>
    /// One workbook with a sheet per table in order (a report's tables attached to its e-mail), each as <see cref="Xlsx(ReportTable)"/>
    /// writes it; sheet names are the tables' titles, cut to Excel's 31 characters and numbered when two would clash.
    /// </summary>
    public static byte[] Xlsx(IReadOnlyList<ReportTable> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        using var book = new XLWorkbook();
        foreach (var table in tables)
        {
            var name = SheetName(table.Title);
            for (var n = 2; book.Worksheets.Contains(name); n++)
            {
                var suffix = string.Create(CultureInfo.InvariantCulture, $" ({n})");
                name = SheetName(table.Title)[..Math.Min(SheetName(table.Title).Length, 31 - suffix.Length)] + suffix;
            }

            Sheet(book.Worksheets.Add(name), table);
        }

        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Sheet(IXLWorksheet sheet, ReportTable table)
    {
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var header = sheet.Cell(1, c + 1);
            header.SetValue(table.Columns[c].Header);
            header.Style.Font.Bold = true;
        }

        var r = 2;
        foreach (var row in table.Rows.Concat(table.Footers))
        {
            for (var c = 0; c < row.Cells.Count && c < table.Columns.Count; c++)
            {
                var cell = sheet.Cell(r, c + 1);
                switch (row.Cells[c])
                {
                    case null:
                        break;
                    case string text:
                        cell.SetValue(text);
                        cell.DataType = XLDataType.Text;
                        cell.Style.IncludeQuotePrefix = IsFormulaLike(text);
                        break;
                    case StatusCell status:
                        cell.SetValue(status.Name);
                        cell.DataType = XLDataType.Text;
                        break;
                    case Change { Fraction: null }:
                        break;
                    case Change change:
                        cell.SetValue(Convert.ToDouble(change.Fraction, CultureInfo.InvariantCulture));
                        cell.Style.NumberFormat.Format = "+0.0%;-0.0%;0.0%";
                        break;
                    case NumberCell number:
                        cell.SetValue(Convert.ToDouble(number.Value, CultureInfo.InvariantCulture));
                        cell.Style.NumberFormat.Format = Format(number.Column);
                        break;
                    case PriceCell price:
                        cell.SetValue(Convert.ToDouble(price.Value, CultureInfo.InvariantCulture));
                        cell.Style.NumberFormat.Format = NumberFormat(Math.Max(Currencies.Decimals(price.Currency), price.Value.Scale));
                        break;
                    default:
                        cell.SetValue(Convert.ToDouble(row.Cells[c], CultureInfo.InvariantCulture));
                        cell.Style.NumberFormat.Format = Format(table.Columns[c]);
                        break;
                }
            }

            r++;
        }

        for (var i = 1; i <= table.Footers.Count; i++)
        {
            sheet.Row(r - i).Style.Font.Bold = true;
        }

        // Widths from the text lengths (ClosedXML's AdjustToContents measures with System.Drawing, which Linux lacks).
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var longest = table.Rows.Take(200).Select(row => c < row.Cells.Count ? row.Cells[c]?.ToString()?.Length ?? 0 : 0).DefaultIfEmpty(0).Max();
            sheet.Column(c + 1).Width = Math.Clamp(Math.Max(longest, table.Columns[c].Header.Length) + 2, 8, 60);
        }
    }

    private static string Format(TableColumn column) => column.Kind switch
    {
        CellKind.Count => "#,##0",
        CellKind.Percent => "0.00%",
        CellKind.Money or CellKind.Number => NumberFormat(column.Decimals),
        _ => "General",
    };

    /// <summary>The spreadsheet number format with thousands separators and <paramref name="decimals"/> decimals: <c>#,##0</c> for JPY, <c>#,##0.000</c> for KWD.</summary>
    public static string NumberFormat(int decimals) => decimals == 0 ? "#,##0" : "#,##0." + new string('0', decimals);

    /// <summary>
    /// True for text a spreadsheet would read as a formula: starting with <c>= + - @</c>, tab, CR, LF,
    /// NUL, or the full-width <c>＝ ＋ － ＠</c> that spreadsheets also act on (OWASP CSV injection; the
    /// same set as the CLI's CSV).
    /// </summary>
    public static bool IsFormulaLike(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n' or '\0' or '\uFF1D' or '\uFF0B' or '\uFF0D' or '\uFF20';

    /// <summary>A CSV text cell, quoted, neutralised when formula-like.</summary>
    public static string CsvText(string? value)
    {
        if (value is null)
        {
            return string.Empty;
        }

        var safe = IsFormulaLike(value) ? "'" + value : value;
        return "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static string CsvCell(object? value) => value switch
    {
        null => string.Empty,
        string text => CsvText(text),
        StatusCell status => CsvText(status.Name),
        PriceCell price => price.Value.ToString(CultureInfo.InvariantCulture),
        NumberCell number => number.Value.ToString(CultureInfo.InvariantCulture),
        Change change => change.Fraction?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => CsvText(value.ToString()),
    };

    private static string SheetName(string title)
    {
        var name = new string([.. title.Where(ch => ch is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\'))]).Trim();
        return name.Length == 0 ? "Report" : name[..Math.Min(31, name.Length)];
    }
}
