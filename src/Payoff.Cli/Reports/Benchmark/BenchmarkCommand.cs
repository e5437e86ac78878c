using System.CommandLine;
using Payoff.Application.Benchmark;
using Payoff.Cli.Output;

namespace Payoff.Cli.Reports.Benchmark;

/// <summary><c>payoff report benchmark</c>: options → <see cref="BenchmarkRequest"/> → <see cref="BenchmarkHandler"/> → table, CSV or JSON.</summary>
public static class BenchmarkCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var months = new Option<int>("--months") { Description = "How many months, ending with this one (default 12).", DefaultValueFactory = _ => BenchmarkRequest.DefaultMonths };
        var network = new Option<string?>("--network") { Description = "Only this network (or channel)." };
        var to = new Option<string?>("--to") { Description = "A day in the last month shown, yyyy-MM-dd (default: today)." };
        var format = FormatOption.Create();
        var command = new Command("benchmark", "Each network's sessions, contacts, contact rate, customers and revenue month by month, with the change from the month before.") { months, network, to, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var values = ReportOptions.Values(parse, months, network, to);
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var request = BenchmarkRequest.Parse(values, scope.Workspace, context.Time);
            var result = await scope.Handler<BenchmarkHandler>().HandleAsync(scope.Workspace, request, cancellationToken);
            BenchmarkOutput.Write(context, result, parse.GetValue(format));
            return 0;
        });
        return command;
    }
}
