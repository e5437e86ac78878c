using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Payoff.Cli.Output;
using Payoff.Core.Goals;
using Payoff.Core.Workspaces;
using Payoff.Application.Goals;
using Payoff.Application.Requests;
using Spectre.Console;

namespace Payoff.Cli.Goals;

/// <summary><c>payoff goal add|list|show|edit|archive</c> and <c>payoff metrics</c>.</summary>
public static class GoalCommand
{
    /// <summary>Builds <c>payoff goal</c>.</summary>
    public static Command Create(CliContext context)
    {
        var goal = new Command("goal", "SMART goals: a metric in a scope, from a baseline to a target by a deadline, checked against the data.");
        goal.Add(Add(context));
        goal.Add(List(context));
        goal.Add(Show(context));
        goal.Add(Edit(context));
        goal.Add(Archive(context));
        return goal;
    }

    /// <summary>Builds <c>payoff metrics</c>: the metrics a goal can name.</summary>
    public static Command Metrics(CliContext context)
    {
        var format = FormatOption.Create(allowCsv: false);
        var command = new Command("metrics", "List the metrics goals can name, with how each is computed.") { format };
        command.SetAction(parse =>
        {
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                Json.Write(context.Out, new JsonArray([.. GoalMetrics.All.Select(m => (JsonNode?)new JsonObject
                {
                    ["name"] = m.Name, ["kind"] = m.Kind.ToString().ToLowerInvariant(), ["higherIsBetter"] = m.HigherIsBetter, ["description"] = m.Description,
                })]));
                return 0;
            }

            var table = new Table().Border(TableBorder.Rounded);
            table.AddColumns("Metric", "Kind", "Better", "How it is computed");
            foreach (var m in GoalMetrics.All)
            {
                table.AddRow(m.Name, m.Kind.ToString().ToLowerInvariant(), m.HigherIsBetter ? "higher" : "lower", Display.Text(m.Description));
            }

            context.Console.Write(table);
            return 0;
        });
        return command;
    }

    private sealed record GoalOptions(
        Option<string?> Name, Option<string?> Metric, Option<string?> Network, Option<string?> Campaign, Option<string?> Label,
        Option<decimal?> Target, Option<decimal?> TargetPercent, Option<decimal?> Baseline, Option<string?> Start, Option<string?> Deadline, Option<decimal?> Budget);

    private static GoalOptions Options(bool required) => new(
        new Option<string?>("--name") { Description = "What the goal is called.", Required = required },
        new Option<string?>("--metric") { Description = "The metric (payoff metrics lists them): followers, sessions, contacts, contact-rate, cost-per-lead…", Required = required },
        new Option<string?>("--network") { Description = "Only this network (Facebook, LinkedIn…)." },
        new Option<string?>("--campaign") { Description = "Only this campaign." },
        new Option<string?>("--label") { Description = "Only this account or audience label of the daily account data (a city's page)." },
        new Option<decimal?>("--target") { Description = "The target value: a count, an amount, a rate as a fraction (0.03 for 3 %), or for response-time the mean first-response time in minutes (payoff metrics lists each metric's unit)." },
        new Option<decimal?>("--target-percent") { Description = "The target as a percent change on the baseline: 20 for +20 %." },
        new Option<decimal?>("--baseline") { Description = "The baseline (default: read from the data at the start)." },
        new Option<string?>("--start") { Description = "First day, yyyy-MM-dd (default: today)." },
        new Option<string?>("--deadline") { Description = "Last day, yyyy-MM-dd.", Required = required },
        new Option<decimal?>("--budget") { Description = "Money available to reach it, in the workspace currency." });

    private static Command Add(CliContext context)
    {
        var o = Options(required: true);
        var format = FormatOption.Create(allowCsv: false);
        var command = new Command("add", "Add a goal and print its SMART check with the numbers.") { o.Name, o.Metric, o.Network, o.Campaign, o.Label, o.Target, o.TargetPercent, o.Baseline, o.Start, o.Deadline, o.Budget, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var values = Values(parse, o);
            var added = await scope.Handler<AddGoalHandler>().HandleAsync(scope.Workspace, GoalInput.Parse(values), values, cancellationToken);
            Write(context, parse.GetValue(format), added, scope.Workspace.Currency);
            return 0;
        });
        return command;
    }

    private static Command Edit(CliContext context)
    {
        var id = new Argument<long>("ID") { Description = "The goal's number (payoff goal list)." };
        var o = Options(required: false);
        var format = FormatOption.Create(allowCsv: false);
        var command = new Command("edit", "Change a goal's name, metric, scope, target, baseline, dates or budget, and check it again.") { id, o.Name, o.Metric, o.Network, o.Campaign, o.Label, o.Target, o.TargetPercent, o.Baseline, o.Start, o.Deadline, o.Budget, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var values = Values(parse, o);
            var edited = await scope.Handler<EditGoalHandler>().HandleAsync(scope.Workspace, parse.GetValue(id), GoalInput.Parse(values), values, cancellationToken)
                ?? throw NoGoal(scope.Workspace, parse.GetValue(id));
            Write(context, parse.GetValue(format), edited, scope.Workspace.Currency);
            return 0;
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        var archived = new Option<bool>("--archived") { Description = "Include archived goals." };
        var format = FormatOption.Create(allowCsv: false);
        var command = new Command("list", "List the goals.") { archived, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var goals = await scope.Handler<GoalsHandler>().ListAsync(scope.Workspace, parse.GetValue(archived), cancellationToken);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                Json.Write(context.Out, new JsonArray([.. goals.Select(g => (JsonNode?)new JsonObject
                {
                    ["id"] = g.Id, ["name"] = g.Name, ["metric"] = g.Metric.Name, ["network"] = g.Scope.Network, ["campaign"] = g.Scope.Campaign, ["label"] = g.Scope.Label,
                    ["target"] = Json.Exact(g.Target), ["targetPercent"] = Json.Exact(g.TargetPercent), ["baseline"] = Json.Exact(g.Baseline),
                    ["start"] = g.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["deadline"] = g.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    ["budget"] = Json.Money(g.Budget), ["archived"] = g.ArchivedAt is not null,
                })]));
                return 0;
            }

            if (goals.Count == 0)
            {
                context.Console.MarkupLine("No goals yet. Add one with [bold]payoff goal add --name … --metric … --deadline …[/].");
                return 0;
            }

            var table = new Table().Border(TableBorder.Rounded);
            table.AddColumns("#", "Goal", "Metric", "Scope", "Target", "Start", "Deadline", "Archived");
            foreach (var g in goals)
            {
                table.AddRow(
                    g.Id.ToString(CultureInfo.InvariantCulture), Display.Text(g.Name), g.Metric.Name, Display.Text(g.Scope.ToString()),
                    g.Target is { } t ? t.ToString("#,0.####", CultureInfo.InvariantCulture) : $"{g.TargetPercent:+0.##;-0.##;0} %",
                    g.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), g.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    g.ArchivedAt is { } a ? a.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty);
            }

            context.Console.Write(table);
            return 0;
        });
        return command;
    }

    private static Command Show(CliContext context)
    {
        var id = new Argument<long>("ID") { Description = "The goal's number (payoff goal list)." };
        var format = FormatOption.Create(allowCsv: false);
        var command = new Command("show", "Show a goal: its SMART check, its progress and forecast, and its months against the plan.") { id, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var workspace = scope.Workspace;
            var (shown, progress) = await scope.Handler<GoalsHandler>().ShowAsync(workspace, parse.GetValue(id), cancellationToken) ?? throw NoGoal(workspace, parse.GetValue(id));
            var (goal, check) = shown;
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                var json = GoalOutput.CheckJson(goal, check);
                json["progress"] = GoalOutput.ProgressJson(progress);
                Json.Write(context.Out, json);
                return 0;
            }

            GoalOutput.WriteCheck(context.Console, goal, check, workspace.Currency);
            GoalOutput.WriteProgress(context.Console, [progress], workspace.Currency);
            GoalOutput.WriteMonths(context.Console, progress, workspace.Currency);
            return 0;
        });
        return command;
    }

    private static Command Archive(CliContext context)
    {
        var id = new Argument<long>("ID") { Description = "The goal's number (payoff goal list)." };
        var command = new Command("archive", "Archive a goal: it leaves the goals report; payoff goal list --archived still shows it.") { id };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            if (!await scope.Handler<ArchiveGoalHandler>().HandleAsync(scope.Workspace, parse.GetValue(id), cancellationToken))
            {
                throw new CliException($"Workspace {scope.Workspace.Name} has no active goal #{parse.GetValue(id)}; 'payoff goal list' shows them.");
            }

            context.Console.MarkupLine($"Goal #{parse.GetValue(id)} archived.");
            return 0;
        });
        return command;
    }

    private static CliException NoGoal(Workspace workspace, long id) =>
        new($"Workspace {workspace.Name} has no goal #{id}; 'payoff goal list' shows them.");

    private static void Write(CliContext context, OutputFormat format, CheckedGoal goal, string currency)
    {
        if (format == OutputFormat.Json)
        {
            Json.Write(context.Out, GoalOutput.CheckJson(goal.Goal, goal.Check));
        }
        else
        {
            GoalOutput.WriteCheck(context.Console, goal.Goal, goal.Check, currency);
        }
    }

    /// <summary>The goal options as request fields (<see cref="GoalInput"/> reads them).</summary>
    private static RequestValues Values(ParseResult parse, GoalOptions o) =>
        Reports.ReportOptions.Values(parse, o.Name, o.Metric, o.Network, o.Campaign, o.Label, o.Target, o.TargetPercent, o.Baseline, o.Start, o.Deadline, o.Budget);
}
