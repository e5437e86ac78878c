using System.CommandLine;
using System.Globalization;
using Payoff.Cli.Output;
using Payoff.Storage;
using Payoff.Storage.Transfer;
using Spectre.Console;

namespace Payoff.Cli.Stores;

/// <summary>
/// <c>payoff store copy SOURCE TARGET [-w NAME]</c>: copies a workspace between stores of either engine (issue 21 §8), with
/// every table's rows and sums and the derived totals checked at the end; a failed, stopped or mismatched copy is rolled back,
/// and one killed midway is taken away by the next attempt (<see cref="StoreCopy"/>).
/// </summary>
public static class StoreCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var command = new Command("store", "Work on whole stores: move a workspace between the embedded DuckDB file and ClickHouse.");
        command.Add(Copy(context));
        return command;
    }

    private static Command Copy(CliContext context)
    {
        var source = new Argument<string>("SOURCE") { Description = "The store to copy from: duckdb:PATH (or a path) or clickhouse://HOST:PORT/DATABASE[?cluster=NAME&nodes=…]. It is only read." };
        var target = new Argument<string>("TARGET") { Description = "The store to copy into (made when missing). It must not hold a workspace of that name." };
        var command = new Command(
            "copy",
            "Copy a workspace (-w, else PAYOFF_WORKSPACE, else 'default') from one store to another, whatever their engines: every import with its undo history, event, contact, post, cost, setting, goal, link, member and report set-up, with new ids in the target; the target derives sessions, people and rollups itself. At the end every table's row count and column sums and the derived totals are compared; a difference, an error or Ctrl+C rolls the target back. Credentials of ClickHouse come from PAYOFF_CLICKHOUSE_USER and PAYOFF_CLICKHOUSE_PASSWORD. Stop writes to the workspace (servers, collect) while it is copied.")
        {
            source,
            target,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(GlobalOptions.Store) is not null || parse.GetValue(GlobalOptions.Database) is not null)
            {
                throw new CliException("payoff store copy names its stores as SOURCE and TARGET: leave out --store and --db.");
            }

            var from = StoreAddress.Parse(parse.GetValue(source)!);
            var to = StoreAddress.Parse(parse.GetValue(target)!);
            if (from.ToString() == to.ToString())
            {
                throw new CliException($"SOURCE and TARGET are the same store ({from}): name another target.");
            }

            var name = context.WorkspaceName(parse.GetValue(GlobalOptions.Workspace));
            var started = System.Diagnostics.Stopwatch.StartNew();
            await using var reading = await from.OpenTablesAsync(context.Time, create: false, cancellationToken);
            await using var writing = await to.OpenTablesAsync(context.Time, create: true, cancellationToken);
            var progress = new Progress(context.Error);
            var result = await StoreCopy.RunAsync(reading, writing, name, progress, cancellationToken);
            if (result.RolledBack)
            {
                context.Console.MarkupLine($"An interrupted copy of [bold]{Display.Text(name)}[/] in {Display.Text(writing.Location)} was rolled back first.");
            }

            var table = new Table().AddColumn("table").AddColumn(new TableColumn("rows").RightAligned()).AddColumn(new TableColumn("sums checked").RightAligned());
            foreach (var copied in result.Tables.Where(t => t.Rows > 0))
            {
                table.AddRow(Display.Text(copied.Table), copied.Rows.ToString("N0", CultureInfo.InvariantCulture), copied.Sums.Count.ToString(CultureInfo.InvariantCulture));
            }

            context.Console.Write(table);
            context.Console.MarkupLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Copied workspace [bold]{Display.Text(name)}[/] from {Display.Text(reading.Location)} to {Display.Text(writing.Location)}: {result.Rows:N0} rows in {result.Tables.Count(t => t.Rows > 0)} tables, every count and sum equal; derived again: {string.Join(", ", result.Derived.Select(d => $"{d.Value:0.####} {d.Key}"))} (as in the source). {started.Elapsed.TotalSeconds:0.0} s."));
            context.Console.MarkupLine($"Use it with: [bold]payoff --store {Display.Text(writing.Location)} report sources -w {Display.Text(name)}[/]");
            return 0;
        });
        return command;
    }

    /// <summary>Progress lines on standard error, so standard output stays the result.</summary>
    private sealed class Progress(TextWriter error) : IProgress<string>
    {
        private readonly System.Diagnostics.Stopwatch clock = System.Diagnostics.Stopwatch.StartNew();

        public void Report(string value) => error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{clock.Elapsed.TotalSeconds,6:0.0} s  {value} …"));
    }
}
