using System.CommandLine;
using System.Globalization;
using Payoff.Application.Publishing;
using Payoff.Application.Tables;
using Payoff.Cli.Output;
using Spectre.Console;
using TableRow = Payoff.Application.Tables.TableRow;

namespace Payoff.Cli.Publishing;

/// <summary><c>payoff archive list|get|erase</c>: every sent or downloaded report file, with when it went to whom.</summary>
public static class ArchiveCommand
{
    /// <summary>Builds <c>payoff archive</c>.</summary>
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var archive = new Command("archive", "The report archive: every report file sent, downloaded or written, with when it went to whom.");
        var format = FormatOption.Create();
        var list = new Command("list", "List the archived report files, newest first.") { format };
        list.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var all = await scope.Handler<ArchiveHandler>().ListAsync(scope.Workspace, cancellationToken);
            TableOutput.Write(
                context,
                parse.GetValue(format),
                () => new System.Text.Json.Nodes.JsonObject { ["workspace"] = scope.Workspace.Name, ["files"] = new System.Text.Json.Nodes.JsonArray([.. all.Select(a => (System.Text.Json.Nodes.JsonNode)PublishingJson.Archived(a))]) },
                () => new ReportTable(
                    "archive",
                    "Report archive",
                    [new("Id", CellKind.Count), new("When (UTC)"), new("File"), new("Period"), new("How"), new("To"), new("By"), new("KiB", CellKind.Count)],
                    [.. all.Select(a => new TableRow([a.Id, a.CreatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), a.FileName, string.Create(CultureInfo.InvariantCulture, $"{a.Period.From:yyyy-MM-dd} to {a.Period.To:yyyy-MM-dd}"), a.ErasedAt is null ? a.Channel.ToString().ToLowerInvariant() : "erased", string.Join(", ", a.Recipients), a.By, (a.Bytes + 1023) / 1024]))]),
                $"Report archive · {Display.Text(scope.Workspace.Name)}",
                "No report file yet: payoff report pdf, a download or a schedule keeps each one here.");
            return 0;
        });
        archive.Add(list);

        var id = new Argument<long>("ID") { Description = "The file's id (payoff archive list)." };
        var output = new Option<FileInfo>("--output", "-o") { Description = "Where to write it.", Required = true };
        var get = new Command("get", "Write an archived file as it was sent.") { id, output };
        get.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var (report, content) = await scope.Handler<ArchiveHandler>().FileAsync(scope.Workspace, parse.GetValue(id), cancellationToken);
            var file = parse.GetValue(output)!;
            await File.WriteAllBytesAsync(file.FullName, content, cancellationToken);
            context.Console.MarkupLine($"Wrote [bold]{Display.Text(file.FullName)}[/] ({Display.Text(report.FileName)}, {content.Length.ToString(CultureInfo.InvariantCulture)} bytes).");
            return 0;
        });
        archive.Add(get);

        var person = new Option<string?>("--person") { Description = "The person to erase: an e-mail address, an advocate's code or a contact id.", Required = true };
        var erase = new Command("erase", "An erasure request: delete every archived file that names the person, and their address among recipients.") { person };
        erase.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var changed = await scope.Handler<ArchiveHandler>().EraseAsync(scope.Workspace, parse.GetValue(person), cancellationToken);
            context.Console.MarkupLine(changed == 0 ? "No archived file names that person; nothing was erased." : $"Erased the person from {changed} archived file(s): their content is deleted, the rows stay marked erased.");
            return 0;
        });
        archive.Add(erase);
        return archive;
    }
}
