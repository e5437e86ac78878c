using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Payoff.Application.Importing;
using Payoff.Cli.Output;
using Spectre.Console;

namespace Payoff.Cli.Importing.History;

/// <summary><c>payoff import history</c> and <c>payoff imports list</c>: the workspace's imports through <see cref="ImportHistoryHandler"/>.</summary>
internal static class ImportHistoryCommand
{
    private static readonly string[] Columns = ["#", "Kind", "File", "Rows", "Imported", "Rejected", "Duplicates", "When (UTC)", "Undone (UTC)"];

    /// <summary>The list of the workspace's imports, newest first, as a table or JSON, under the name <paramref name="name"/>.</summary>
    public static Command Create(CliContext context, string name)
    {
        var format = FormatOption.Create(allowCsv: false);
        var command = new Command(name, "List the workspace's imports, newest first, with undone ones marked.") { format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var workspace = scope.Workspace;
            var imports = await scope.Handler<ImportHistoryHandler>().HandleAsync(workspace, cancellationToken);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                Json.Write(context.Out, new JsonArray([.. imports.Select(i => (JsonNode?)new JsonObject
                {
                    ["id"] = i.Id, ["kind"] = ImportOutput.KindName(i.Kind), ["file"] = i.FileName, ["sha256"] = i.Sha256,
                    ["rows"] = i.Rows, ["imported"] = i.Imported, ["rejected"] = i.Rejected, ["duplicates"] = i.Duplicates,
                    ["importedAt"] = i.ImportedAt.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                    ["undoneAt"] = i.UndoneAt?.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                })]));
                return 0;
            }

            if (imports.Count == 0)
            {
                context.Console.MarkupLine($"No imports in workspace {Display.Text(workspace.Name)} yet.");
                return 0;
            }

            var table = new Table().Border(TableBorder.Rounded);
            table.AddColumns(Columns);
            foreach (var i in imports)
            {
                table.AddRow(
                    i.Id.ToString(CultureInfo.InvariantCulture),
                    ImportOutput.KindName(i.Kind),
                    Display.Text(i.FileName),
                    Display.Count(i.Rows),
                    Display.Count(i.Imported),
                    Display.Count(i.Rejected),
                    Display.Count(i.Duplicates),
                    i.ImportedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                    i.UndoneAt?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? string.Empty);
            }

            context.Console.Write(table);
            return 0;
        });
        return command;
    }
}
