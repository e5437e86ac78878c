using System.CommandLine;
using System.Globalization;
using Payoff.Cli.Output;
using Payoff.Core.Stores;
using Spectre.Console;

namespace Payoff.Cli.Serve;

/// <summary>
/// <c>payoff restore FILE</c>: puts a backup back in place of the database. Refuses while a server holds the
/// database; checks the file is a Payoff database at a schema version this build opens; keeps the replaced
/// file aside under a timestamped name; says what was done. Issue 14 §5.
/// </summary>
public static class RestoreCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var source = new Argument<string>("BACKUP") { Description = "The backup file (from 'payoff backup')." };
        var command = new Command("restore", "Replace the database with a backup from 'payoff backup' (the server must be stopped; the replaced file is kept aside).") { source };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var database = context.FilePath(parse, "restore");
            var backup = parse.GetValue(source)!;
            if (Remote.ServerSocket.Answers(database, context.Environment, out _))
            {
                throw new CliException($"{database} is served by 'payoff serve'; restore does not replace a database in use. Stop the server (Ctrl+C flushes every event), then run this again.");
            }

            if (string.Equals(Remote.ServerSocket.RealPath(backup), Remote.ServerSocket.RealPath(database), StringComparison.Ordinal))
            {
                throw new CliException($"{backup} is the database itself; name a backup file.");
            }

            var version = CliComposition.Inspect(backup);
            string? aside = null;
            if (File.Exists(database))
            {
                // Opening it proves no other process holds it (the open fails and says which one does). A file
                // that cannot be opened at all (damaged) is what a restore is for: it is moved aside all the same.
                string? unreadable = null;
                try
                {
                    context.OpenStore(database).Dispose();
                }
                catch (StoreException ex)
                {
                    unreadable = ex.Message;
                }

                if (unreadable is not null)
                {
                    context.Console.MarkupLine(Display.Text($"{database} cannot be opened ({unreadable}); it is replaced and kept aside."));
                }

                aside = string.Create(CultureInfo.InvariantCulture, $"{database}.before-restore-{context.Time.GetUtcNow():yyyyMMdd-HHmmss}");
                File.Move(database, aside);
                if (File.Exists(database + ".wal"))
                {
                    File.Move(database + ".wal", aside + ".wal");
                }
            }

            File.Copy(backup, database + ".partial", overwrite: true);
            File.Move(database + ".partial", database);

            // Open it once: an older schema is upgraded now, and the file is proven to open.
            using (var store = context.OpenStore(database))
            {
                await using var session = await store.OpenSessionAsync(cancellationToken);
                await session.FlushAsync(cancellationToken);
            }

            context.Console.MarkupLine(Display.Text($"Restored {database} from {backup} (schema version {version.ToString(CultureInfo.InvariantCulture)})."));
            context.Console.MarkupLine(aside is null
                ? "There was no database file to replace."
                : Display.Text($"The replaced database was kept as {aside}; delete it once the restored data looks right."));
            return 0;
        });
        return command;
    }
}
