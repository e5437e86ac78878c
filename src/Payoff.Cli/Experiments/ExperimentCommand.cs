using System.CommandLine;
using Payoff.Application.Experiments;
using Payoff.Cli.Output;
using Payoff.Cli.Reports;
using Payoff.Core.Content;

namespace Payoff.Cli.Experiments;

/// <summary><c>payoff experiment add|list|show|stop</c>: content experiments through <see cref="ExperimentsHandler"/>.</summary>
public static class ExperimentCommand
{
    /// <summary>Builds <c>payoff experiment</c>.</summary>
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var experiment = new Command("experiment", "Content experiments: posts of a network assigned to variants by type, label, hashtag or utm_content, compared with a test, ending with a recorded result.");
        experiment.Add(Add(context));
        experiment.Add(List(context));
        experiment.Add(Show(context));
        experiment.Add(Stop(context));
        return experiment;
    }

    private static Command Add(CliContext context)
    {
        var network = new Option<string?>("--network") { Description = "The network whose posts it assigns.", Required = true };
        var name = new Option<string?>("--name") { Description = "What it is called (unique in the workspace).", Required = true };
        var variants = new Option<string?>("--variants") { Description = "Two to six variants separated by commas: types, labels, hashtags or utm_content values (e.g. video,image).", Required = true };
        var assign = new Option<string?>("--assign") { Description = "How posts are put in variants: type (default), label, hashtag or utm-content." };
        var metric = new Option<string?>("--metric") { Description = "What the variants are compared on: engagement-rate (default), visits-per-post or leads-per-post." };
        var from = new Option<string?>("--from") { Description = "First day of its window, yyyy-MM-dd (default: today)." };
        var until = new Option<string?>("--until") { Description = "Last day of its window, yyyy-MM-dd.", Required = true };
        var format = FormatOption.Create(allowCsv: false);
        var command = new Command("add", "Add an experiment and print its figures so far.") { network, name, variants, assign, metric, from, until, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var values = ReportOptions.Values(parse, network, name, variants, assign, metric, from, until);
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var request = ExperimentRequest.Parse(values, scope.Workspace, context.Time);
            var result = await scope.Handler<ExperimentsHandler>().AddAsync(scope.Workspace, request, cancellationToken);
            Write(context, result, parse.GetValue(format));
            return 0;
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        var format = FormatOption.Create();
        var command = new Command("list", "List the experiments with their status and outcome.") { format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var results = await scope.Handler<ExperimentsHandler>().ListAsync(scope.Workspace, cancellationToken);
            TableOutput.Write(context, parse.GetValue(format), () => ExperimentJson.List(scope.Workspace.Name, results), () => ExperimentTable.List(results), $"Experiments · {Display.Text(scope.Workspace.Name)}", "No experiments yet. Add one with [bold]payoff experiment add --network N --name TEXT --variants A,B --until DAY[/].");
            return 0;
        });
        return command;
    }

    private static Command Show(CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "The experiment's name (payoff experiment list)." };
        var format = FormatOption.Create();
        var command = new Command("show", "Show an experiment: each variant's posts, value and 95 % interval, the test, the power reached and how many more posts it needs.") { name, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var result = await scope.Handler<ExperimentsHandler>().ShowAsync(scope.Workspace, parse.GetValue(name)!, cancellationToken);
            Write(context, result, parse.GetValue(format));
            return 0;
        });
        return command;
    }

    private static Command Stop(CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "The experiment's name." };
        var format = FormatOption.Create(allowCsv: false);
        var command = new Command("stop", "Stop a running experiment; its result is recorded as stopped, with its figures of this moment.") { name, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var result = await scope.Handler<ExperimentsHandler>().StopAsync(scope.Workspace, parse.GetValue(name)!, cancellationToken);
            Write(context, result, parse.GetValue(format));
            return 0;
        });
        return command;
    }

    private static void Write(CliContext context, ExperimentResult result, OutputFormat format)
    {
        var plan = result.Experiment.Plan;
        TableOutput.Write(context, format, () => ExperimentJson.Build(result), () => ExperimentTable.Show(result), $"Experiment · {Display.Text(plan.Name)} · {Display.Text(plan.Network)} · {plan.From:yyyy-MM-dd} to {plan.Until:yyyy-MM-dd} · {ExperimentTable.Status(result.Status)}");
    }
}
