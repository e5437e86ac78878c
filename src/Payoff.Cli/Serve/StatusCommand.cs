using System.CommandLine;
using System.Text.Json.Nodes;
using Payoff.Cli.Output;
using Spectre.Console;

namespace Payoff.Cli.Serve;

/// <summary><c>payoff status</c>: what live collection stored, and what it kept out by reason.</summary>
public static class StatusCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var format = FormatOption.Create(allowCsv: false);
        var command = new Command("status", "Events, sessions, sites and links of the workspace, and hits dropped from human counts by reason.") { format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var store = context.OpenStore(parse);
            Core.Workspaces.Workspace workspace;
            Core.Collect.CollectStatus status;
            await using (var session = await store.OpenSessionAsync(cancellationToken))
            {
                workspace = await context.WorkspaceAsync(session, store, parse.GetValue(GlobalOptions.Workspace), cancellationToken);
                status = await session.Status.ReadAsync(workspace, cancellationToken);
            }

            if (parse.GetValue(format) == OutputFormat.Json)
            {
                var dropped = new JsonObject();
                foreach (var (reason, count) in status.DroppedByReason)
                {
                    dropped[reason] = count;
                }

                Json.Write(context.Out, new JsonObject
                {
                    ["workspace"] = workspace.Name,
                    ["events"] = status.Events,
                    ["sessions"] = status.Sessions,
                    ["sites"] = status.Sites,
                    ["links"] = status.Links,
                    ["lastEventAt"] = status.LastEventAt?.ToString("O"),
                    ["droppedByReason"] = dropped,
                });
                return 0;
            }

            context.Console.MarkupLine($"Workspace [bold]{Display.Text(workspace.Name)}[/]: {Display.Count(status.Events)} events, {Display.Count(status.Sessions)} sessions, {status.Sites} sites, {status.Links} links; last event {(status.LastEventAt is { } at ? at.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", System.Globalization.CultureInfo.InvariantCulture) : "never")}.");
            var table = new Table().Border(TableBorder.Rounded).Title("Dropped from human counts").AddColumns("Reason", "Hits");
            foreach (var (reason, count) in status.DroppedByReason)
            {
                table.AddRow(reason, Display.Count(count));
            }

            context.Console.Write(table);
            return 0;
        });
        return command;
    }
}
