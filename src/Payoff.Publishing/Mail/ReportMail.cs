using System.Globalization;
using MimeKit;
using MimeKit.Utils;
using Payoff.Application.Publishing;
using Payoff.Core.Publishing;
using Payoff.Publishing.Files;
using Payoff.Publishing.Html;

namespace Payoff.Publishing.Mail;

/// <summary>
/// A report e-mail: a short HTML summary (the headline numbers and "what to do now" when the template has them, else its
/// first section) with a plain-text alternative, the PDF attached, and optionally every table as CSV files and one XLSX
/// workbook. The subject names the report, the workspace (or agency) and the period.
/// </summary>
public static class ReportMail
{
    /// <summary>Composes the message of <paramref name="document"/> with its PDF <paramref name="pdf"/>.</summary>
    /// <param name="document">The report.</param>
    /// <param name="pdf">Its PDF's bytes.</param>
    /// <param name="from">The sender (<c>PAYOFF_SMTP_FROM</c>).</param>
    /// <param name="recipients">The addresses it goes to.</param>
    /// <param name="messageId">Its Message-ID (the same for every attempt of a schedule's period), without angle brackets.</param>
    /// <param name="attachCsv">Attach each table as CSV.</param>
    /// <param name="attachXlsx">Attach the tables as one XLSX workbook.</param>
    public static MimeMessage Compose(ReportDocument document, byte[] pdf, string from, IReadOnlyList<string> recipients, string messageId, bool attachCsv, bool attachXlsx)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(recipients);
        var sender = document.Branding.SenderName(document.Workspace.Name);
        var message = new MimeMessage { MessageId = messageId, Subject = Subject(document), Date = document.MadeAt };
        message.From.Add(new MailboxAddress(sender, from));
        foreach (var to in recipients)
        {
            message.To.Add(MailboxAddress.Parse(to));
        }

        var body = new BodyBuilder();
        var summary = document.Sections.Where(s => s.Section is ReportSection.Headline or ReportSection.NextActions).ToList();
        var shown = summary.Count > 0 ? summary : document.Sections.Take(1).ToList();
        string Inline(byte[] image)
        {
            var part = body.LinkedResources.Add($"image{body.LinkedResources.Count + 1}.png", image, ContentType.Parse(WorkspaceBranding.ImageType(image) ?? "image/png"));
            part.ContentId = MimeUtils.GenerateMessageId();
            return $"cid:{part.ContentId}";
        }

        body.HtmlBody = "<!DOCTYPE html><html><body style=\"font-family:DejaVu Sans,Arial,sans-serif;color:#222;max-width:760px\">"
            + ReportHtml.Header(document, Inline)
            + ReportHtml.Body(document, shown, Inline)
            + $"<p style=\"margin-top:16px\">The whole report — {System.Net.WebUtility.HtmlEncode(string.Join(", ", document.Sections.Select(s => s.Title)))} — is attached as a PDF{(attachCsv || attachXlsx ? ", its tables as spreadsheets" : string.Empty)}.</p>"
            + ReportHtml.Footer(document)
            + "</body></html>";
        body.TextBody = Text(document, shown);
        body.Attachments.Add($"{document.FileStem}.pdf", pdf, new ContentType("application", "pdf"));
        var tables = document.Tables.ToList();
        if (attachCsv)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var table in tables)
            {
                var name = table.Name;
                for (var n = 2; !names.Add(name); n++)
                {
                    name = string.Create(CultureInfo.InvariantCulture, $"{table.Name}-{n}");
                }

                body.Attachments.Add($"{document.FileStem}-{name}.csv", TableExport.Csv(table), new ContentType("text", "csv") { Charset = "utf-8" });
            }
        }

        if (attachXlsx && tables.Count > 0)
        {
            body.Attachments.Add($"{document.FileStem}.xlsx", TableExport.Xlsx(tables), new ContentType("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        }

        message.Body = body.ToMessageBody();
        return message;
    }

    /// <summary>"Monthly social media report — demo — 2026-11-01 to 2026-11-30 (Europe/Warsaw)".</summary>
    public static string Subject(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return $"{document.Template.Title} — {document.Branding.AgencyName ?? document.Workspace.Name} — {document.PeriodLine}";
    }

    private static string Text(ReportDocument document, List<DocumentSection> sections)
    {
        var text = new System.Text.StringBuilder();
        text.AppendLine(document.Template.Title).AppendLine(document.PeriodLine).AppendLine();
        if (!document.HasData)
        {
            return text.AppendLine(document.NoDataSentence).ToString();
        }

        foreach (var section in sections)
        {
            text.AppendLine(section.Title);
            foreach (var block in section.Blocks)
            {
                switch (block)
                {
                    case Paragraph p:
                        text.AppendLine(p.Text);
                        break;
                    case Bullets b:
                        foreach (var item in b.Items)
                        {
                            text.Append("- ").AppendLine(item);
                        }

                        break;
                    case TableBlock t:
                        foreach (var row in t.Table.Rows.Concat(t.Table.Footers))
                        {
                            text.AppendLine(string.Join(" | ", t.Table.Columns.Select((c, i) => $"{c.Header}: {Application.Tables.CellText.Show(i < row.Cells.Count ? row.Cells[i] : null, c, document.Workspace.Culture)}")));
                        }

                        break;
                }
            }

            text.AppendLine();
        }

        text.AppendLine("The whole report is attached as a PDF.");
        if (document.Branding.Footer is { } footer)
        {
            text.AppendLine(footer);
        }

        return text.ToString();
    }
}
