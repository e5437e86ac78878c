using System.Globalization;
using Payoff.Application.Tables;
using SkiaSharp;

namespace Payoff.Publishing.Pdf;

/// <summary>
/// Draws a <see cref="ReportTable"/>: cells as <see cref="CellText"/> shows them on the dashboard, text left and numbers
/// right; rows continue on the next page under a repeated header; a table wider than the page is shown in parts, each
/// repeating the first column, rather than cut.
/// </summary>
internal static class PdfTables
{
    private static readonly float[] Sizes = [8f, 7.5f, 7f, 6.5f];

    private const float Pad = 3f;

    private const float MaxTextWidth = 150f;

    public static void Draw(PdfCanvas layout, PdfStyle style, ReportTable table, CultureInfo culture, string sectionTitle)
    {
        if (table.Rows.Count == 0 && table.Footers.Count == 0)
        {
            Heading(layout, style, table.Title);
            PdfReport.Paragraph(layout, style, "Nothing in this period.", bold: false);
            return;
        }

        var body = table.Rows.Select(r => Texts(table, r, culture)).ToList();
        var footers = table.Footers.Select(r => Texts(table, r, culture)).ToList();
        var headers = table.Columns.Select(c => c.Header).ToList();
        foreach (var size in Sizes)
        {
            var widths = Widths(table, headers, body, footers, size);
            if (widths.Sum() <= layout.ContentWidth)
            {
                Part(layout, style, table, table.Title == sectionTitle ? null : table.Title, [.. Enumerable.Range(0, table.Columns.Count)], widths, headers, body, footers, size);
                return;
            }
        }

        var smallest = Sizes[^1];
        var all = Widths(table, headers, body, footers, smallest);
        var parts = new List<List<int>>();
        var current = new List<int> { 0 };
        var used = all[0];
        for (var i = 1; i < table.Columns.Count; i++)
        {
            if (used + all[i] > layout.ContentWidth && current.Count > 1)
            {
                parts.Add(current);
                current = [0];
                used = all[0];
            }

            current.Add(i);
            used += all[i];
        }

        parts.Add(current);
        for (var p = 0; p < parts.Count; p++)
        {
            var columns = parts[p];
            var title = string.Create(CultureInfo.InvariantCulture, $"{table.Title} (part {p + 1} of {parts.Count})");
            Part(layout, style, table, title, columns, [.. columns.Select(i => all[i])], headers, body, footers, smallest);
        }
    }

    private static void Heading(PdfCanvas layout, PdfStyle style, string title)
    {
        layout.Ensure(40);
        var y = layout.Y + 10;
        layout.Draw(c =>
        {
            using var font = new SKFont(PdfFonts.Bold, 10);
            using var paint = PdfStyle.Paint(PdfStyle.Text);
            c.DrawText(title, PdfCanvas.Margin, y, SKTextAlign.Left, font, paint);
        });
        layout.Y += 16;
    }

    private static void Part(PdfCanvas layout, PdfStyle style, ReportTable table, string? title, List<int> columns, float[] widths, List<string> headers, List<string[]> body, List<string[]> footers, float size)
    {
        if (title is not null)
        {
            Heading(layout, style, title);
        }

        var lineHeight = size * 1.3f;
        using var measure = new SKFont(PdfFonts.Regular, size);
        using var measureBold = new SKFont(PdfFonts.Bold, size);
        List<string>[] Lines(string[] cells, SKFont font, bool header = false) => [.. columns.Select((c, k) => header || table.Columns[c].Kind == CellKind.Text ? PdfCanvas.Wrap(cells[c], font, widths[k] - (2 * Pad)) : [cells[c]])];

        var headerLines = Lines([.. headers], measureBold, header: true);
        var headerHeight = (headerLines.Max(l => l.Count) * lineHeight) + (2 * Pad);
        void Header()
        {
            var y = layout.Y;
            layout.Draw(c => Row(c, style, table, columns, widths, headerLines, y, headerHeight, size, bold: true, band: true));
            layout.Y += headerHeight;
        }

        layout.Ensure(headerHeight + lineHeight + (2 * Pad));
        Header();
        foreach (var (cells, bold) in body.Select(b => (b, false)).Concat(footers.Select(f => (f, true))))
        {
            var lines = Lines(cells, bold ? measureBold : measure);
            var height = (lines.Max(l => l.Count) * lineHeight) + (2 * Pad);
            if (layout.Ensure(height))
            {
                Header();
            }

            var y = layout.Y;
            layout.Draw(c => Row(c, style, table, columns, widths, lines, y, height, size, bold, band: false));
            layout.Y += height;
        }

        layout.Y += 6;
    }

    private static void Row(SKCanvas canvas, PdfStyle style, ReportTable table, List<int> columns, float[] widths, List<string>[] lines, float y, float height, float size, bool bold, bool band)
    {
        using var font = new SKFont(bold ? PdfFonts.Bold : PdfFonts.Regular, size);
        using var text = PdfStyle.Paint(PdfStyle.Text);
        using var rule = PdfStyle.Paint(PdfStyle.Rule);
        if (band)
        {
            using var fill = PdfStyle.Paint(PdfStyle.Band);
            canvas.DrawRect(SKRect.Create(PdfCanvas.Margin, y, widths.Sum(), height), fill);
        }

        var x = PdfCanvas.Margin;
        for (var k = 0; k < columns.Count; k++)
        {
            var right = table.Columns[columns[k]].Kind != CellKind.Text;
            for (var l = 0; l < lines[k].Count; l++)
            {
                var baseline = y + Pad + ((l + 1) * size * 1.3f) - (size * 0.3f);
                canvas.DrawText(lines[k][l], right ? x + widths[k] - Pad : x + Pad, baseline, right ? SKTextAlign.Right : SKTextAlign.Left, font, text);
            }

            x += widths[k];
        }

        canvas.DrawRect(SKRect.Create(PdfCanvas.Margin, y + height - 0.4f, widths.Sum(), 0.4f), rule);
    }

    private static float[] Widths(ReportTable table, List<string> headers, List<string[]> body, List<string[]> footers, float size)
    {
        using var font = new SKFont(PdfFonts.Regular, size);
        using var bold = new SKFont(PdfFonts.Bold, size);
        var widths = new float[table.Columns.Count];
        for (var i = 0; i < widths.Length; i++)
        {
            var widest = body.Select(r => font.MeasureText(r[i])).Concat(footers.Select(r => bold.MeasureText(r[i]))).DefaultIfEmpty(0).Max();
            // A header wraps at its spaces: its longest word is the least it needs.
            var header = headers[i].Split(' ').Max(w => bold.MeasureText(w));
            var natural = Math.Max(widest, Math.Min(bold.MeasureText(headers[i]), Math.Max(widest, 48f)));
            widths[i] = Math.Max(header, table.Columns[i].Kind == CellKind.Text ? Math.Min(natural, MaxTextWidth) : natural) + (2 * Pad);
        }

        return widths;
    }

    private static string[] Texts(ReportTable table, TableRow row, CultureInfo culture) =>
        [.. table.Columns.Select((column, i) => i < row.Cells.Count ? CellText.Show(row.Cells[i], column, culture) : string.Empty)];
}
