using System.CommandLine;
using System.Globalization;
using Payoff.Application.Publishing;
using Payoff.Application.Tables;
using Payoff.Cli.Output;
using Payoff.Cli.Reports;
using Payoff.Core.Publishing;
using Payoff.Publishing.Schedules;
using Spectre.Console;
using TableRow = Payoff.Application.Tables.TableRow;

namespace Payoff.Cli.Publishing;

/// <summary><c>payoff schedule add|list|run|pause|resume|remove</c>: reports e-mailed by themselves (the server sends them).</summary>
public static class ScheduleCommand
{
    /// <summary>Builds <c>payoff schedule</c>.</summary>
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var schedule = new Command("schedule", "Scheduled reports: a template's PDF e-mailed every week or month by the running server (payoff serve), once per period.");
        schedule.Add(Add(context));
        schedule.Add(List(context));
        schedule.Add(Run(context));
        schedule.Add(Change(context, "pause", "Pause a schedule: nothing is sent until it is resumed.", enabled: false, remove: false));
        schedule.Add(Change(context, "resume", "Resume a paused schedule.", enabled: true, remove: false));
        schedule.Add(Change(context, "remove", "Remove a schedule and its history of sends (sent files stay in the archive).", enabled: false, remove: true));
        return schedule;
    }

    private static Command Add(CliContext context)
    {
        var name = new Option<string?>("--name") { Description = "Its name (letters, digits, '-', '_').", Required = true };
        var template = new Option<string?>("--template") { Description = "The template to send (payoff template list).", Required = true };
        var every = new Option<string?>("--every") { Description = "week or month.", Required = true };
        var day = new Option<string?>("--day") { Description = "For a week 1 (Monday) to 7 (Sunday); for a month 1 to 31, 31 meaning the month's last day (default 1)." };
        var time = new Option<string?>("--time") { Description = "Local time of day in the workspace's time zone, HH:mm (default 08:00)." };
        var email = new Option<string?>("--email") { Description = "Recipients, separated by commas.", Required = true };
        var attach = new Option<string?>("--attach") { Description = "Also attach the tables: csv, xlsx or csv,xlsx." };
        var command = new Command("add", "Add a scheduled report.") { name, template, every, day, time, email, attach };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var values = ReportOptions.Values(parse, name, template, every, day, time, email, attach);
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var added = await scope.Handler<SchedulesHandler>().AddAsync(scope.Workspace, values, cancellationToken);
            var next = ScheduleRunner.NextRun(scope.Workspace, added, context.Time.GetUtcNow());
            context.Console.MarkupLine($"Added schedule [bold]{Display.Text(added.Spec.Name)}[/]: {Display.Text(added.Spec.Template)} {Display.Text(added.Spec.Timing.ToString())} ({Display.Text(scope.Workspace.TimeZone)}) to {Display.Text(string.Join(", ", added.Spec.Recipients))}.");
            context.Console.MarkupLine($"First send: {Display.Text(Local(scope.Workspace, next))}, by the running server (payoff serve); payoff schedule run {Display.Text(added.Spec.Name)} sends one now.");
            return 0;
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        var format = FormatOption.Create();
        var command = new Command("list", "List the schedules with their next run and last result.") { format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var all = await scope.Handler<SchedulesHandler>().ListAsync(scope.Workspace, cancellationToken);
            var now = context.Time.GetUtcNow();
            TableOutput.Write(
                context,
                parse.GetValue(format),
                () => new System.Text.Json.Nodes.JsonObject
                {
                    ["workspace"] = scope.Workspace.Name,
                    ["schedules"] = new System.Text.Json.Nodes.JsonArray([.. all.Select(s => (System.Text.Json.Nodes.JsonNode)PublishingJson.Schedule(s, s.Enabled ? ScheduleRunner.NextRun(scope.Workspace, s, now) : null))]),
                },
                () => new ReportTable(
                    "schedules",
                    "Schedules",
                    [new("Name"), new("Template"), new("When"), new("To"), new("Next run"), new("Last period"), new("Last result")],
                    [.. all.Select(s => new TableRow([s.Spec.Name, s.Spec.Template, s.Spec.Timing.ToString(), string.Join(", ", s.Spec.Recipients), s.Enabled ? Local(scope.Workspace, ScheduleRunner.NextRun(scope.Workspace, s, now)) : "paused", s.LastRun?.PeriodKey, PublishingJson.Outcome(s.LastRun)]))]),
                $"Schedules · {Display.Text(scope.Workspace.Name)} ({Display.Text(scope.Workspace.TimeZone)})",
                "No schedules yet. Add one with [bold]payoff schedule add --name weekly --template weekly-summary --every week --email you@example.com[/].");
            return 0;
        });
        return command;
    }

    private static Command Run(CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "The schedule's name." };
        var command = new Command("run", "Send a schedule's report now (its template's period as of today), through PAYOFF_SMTP_URL.") { name };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var run = await scope.Handler<ScheduleRunner>().RunNowAsync(scope.Workspace, parse.GetValue(name)!, cancellationToken);
            if (run.Status != ScheduleRunStatus.Sent)
            {
                throw new CliException($"Not sent: {run.Result}");
            }

            context.Console.MarkupLine($"Sent. The server answered: {Display.Text(run.Result ?? string.Empty)}");
            return 0;
        });
        return command;
    }

    private static Command Change(CliContext context, string verb, string description, bool enabled, bool remove)
    {
        var name = new Argument<string>("NAME") { Description = "The schedule's name." };
        var command = new Command(verb, description) { name };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var changed = await scope.Handler<SchedulesHandler>().ChangeAsync(scope.Workspace, parse.GetValue(name)!, enabled, remove, cancellationToken);
            context.Console.MarkupLine($"Schedule [bold]{Display.Text(changed.Spec.Name)}[/] {(remove ? "removed" : enabled ? "resumed" : "paused")}.");
            return 0;
        });
        return command;
    }

    private static string Local(Core.Workspaces.Workspace workspace, DateTimeOffset at) =>
        workspace.Calendar.LocalTime(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
