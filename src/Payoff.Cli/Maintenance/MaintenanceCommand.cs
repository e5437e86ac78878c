using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Payoff.Application.Maintenance;
using Payoff.Cli.Output;
using Payoff.Core.Workspaces;
using Spectre.Console;

namespace Payoff.Cli.Maintenance;

/// <summary><c>payoff maintenance rebuild-rollups</c>: rebuilds the daily rollups reports read (issue 16).</summary>
public static class MaintenanceCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var command = new Command("maintenance", "Repair work on the database's derived data.");
        command.Add(RebuildRollups(context));
        return command;
    }

    private static Command RebuildRollups(CliContext context)
    {
        var all = new Option<bool>("--all-workspaces") { Description = "Rebuild every workspace's rollups, not only the selected one's." };
        var command = new Command(
            "rebuild-rollups",
            "Rebuild the daily rollups (per local day, source and measure) that reports read, from the stored sessions, people, revenue, conversions and costs. Every import, collect batch, undo and time-zone change keeps them current; this repairs a file whose rollups are suspected wrong. Reports give the same figures before and after.")
        {
            all,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(all) && parse.GetValue(GlobalOptions.Workspace) is { } named)
            {
                throw new CliException($"--all-workspaces rebuilds every workspace; leave out -w {named}, or leave out --all-workspaces to rebuild only {named}.");
            }

            using var store = context.OpenStore(parse);
            await using var services = CliServices.Create(store, context.Time);
            IReadOnlyList<Workspace> workspaces;
            await using (var session = await store.OpenSessionAsync(cancellationToken))
            {
                workspaces = parse.GetValue(all)
                    ? await session.Workspaces.ListAsync(cancellationToken)
                    : [await context.WorkspaceAsync(session, store, parse.GetValue(GlobalOptions.Workspace), cancellationToken)];
            }

            foreach (var (workspace, elapsed) in await services.GetRequiredService<RebuildRollupsHandler>().HandleAsync(workspaces, cancellationToken))
            {
                context.Console.MarkupLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Rebuilt the daily rollups of workspace [bold]{Display.Text(workspace.Name)}[/] ({Display.Text(workspace.TimeZone)} days) in {elapsed.TotalSeconds:0.0} s."));
            }

            return 0;
        });
        return command;
    }
}
