using System.CommandLine;
using Payoff.Application.Verdict;
using Payoff.Cli.Output;

namespace Payoff.Cli.Reports.Verdict;

/// <summary><c>payoff report verdict</c>: the options read by <see cref="VerdictRequest.Parse"/> (as the API's query is), built by <see cref="VerdictHandler"/>.</summary>
public static class VerdictCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var months = new Option<int?>("--months") { Description = "How many whole months, ending with last month (default 3)." };
        var to = new Option<string?>("--to") { Description = "The last month, yyyy-MM (default: last month)." };
        var format = FormatOption.Create(allowCsv: false);
        var command = new Command("verdict", "Per network: its role, trend, goals, ROI with staff time, and scale, keep, optimize, reduce time or cut — with the reasons and numbers, and what to try first.") { months, to, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var values = ReportOptions.Values(parse, months, to);
            var request = VerdictRequest.Parse(values, scope.Workspace, context.Time);
            var report = await scope.Handler<VerdictHandler>().HandleAsync(scope.Workspace, request, cancellationToken);
            VerdictOutput.Write(context, report, parse.GetValue(format), scope.Workspace.Name);
            return 0;
        });
        return command;
    }
}
