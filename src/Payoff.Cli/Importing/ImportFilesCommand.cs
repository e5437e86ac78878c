using System.CommandLine;
using System.Text.Json.Nodes;
using Payoff.Application.Importing;
using Payoff.Cli.Output;
using Payoff.Core.Importing;
using Payoff.Import.Detection;
using Spectre.Console;

namespace Payoff.Cli.Importing;

/// <summary>
/// The one action of every <c>payoff import</c> subcommand: each file through <see cref="ImportFileHandler"/> (its kind
/// detected, or the subcommand's), what happened printed as a table or JSON. Exit code 0 when every file was imported
/// (on a dry run: would be), 1 otherwise.
/// </summary>
internal static class ImportFilesCommand
{
    /// <summary>The subcommand that imports files as <paramref name="kind"/>, whatever their contents look like.</summary>
    public static Command ForKind(CliContext context, ImportKind kind, string name, string description, bool columnMap = false) =>
        Build(context, name, description, new FileDetection(kind, "forced"), columnMap);

    /// <summary>The subcommand named <paramref name="name"/>; <paramref name="named"/> null detects each file's kind.</summary>
    public static Command Build(CliContext context, string name, string description, FileDetection? named, bool columnMap = false)
    {
        var options = new ImportFileOptions(columnMap);
        var command = options.Command(name, description);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var importer = scope.Handler<ImportFileHandler>();
            var importOptions = options.Read(parse);
            var json = parse.GetValue(options.Format) == OutputFormat.Json;
            var results = new List<JsonObject>();
            var ok = true;
            foreach (var file in parse.GetValue(options.Files)!)
            {
                var path = Local(file);
                var (detection, found) = await ImportProgress.RunAsync(context, path, json, importOptions, o => importer.HandleAsync(scope.Workspace, path, named, o, cancellationToken));
                if (found is not { } summary || detection.Kind is not { } kind)
                {
                    ok = false;
                    results.Add(new JsonObject { ["file"] = file, ["detectedKind"] = null, ["message"] = $"{Path.GetFileName(file)}: {detection.Explanation}" });
                    if (!json)
                    {
                        context.Console.MarkupLine($"[red]{Display.Text(Path.GetFileName(file))}: {Display.Text(detection.Explanation)}[/]");
                    }

                    continue;
                }

                if (!json && detection.Explanation != "forced")
                {
                    context.Console.MarkupLine($"{Display.Text(Path.GetFileName(file))}: detected {Display.Text(detection.Explanation)}.");
                }

                var result = ImportOutput.ToJson(summary);
                result["detectedKind"] = ImportOutput.KindName(kind);
                results.Add(result);
                if (!json)
                {
                    ImportOutput.WriteTable(context, summary);
                }

                // A dry run succeeds when the real import would write the file.
                ok &= summary.Succeeded || (importOptions.DryRun && summary.Rows > 0 && (summary.Rejected == 0 || importOptions.SkipInvalid));
            }

            if (json)
            {
                Json.Write(context.Out, results.Count == 1 ? results[0] : new JsonArray([.. results.Select(r => (JsonNode?)r)]));
            }

            return ok ? 0 : 1;
        });
        return command;
    }

    /// <summary>
    /// The one place the CLI reaches an import's file: the path of the file as given. A command forwarded to a running
    /// server (issue 14 §4) swaps this for the file's content sent along.
    /// </summary>
    private static string Local(string file) => file;
}
