using System.Globalization;
using Payoff.Application.Publishing;
using Payoff.Core.Publishing;
using SkiaSharp;

namespace Payoff.Publishing.Pdf;

/// <summary>
/// Renders a <see cref="ReportDocument"/> as a PDF in-process with SkiaSharp's PDF backend (Skia's <c>SkPDF</c>): A4 or
/// Letter, DejaVu Sans embedded (text selectable and searchable, numbers copyable), charts drawn by ScottPlot onto the
/// same canvas as vector paths, tables that continue across pages with their header row repeated, and on every page the
/// period and time zone, the workspace's white-label header and footer, and "page N of M". No browser runs: see
/// docs/REPORTS.md ("Why the PDF is drawn in-process").
/// </summary>
public static class PdfReport
{
    private const float TextSize = 9.5f;

    /// <summary>The PDF's bytes.</summary>
    public static byte[] Render(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        PdfFonts.RegisterWithCharts();
        var (width, height) = document.Template.Paper == PaperSize.Letter ? (612f, 792f) : (595f, 842f);
        var layout = new PdfCanvas(width, height);
        var style = new PdfStyle(document.Branding);
        Title(layout, style, document);
        if (!document.HasData)
        {
            Paragraph(layout, style, document.NoDataSentence, bold: true);
        }
        else
        {
            foreach (var section in document.Sections)
            {
                Section(layout, style, document, section);
            }
        }

        using var stream = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata
        {
            Title = $"{document.Template.Title} — {document.PeriodLine}",
            Author = document.Branding.AgencyName ?? document.Workspace.Name,
            Subject = $"{document.Template.Name}, {document.Workspace.Name}",
            Creator = document.Branding.HidePayoff ? document.Branding.AgencyName ?? document.Workspace.Name : "Payoff",
            Producer = document.Branding.HidePayoff ? document.Branding.AgencyName ?? document.Workspace.Name : "Payoff (SkiaSharp PDF)",
            Creation = document.MadeAt.UtcDateTime,
            Modified = document.MadeAt.UtcDateTime,
            RasterDpi = 300,
            EncodingQuality = 101,
        };
        using (var pdf = SKDocument.CreatePdf(stream, metadata))
        {
            for (var i = 0; i < layout.PageCount; i++)
            {
                var canvas = pdf.BeginPage(width, height);
                Frame(canvas, layout, style, document, i + 1);
                foreach (var step in layout.Pages[i])
                {
                    step(canvas);
                }

                pdf.EndPage();
            }

            pdf.Close();
        }

        return stream.ToArray();
    }

    private static void Title(PdfCanvas layout, PdfStyle style, ReportDocument document)
    {
        var y = layout.Y;
        var title = document.Template.Title;
        var made = TimeZoneInfo.ConvertTime(document.MadeAt, document.Workspace.Calendar.Zone);
        var lines = new[]
        {
            $"{document.Workspace.Name} · {document.PeriodLine}",
            string.Create(CultureInfo.InvariantCulture, $"Made {made:yyyy-MM-dd HH:mm} ({document.Workspace.TimeZone}); amounts in {document.Workspace.Currency}."),
        };
        layout.Draw(c =>
        {
            using var font = new SKFont(PdfFonts.Bold, 18);
            using var paint = PdfStyle.Paint(style.Primary);
            c.DrawText(title, PdfCanvas.Margin, y + 18, SKTextAlign.Left, font, paint);
            using var small = new SKFont(PdfFonts.Regular, TextSize);
            using var grey = PdfStyle.Paint(PdfStyle.Grey);
            for (var i = 0; i < lines.Length; i++)
            {
                c.DrawText(lines[i], PdfCanvas.Margin, y + 36 + (i * 13), SKTextAlign.Left, small, grey);
            }
        });
        layout.Y += 36 + (lines.Length * 13) + 10;
    }

    // The header and footer of page `number`: logo and sender, period and time zone; footer line, "Made with Payoff", page N of M.
    private static void Frame(SKCanvas canvas, PdfCanvas layout, PdfStyle style, ReportDocument document, int number)
    {
        var branding = document.Branding;
        using var font = new SKFont(PdfFonts.Regular, 8);
        using var bold = new SKFont(PdfFonts.Bold, 9);
        using var text = PdfStyle.Paint(PdfStyle.Text);
        using var grey = PdfStyle.Paint(PdfStyle.Grey);
        using var accent = PdfStyle.Paint(style.Accent);
        var x = PdfCanvas.Margin;
        if (branding.Logo is { } logo)
        {
            using var image = SKImage.FromEncodedData(logo);
            if (image is not null)
            {
                var h = 26f;
                var w = Math.Min(120f, image.Width * h / Math.Max(1, image.Height));
                canvas.DrawImage(image, SKRect.Create(x, 24, w, h), new SKSamplingOptions(SKFilterMode.Linear));
                x += w + 8;
            }
        }

        canvas.DrawText(branding.AgencyName ?? document.Workspace.Name, x, 36, SKTextAlign.Left, bold, text);
        if (branding.Contact is { } contact)
        {
            canvas.DrawText(contact, x, 48, SKTextAlign.Left, font, grey);
        }

        canvas.DrawText(document.PeriodLine, layout.Width - PdfCanvas.Margin, 36, SKTextAlign.Right, font, grey);
        canvas.DrawText(document.Template.Title, layout.Width - PdfCanvas.Margin, 48, SKTextAlign.Right, font, grey);
        canvas.DrawRect(SKRect.Create(PdfCanvas.Margin, 58, layout.ContentWidth, 1.2f), accent);
        var footerY = layout.Height - 30;
        canvas.DrawRect(SKRect.Create(PdfCanvas.Margin, footerY - 12, layout.ContentWidth, 0.6f), grey);
        var left = branding.Footer ?? (branding.HidePayoff ? string.Empty : "Made with Payoff — every figure is computed as docs/METRICS.md describes.");
        if (left.Length > 0)
        {
            canvas.DrawText(left, PdfCanvas.Margin, footerY, SKTextAlign.Left, font, grey);
        }

        canvas.DrawText(string.Create(CultureInfo.InvariantCulture, $"Page {number} of {layout.PageCount}"), layout.Width - PdfCanvas.Margin, footerY, SKTextAlign.Right, font, grey);
        canvas.DrawText(string.Create(CultureInfo.InvariantCulture, $"{document.PeriodLine}"), layout.Width - PdfCanvas.Margin, footerY + 11, SKTextAlign.Right, font, grey);
    }

    private static void Section(PdfCanvas layout, PdfStyle style, ReportDocument document, DocumentSection section)
    {
        layout.Ensure(60);
        var y = layout.Y + 8;
        var title = section.Title;
        layout.Draw(c =>
        {
            using var font = new SKFont(PdfFonts.Bold, 13);
            using var paint = PdfStyle.Paint(style.Primary);
            c.DrawText(title, PdfCanvas.Margin, y + 13, SKTextAlign.Left, font, paint);
        });
        layout.Y = y + 22;
        foreach (var block in section.Blocks)
        {
            switch (block)
            {
                case Paragraph p:
                    Paragraph(layout, style, p.Text, p.Strong);
                    break;
                case Bullets b:
                    foreach (var item in b.Items)
                    {
                        Paragraph(layout, style, item, false, bullet: true);
                    }

                    break;
                case TableBlock t:
                    PdfTables.Draw(layout, style, t.Table, document.Workspace.Culture, section.Title);
                    break;
                case ChartBlock chart:
                    PdfCharts.Draw(layout, style, chart);
                    break;
            }
        }

        layout.Y += 6;
    }

    internal static void Paragraph(PdfCanvas layout, PdfStyle style, string text, bool bold, bool bullet = false)
    {
        using var font = new SKFont(bold ? PdfFonts.Bold : PdfFonts.Regular, TextSize);
        var indent = bullet ? 12f : 0f;
        var lines = PdfCanvas.Wrap(text, font, layout.ContentWidth - indent);
        const float lineHeight = 12.5f;
        for (var i = 0; i < lines.Count; i++)
        {
            layout.Ensure(lineHeight);
            var y = layout.Y + 9.5f;
            var line = lines[i];
            var first = i == 0;
            layout.Draw(c =>
            {
                using var f = new SKFont(bold ? PdfFonts.Bold : PdfFonts.Regular, TextSize);
                using var paint = PdfStyle.Paint(PdfStyle.Text);
                if (bullet && first)
                {
                    c.DrawText("•", PdfCanvas.Margin + 2, y, SKTextAlign.Left, f, paint);
                }

                c.DrawText(line, PdfCanvas.Margin + indent, y, SKTextAlign.Left, f, paint);
            });
            layout.Y += lineHeight;
        }

        layout.Y += 3;
    }
}
