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
        var (from, to) = ReportOptions.Range();
        var program = new Option<string?>("--program") { Description = "awareness (reach-heavy), engagement (default), direct-response (conversion-heavy) or referral (one row per referral program: friends reached, invitations, friends' net revenue)." };
        program.AcceptOnlyFromAmong("awareness", "engagement", "direct-response", "referral");
        var weights = new Option<string?>("--weights") { Description = "Custom weights of reach, exchange and monetization: 0.5,0.3,0.2." };
        var by = new Option<string?>("--by") { Description = "Rows: network (default) or campaign (monetization only: account data has no campaigns)." };
        by.AcceptOnlyFromAmong("network", "campaign");
        var format = FormatOption.Create(allowCsv: false);
        var command = new Command("kpi", "Program KPIs per network or campaign: reach, exchange and monetization, each against the workspace's last six months, weighted by program type.") { from, to, program, weights, by, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var values = ReportOptions.Values(parse, from, to, program, weights, by);
            var request = KpiRequest.Parse(values, scope.Workspace, context.Time);
            var report = await scope.Handler<KpiHandler>().HandleAsync(scope.Workspace, request, cancellationToken);
            KpiOutput.Write(context, report, parse.GetValue(format), scope.Workspace.Name);
            return 0;
        });
        return command;
    }
}
