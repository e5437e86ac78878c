using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Payoff.Application.Requests;
using Payoff.Application.Workspaces;
using Payoff.Cli.Output;
using Payoff.Core.Workspaces;
using Spectre.Console;

namespace Payoff.Cli.Workspaces;

/// <summary><c>payoff workspace list|add|set</c>.</summary>
public static class WorkspaceCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var command = new Command("workspace", "List, create and configure workspaces (one per brand or client).");
        command.Add(List(context));
        command.Add(Add(context));
        command.Add(Set(context));
        return command;
    }

    private static Command List(CliContext context)
    {
        var format = FormatOption.Create(allowCsv: false);
        var command = new Command("list", "List the workspaces.") { format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var store = context.OpenStore(parse);
            IReadOnlyList<Workspace> workspaces;
            await using (var session = await store.OpenSessionAsync(cancellationToken))
            {
                workspaces = await session.Workspaces.ListAsync(cancellationToken);
            }

            if (parse.GetValue(format) == OutputFormat.Json)
            {
                Json.Write(context.Out, new JsonArray([.. workspaces.Select(w => (JsonNode?)ToJson(w))]));
                return 0;
            }

            var table = new Table().Border(TableBorder.Rounded).AddColumns("Name", "Time zone", "Currency", "Session timeout", "Locale");
            foreach (var w in workspaces)
            {
                table.AddRow(Display.Text(w.Name), Display.Text(w.TimeZone), w.Currency, $"{w.SessionTimeout.TotalMinutes:0} min", Display.Text(w.Locale));
            }

            context.Console.Write(table);
            return 0;
        });
        return command;
    }

    private static Command Add(CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "The new workspace's name." };
        var zone = new Option<string>("--time-zone") { Description = "IANA time zone, e.g. Europe/Warsaw (default UTC).", DefaultValueFactory = _ => "UTC" };
        var currency = new Option<string>("--currency") { Description = "ISO 4217 reporting currency (default USD).", DefaultValueFactory = _ => "USD" };
        var command = new Command("add", "Create a workspace.") { name, zone, currency };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var store = context.OpenStore(parse);
            await using var services = CliServices.Create(store, context.Time);
            var workspace = await services.GetRequiredService<CreateWorkspaceHandler>().HandleAsync(parse.GetValue(name)!, parse.GetValue(zone)!, parse.GetValue(currency)!, Options, cancellationToken);
            context.Console.MarkupLine($"Created workspace [bold]{Display.Text(workspace.Name)}[/] ({Display.Text(workspace.TimeZone)}, {workspace.Currency}).");
            return 0;
        });
        return command;
    }

    private static Command Set(CliContext context)
    {
        var zone = new Option<string?>("--time-zone") { Description = "IANA time zone, e.g. Asia/Jakarta." };
        var currency = new Option<string?>("--currency") { Description = "ISO 4217 reporting currency." };
        var timeout = new Option<int?>("--session-timeout") { Description = "Minutes without a hit that end a session (1–240; default 30). Sessions are rebuilt." };
        var locale = new Option<string?>("--locale") { Description = "How the dashboard shows numbers and dates, as a culture name, e.g. pl-PL (1 234,56) or en-GB; default en-US. Exports, JSON and the CLI stay invariant." };
        var handle = new Option<string?>("--handle") { Description = "The workspace's public handle (3 to 40 lower-case letters, digits or -): its link-in-bio page /b/HANDLE and programs' pages /p/HANDLE/PROGRAM." };
        var command = new Command("set", "Change the selected workspace's time zone, currency, session timeout, display locale or public handle.") { zone, currency, timeout, locale, handle };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var store = context.OpenStore(parse);
            await using var services = CliServices.Create(store, context.Time);
            await using var session = await store.OpenSessionAsync(cancellationToken);
            var workspace = await context.WorkspaceAsync(session, store, parse.GetValue(GlobalOptions.Workspace), cancellationToken);
            // The handle first: a taken or malformed handle changes nothing else.
            var publicHandle = parse.GetValue(handle) is { } h ? await Application.Advocacy.AdvocacyHandler.SetHandleAsync(session, workspace, h, Options, cancellationToken) : null;
            var changed = await services.GetRequiredService<WorkspaceSettingsHandler>().HandleAsync(
                session, workspace, parse.GetValue(zone), parse.GetValue(currency), parse.GetValue(timeout), parse.GetValue(locale), Options, cancellationToken);

            context.Console.MarkupLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Workspace [bold]{Display.Text(changed.Name)}[/]: {Display.Text(changed.TimeZone)}, {changed.Currency}, sessions end after {changed.SessionTimeout.TotalMinutes:0} minutes, the dashboard shows numbers as {Display.Text(changed.Locale)} ({1234.56m.ToString("N2", changed.Culture)})."));
            if (publicHandle is not null)
            {
                context.Console.MarkupLine($"Public handle [bold]{Display.Text(publicHandle)}[/]: the link-in-bio page is /b/{Display.Text(publicHandle)} and each program's page /p/{Display.Text(publicHandle)}/PROGRAM on the dashboard's address.");
            }

            return 0;
        });
        return command;
    }

    private static JsonObject ToJson(Workspace w) => new()
    {
        ["name"] = w.Name,
        ["timeZone"] = w.TimeZone,
        ["currency"] = w.Currency,
        ["sessionTimeoutMinutes"] = (int)w.SessionTimeout.TotalMinutes,
        ["locale"] = w.Locale,
    };

    // Options are named as on the command line in messages (--currency).
    private static RequestValues Options { get; } = RequestValues.Empty with { Prefix = "--" };
}
