using System.CommandLine;
using Payoff.Application.Roi;
using Payoff.Cli.Output;
using Payoff.Core.Attribution;

namespace Payoff.Cli.Reports.Roi;

/// <summary><c>payoff report roi</c>: the options read by <see cref="RoiRequest.Parse"/>, built by <see cref="RoiHandler"/>.</summary>
public static class RoiCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var (from, to) = ReportOptions.Range();
        var by = new Option<string?>("--by") { Description = "Rows: network (default) or campaign." };
        by.AcceptOnlyFromAmong("network", "campaign");
        var network = new Option<string?>("--network") { Description = "Only this network." };
        var model = new Option<string?>("--model") { Description = $"The attribution model of contacts, customers and revenue: {string.Join(", ", AttributionModels.Names)} (default first-touch)." };
        model.AcceptOnlyFromAmong([.. AttributionModels.Names]);
        var format = FormatOption.Create();
        var command = new Command("roi", "Revenue, assigned value, ad spend, staff time and fees per network or campaign, with ROI, ROAS, cost per visit, CPL, CAC and value per visit.") { from, to, by, network, model, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var values = ReportOptions.Values(parse, from, to, by, network, model);
            var request = RoiRequest.Parse(values, scope.Workspace, context.Time);
            var result = await scope.Handler<RoiHandler>().HandleAsync(scope.Workspace, request, cancellationToken);
            RoiOutput.Write(context, result, parse.GetValue(format));
            return 0;
        });
        return command;
    }
}
