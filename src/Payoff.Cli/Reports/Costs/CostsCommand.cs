using System.CommandLine;
using Payoff.Application.CostsReport;
using Payoff.Cli.Output;

namespace Payoff.Cli.Reports.Costs;

/// <summary><c>payoff report costs</c>: options → <see cref="CostsRequest"/> → <see cref="CostsHandler"/> → table, CSV or JSON.</summary>
public static class CostsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (from, to) = ReportOptions.Range();
        var by = new Option<string?>("--by") { Description = "Rows: network (default), campaign or month." };
        var format = FormatOption.Create();
        var command = new Command("costs", "Imported ad spend per network, campaign or month, in each original currency, with reported impressions and clicks; and what staff time and fees cost each network.") { from, to, by, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var values = ReportOptions.Values(parse, from, to, by);
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var request = CostsRequest.Parse(values, scope.Workspace, context.Time);
            var result = await scope.Handler<CostsHandler>().HandleAsync(scope.Workspace, request, cancellationToken);
            CostsOutput.Write(context, result, parse.GetValue(format));
            return 0;
        });
        return command;
    }
}
