using System.CommandLine;
using Payoff.Application.Kpi;
using Payoff.Cli.Output;

namespace Payoff.Cli.Reports.Kpi;

/// <summary><c>payoff report kpi</c>: the options read by <see cref="KpiRequest.Parse"/>, built by <see cref="KpiHandler"/>.</summary>
public static class KpiCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var (from, to) = ReportCommand.RangeOptions();
        var program = new Option<string?>("--program") { Description = "awareness (reach-heavy), engagement (default) or direct-response (conversion-heavy)." };
        program.AcceptOnlyFromAmong("awareness", "engagement", "direct-response");
        var weights = new Option<string?>("--weights") { Description = "Custom weights of reach, exchange and monetization: 0.5,0.3,0.2." };
        var by = new Option<string?>("--by") { Description = "Rows: network (default) or campaign (monetization only: account data has no campaigns)." };
        by.AcceptOnlyFromAmong("network", "campaign");
        var format = FormatOption.Create(allowCsv: false);
        var command = new Command("kpi", "Program KPIs per network or campaign: reach, exchange and monetization, each against the workspace's last six months, weighted by program type.") { from, to, program, weights, by, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var run = await ReportRun.OpenAsync(context, parse, cancellationToken);
            var values = ReportRun.Values(("from", parse.GetValue(from)), ("to", parse.GetValue(to)), ("program", parse.GetValue(program)), ("weights", parse.GetValue(weights)), ("by", parse.GetValue(by)));
            var request = KpiRequest.Parse(values, run.Workspace, context.Time);
            var report = await run.Handler<KpiHandler>().HandleAsync(run.Session, run.Workspace, request, cancellationToken);
            KpiOutput.Write(context, report, parse.GetValue(format), run.Workspace.Name);
            return 0;
        });
        return command;
    }
}
