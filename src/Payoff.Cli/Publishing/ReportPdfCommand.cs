using System.CommandLine;
using System.Globalization;
using Payoff.Cli.Output;
using Payoff.Cli.Reports;
using Payoff.Core.Publishing;
using Payoff.Publishing.Files;
using Spectre.Console;

namespace Payoff.Cli.Publishing;

/// <summary><c>payoff report pdf</c>: a template's PDF for a period, written to a file and kept in the archive.</summary>
public static class ReportPdfCommand
{
    /// <summary>Builds <c>payoff report pdf</c>.</summary>
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var template = new Option<string?>("--template") { Description = "The template (payoff template list): weekly-summary, monthly-roi, monthly-client or one of your own.", Required = true };
        var range = new Option<string?>("--range") { Description = "last-week, last-month, month-to-date or last-quarter (default: the template's; weeks start on Monday)." };
        var (from, to) = ReportOptions.Range();
        var output = new Option<FileInfo>("--output", "-o") { Description = "The PDF file to write.", Required = true };
        var command = new Command("pdf", "Write a template's report as a PDF (A4 or Letter, fonts embedded, text selectable, charts as vector graphics); the file is also kept in the archive.") { template, range, from, to, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var values = ReportOptions.Values(parse, template, range, from, to);
            var file = parse.GetValue(output)!;
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            // The file is written before the PDF is archived: a file that could not be written is not listed as made.
            var made = await scope.Handler<ReportFiles>().PdfAsync(scope.Workspace, values, ArchiveChannel.Cli, "cli", [], WriteAsync, cancellationToken);
            async Task WriteAsync(byte[] content, CancellationToken token)
            {
                try
                {
                    await File.WriteAllBytesAsync(file.FullName, content, token);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new CliException($"Could not write {file.FullName}: {e.Message}");
                }
            }

            var document = made.Document;
            context.Console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"Wrote [bold]{Display.Text(file.FullName)}[/]: {Display.Text(document.Template.Title)}, {Display.Text(document.PeriodLine)}, {made.Content.Length / 1024.0:0} KiB."));
            if (!document.HasData)
            {
                context.Console.MarkupLine($"[yellow]{Display.Text(document.NoDataSentence)}[/]");
            }

            return 0;
        });
        return command;
    }
}
