using System.CommandLine;
using Payoff.Application.Json;
using Payoff.Application.Overview;
using Payoff.Application.Verdict;
using Payoff.Cli.Output;
using Spectre.Console;

namespace Payoff.Cli.Reports.Actions;

/// <summary>
/// <c>payoff report actions</c>: "What to do now", the overview's first lines (<see cref="NextActions"/>), over the
/// verdict's months (the options read by <see cref="VerdictRequest.Parse"/>, as <c>payoff report verdict</c>'s).
/// </summary>
public static class ActionsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var months = new Option<int?>("--months") { Description = "How many whole months the verdict judges, ending with last month (default 3)." };
        var to = new Option<string?>("--to") { Description = "The verdict's last month, yyyy-MM (default: last month)." };
        var format = FormatOption.Create(allowCsv: false);
        var command = new Command("actions", "What to do now: networks to cut or spend less time on, goals off track or at risk, networks to scale — ranked, each with its number (the overview's first lines).") { months, to, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var request = VerdictRequest.Parse(ReportOptions.Values(parse, months, to), scope.Workspace, context.Time);
            var report = await scope.Handler<NextActionsHandler>().HandleAsync(scope.Workspace, request, cancellationToken);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                context.Out.WriteLine(ReportJson.Text(NextActionsJson.Build(report, scope.Workspace.Name)));
                return 0;
            }

            var console = context.Console;
            console.MarkupLine($"[bold]What to do now[/] (verdict of {Display.Text(report.Period.Heading)}; goals as of {report.Today:yyyy-MM-dd}).");
            if (report.Actions.Count == 0)
            {
                console.MarkupLine("Nothing urgent: no network to cut, reduce or scale, and no goal off track or at risk. payoff report verdict has the detail.");
            }

            for (var i = 0; i < report.Actions.Count; i++)
            {
                console.MarkupLine($"{i + 1}. {Display.Text(report.Actions[i].Sentence)}");
            }

            return 0;
        });
        return command;
    }
}
