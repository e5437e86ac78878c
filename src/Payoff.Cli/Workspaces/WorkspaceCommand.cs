using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Payoff.Cli.Output;
using Payoff.Core.Money;
using Payoff.Core.Workspaces;
using Payoff.Import.Native;
using Payoff.Storage.DuckDb;
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
            using var db = context.Open(parse.GetValue(GlobalOptions.Database));
            var workspaces = await new DuckDbWorkspaceStore(db).ListAsync(cancellationToken);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                Json.Write(context.Out, new JsonArray([.. workspaces.Select(w => (JsonNode?)ToJson(w))]));
                return 0;
            }

            var table = new Table().Border(TableBorder.Rounded).AddColumns("Name", "Time zone", "Currency", "Session timeout");
            foreach (var w in workspaces)
            {
                table.AddRow(Display.Text(w.Name), Display.Text(w.TimeZone), w.Currency, $"{w.SessionTimeout.TotalMinutes:0} min");
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
            var workspaceName = parse.GetValue(name)!.Trim();
            if (workspaceName.Length is 0 or > 100)
            {
                throw new CliException("A workspace name must have 1 to 100 characters.");
            }

            // A name is printed in every report's heading: a control character would reach the terminal (issue 13, §3.7).
            if (workspaceName.Any(char.IsControl))
            {
                throw new CliException($"A workspace name may not hold control characters (got '{Display.Visible(workspaceName)}').");
            }

            using var db = context.Open(parse.GetValue(GlobalOptions.Database));
            var workspace = await new DuckDbWorkspaceStore(db).CreateAsync(workspaceName, Zone(parse.GetValue(zone)!), Currency(parse.GetValue(currency)!), cancellationToken);
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
        var command = new Command("set", "Change the selected workspace's time zone, currency or session timeout.") { zone, currency, timeout };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var db = context.Open(parse.GetValue(GlobalOptions.Database));
            var workspace = await context.WorkspaceAsync(db, parse.GetValue(GlobalOptions.Workspace), cancellationToken);
            var minutes = parse.GetValue(timeout);
            if (minutes is < 1 or > 240)
            {
                throw new CliException($"--session-timeout must be between 1 and 240 minutes (got {minutes}).");
            }

            var changed = workspace with
            {
                TimeZone = parse.GetValue(zone) is { } z ? Zone(z) : workspace.TimeZone,
                Currency = parse.GetValue(currency) is { } c ? Currency(c) : workspace.Currency,
                SessionTimeout = minutes is { } m ? TimeSpan.FromMinutes(m) : workspace.SessionTimeout,
            };
            await new DuckDbWorkspaceStore(db).UpdateAsync(changed, cancellationToken);
            if (changed.SessionTimeout != workspace.SessionTimeout || changed.Currency != workspace.Currency)
            {
                DuckDbMaintenance.Rederive(db, changed);
            }

            context.Console.MarkupLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Workspace [bold]{Display.Text(changed.Name)}[/]: {Display.Text(changed.TimeZone)}, {changed.Currency}, sessions end after {changed.SessionTimeout.TotalMinutes:0} minutes."));
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
    };

    private static string Zone(string id) =>
        WorkspaceCalendar.IsKnownZone(id.Trim()) ? id.Trim() : throw new CliException($"'{id}' is not a known IANA time zone (e.g. Europe/Warsaw, Asia/Jakarta, America/New_York).");

    /// <summary>A reporting currency: an ISO 4217 code in use (<see cref="CurrencyCodes"/>), never any three letters (issue 13, §3.7).</summary>
    private static string Currency(string code) =>
        !FieldParser.TryParseCurrency(code, out var currency, out var error) ? throw new CliException($"--currency: {error}")
        : CurrencyCodes.IsKnown(currency) ? currency
        : throw new CliException($"--currency: '{currency}' is not an ISO 4217 currency code in use (e.g. USD, EUR, GBP, JPY).");
}
