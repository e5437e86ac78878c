using System.CommandLine;
using System.Globalization;
using Payoff.Cli.Output;
using Spectre.Console;

namespace Payoff.Cli.Serve;

/// <summary>
/// <c>payoff backup TARGET</c>: a consistent copy of the database, whether or not <c>payoff serve</c> holds it
/// (through the server when it does: the command is forwarded, the write-ahead log is checkpointed into the
/// file while no one else writes, and the file is copied). Issue 14 §5.
/// </summary>
public static class BackupCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var target = new Argument<string>(Remote.RemoteClient.TargetArgument) { Description = "The file to write; it must not exist yet." };
        var command = new Command("backup", "Write a consistent copy of the database to a new file, also while 'payoff serve' runs (put it back with 'payoff restore').") { target };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var file = Path.GetFullPath(parse.GetValue(target)!);
            using var store = context.OpenStore(parse);
            long bytes;
            await using (var session = await store.OpenSessionAsync(cancellationToken))
            {
                bytes = CliComposition.Backup(session, file);
            }

            var version = CliComposition.Inspect(file);
            context.Console.MarkupLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Wrote a consistent copy of {Display.Text(store.Location)} to {Display.Text(file)} ({bytes / 1048576.0:0.0} MB, schema version {version})."));
            context.Console.MarkupLine($"Put it back with: [bold]payoff restore {Display.Text(file)} --db {Display.Text(store.Location)}[/] (with the server stopped).");
            return 0;
        });
        return command;
    }
}
