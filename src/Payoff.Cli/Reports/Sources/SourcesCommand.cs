using System.CommandLine;
using Payoff.Application.Sources;
using Payoff.Cli.Output;

namespace Payoff.Cli.Reports.Sources;

/// <summary><c>payoff report sources</c>: options → <see cref="SourcesRequest"/> → <see cref="SourcesHandler"/> → table, CSV or JSON.</summary>
public static class SourcesCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (from, to) = ReportOptions.Range();
        var by = new Option<string?>("--by") { Description = "Rows: channel, network (default), campaign or content." };
        var network = new Option<string?>("--network") { Description = "Only this network (or channel, e.g. 'Organic Search')." };
        var compare = new Option<string?>("--compare") { Description = "Compare with previous-period or previous-year." };
        var format = FormatOption.Create();
        var command = new Command("sources", "Sessions, new contacts, new customers, conversion rates and revenue per source.") { from, to, by, network, compare, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var values = ReportOptions.Values(parse, from, to, by, network, compare);
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var request = SourcesRequest.Parse(values, scope.Workspace, context.Time);
            var report = await scope.Handler<SourcesHandler>().HandleAsync(scope.Workspace, request, cancellationToken);
            Timings.Mark("report read");
            SourcesOutput.Write(context, report, parse.GetValue(format), scope.Workspace.Name);
            Timings.Mark("report written");
            return 0;
        });
        return command;
    }
}
