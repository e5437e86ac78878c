using System.Globalization;
using System.Net;
using System.Text;
using Payoff.Application.Publishing;
using Payoff.Application.Tables;
using Payoff.Publishing.Pdf;

namespace Payoff.Publishing.Html;

/// <summary>
/// A <see cref="ReportDocument"/> as HTML: the body of a report e-mail and of a shared view. Every text from imports or
/// visitors is HTML-encoded; figures are <see cref="CellText"/>'s, as on the dashboard and in the PDF; charts are PNG images
/// drawn by the PDF's own ScottPlot code (an e-mail client or a locked-down page runs no script), their numbers also in a table.
/// </summary>
public static class ReportHtml
{
    /// <summary>
    /// The report's sections as HTML (no <c>&lt;html&gt;</c> wrapper): headings, sentences, lists, tables and charts, each chart's
    /// PNG placed by <paramref name="image"/> (it returns the <c>src</c>: a <c>cid:</c> in an e-mail, a <c>data:</c> URI on a page).
    /// </summary>
    public static string Body(ReportDocument document, IEnumerable<DocumentSection> sections, Func<byte[], string> image)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sections);
        ArgumentNullException.ThrowIfNull(image);
        var html = new StringBuilder();
        var style = new PdfStyle(document.Branding);
        var primary = E(document.Branding.Primary);
        if (!document.HasData)
        {
            html.Append("<p><strong>").Append(E(document.NoDataSentence)).Append("</strong></p>");
            return html.ToString();
        }

        foreach (var section in sections)
        {
            html.Append("<h2 style=\"color:").Append(primary).Append(";font-size:18px;margin:24px 0 8px\">").Append(E(section.Title)).Append("</h2>");
            foreach (var block in section.Blocks)
            {
                switch (block)
                {
                    case Paragraph p:
                        html.Append(p.Strong ? "<p style=\"margin:10px 0 4px\"><strong>" : "<p style=\"margin:4px 0\">").Append(E(p.Text)).Append(p.Strong ? "</strong></p>" : "</p>");
                        break;
                    case Bullets b:
                        html.Append("<ul style=\"margin:4px 0 8px;padding-left:20px\">");
                        foreach (var item in b.Items)
                        {
                            html.Append("<li>").Append(E(item)).Append("</li>");
                        }

                        html.Append("</ul>");
                        break;
                    case TableBlock t:
                        Table(html, t.Table, document.Workspace.Culture, section.Title);
                        break;
                    case ChartBlock chart:
                        var plot = PdfCharts.Plot(style, chart);
                        var png = plot.GetImage(720, 260).GetImageBytes(ScottPlot.ImageFormat.Png, 100);
                        html.Append("<p><img src=\"").Append(E(image(png))).Append("\" alt=\"").Append(E(chart.Title)).Append(" (its figures are in the table)\" width=\"720\" height=\"260\" style=\"max-width:100%;height:auto\"></p>");
                        break;
                }
            }
        }

        return html.ToString();
    }

    /// <summary>The report's header as HTML: logo (placed by <paramref name="image"/>), sender, title, period with its time zone.</summary>
    public static string Header(ReportDocument document, Func<byte[], string> image)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(image);
        var branding = document.Branding;
        var html = new StringBuilder("<header style=\"border-bottom:2px solid ").Append(E(branding.Accent)).Append(";padding-bottom:8px;margin-bottom:12px\">");
        if (branding.Logo is { } logo)
        {
            html.Append("<img src=\"").Append(E(image(logo))).Append("\" alt=\"").Append(E(branding.AgencyName ?? document.Workspace.Name)).Append("\" style=\"max-height:40px;max-width:180px\">");
        }

        html.Append("<p style=\"margin:4px 0;font-weight:bold\">").Append(E(branding.AgencyName ?? document.Workspace.Name)).Append("</p>");
        if (branding.Contact is { } contact)
        {
            html.Append("<p style=\"margin:0;color:#666\">").Append(E(contact)).Append("</p>");
        }

        html.Append("<h1 style=\"color:").Append(E(branding.Primary)).Append(";font-size:24px;margin:12px 0 4px\">").Append(E(document.Template.Title)).Append("</h1>")
            .Append("<p style=\"margin:0;color:#666\">").Append(E($"{document.Workspace.Name} · {document.PeriodLine}; amounts in {document.Workspace.Currency}.")).Append("</p></header>");
        return html.ToString();
    }

    /// <summary>The footer: the workspace's footer line, and "Made with Payoff" unless the workspace hides Payoff's name.</summary>
    public static string Footer(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var parts = new List<string>();
        if (document.Branding.Footer is { } footer)
        {
            parts.Add(E(footer));
        }

        if (!document.Branding.HidePayoff)
        {
            parts.Add("Made with Payoff.");
        }

        return parts.Count == 0 ? string.Empty : $"<footer style=\"border-top:1px solid #ccc;margin-top:24px;padding-top:8px;color:#666;font-size:12px\">{string.Join(" ", parts)}</footer>";
    }

    private static void Table(StringBuilder html, ReportTable table, CultureInfo culture, string sectionTitle)
    {
        if (table.Title != sectionTitle)
        {
            html.Append("<h3 style=\"font-size:15px;margin:12px 0 4px\">").Append(E(table.Title)).Append("</h3>");
        }

        if (table.Rows.Count == 0)
        {
            html.Append("<p>Nothing in this period.</p>");
            return;
        }

        html.Append("<div style=\"overflow-x:auto\"><table style=\"border-collapse:collapse;font-size:13px\"><thead><tr>");
        foreach (var column in table.Columns)
        {
            html.Append("<th style=\"text-align:").Append(column.Kind == CellKind.Text ? "left" : "right").Append(";border-bottom:1px solid #999;padding:4px 8px;background:#f0f2f5\">").Append(E(column.Header)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var (row, bold) in table.Rows.Select(r => (r, false)).Concat(table.Footers.Select(f => (f, true))))
        {
            html.Append("<tr>");
            for (var i = 0; i < table.Columns.Count; i++)
            {
                var column = table.Columns[i];
                var text = CellText.Show(i < row.Cells.Count ? row.Cells[i] : null, column, culture);
                html.Append("<td style=\"text-align:").Append(column.Kind == CellKind.Text ? "left" : "right").Append(";border-bottom:1px solid #e0e0e0;padding:3px 8px;white-space:nowrap").Append(bold ? ";font-weight:bold" : string.Empty).Append("\">").Append(E(text)).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table></div>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
