using System.CommandLine;
using Payoff.Application.Goals;
using Payoff.Application.Json;
using Payoff.Cli.Goals;
using Payoff.Cli.Output;

namespace Payoff.Cli.Reports.GoalsReport;

/// <summary><c>payoff report goals</c>: every active goal tracked by <see cref="GoalsReportHandler"/>.</summary>
public static class GoalsReportCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var format = FormatOption.Create(allowCsv: false);
        var command = new Command("goals", "Each active goal's current value, progress, Holt forecast to the deadline with its 95 % interval, probability of reaching the target, and status.") { format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var report = await scope.Handler<GoalsReportHandler>().HandleAsync(scope.Workspace, cancellationToken);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                await context.Out.WriteLineAsync(ReportJson.Text(GoalsReportJson.Build(report)));
            }
            else
            {
                GoalOutput.WriteProgress(context.Console, report.Rows, report.Currency, $"Goals · {Display.Text(report.Workspace)} · as of {report.Today:yyyy-MM-dd}");
            }

            return 0;
        });
        return command;
    }
}
