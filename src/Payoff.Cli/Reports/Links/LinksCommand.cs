using System.CommandLine;
using Payoff.Application.LinksReport;
using Payoff.Cli.Output;

namespace Payoff.Cli.Reports.Links;

/// <summary><c>payoff report links</c>: options → <see cref="LinksReportRequest"/> → <see cref="LinksReportHandler"/> → table, CSV or JSON.</summary>
public static class LinksCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (from, to) = ReportOptions.Range();
        var format = FormatOption.Create();
        var command = new Command("links", "Clicks, unique clicks, bot requests, sessions, contacts, customers and revenue per tracked link.") { from, to, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var values = ReportOptions.Values(parse, from, to);
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var request = LinksReportRequest.Parse(values, scope.Workspace, context.Time);
            var result = await scope.Handler<LinksReportHandler>().HandleAsync(scope.Workspace, request, cancellationToken);
            LinksOutput.Write(context, result, parse.GetValue(format));
            return 0;
        });
        return command;
    }
}
