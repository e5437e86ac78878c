using System.CommandLine;
using Payoff.Application.Importing;
using Payoff.Cli.Output;
using Spectre.Console;

namespace Payoff.Cli.Importing.History;

/// <summary><c>payoff imports list|undo</c>: the lineage of imported data, and exact reversal of an import.</summary>
public static class ImportsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var command = new Command("imports", "List imports and undo one exactly.");
        command.Add(ImportHistoryCommand.Create(context, "list"));
        var id = new Argument<long>("ID") { Description = "The import's number (from 'payoff imports list')." };
        var undo = new Command("undo", "Undo an import: remove its rows, restore the rows it replaced, rebuild sessions, people and revenue. The same file can then be imported again.") { id };
        undo.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var record = await scope.Handler<UndoImportHandler>().HandleAsync(scope.Workspace, parse.GetValue(id), cancellationToken);
            context.Console.MarkupLine($"Undid import #{record.Id} ({Display.Text(ImportOutput.KindName(record.Kind))}, {Display.Text(record.FileName)}): {Display.Count(record.Imported)} rows removed, the rows it replaced restored.");
            return 0;
        });
        command.Add(undo);
        return command;
    }
}
