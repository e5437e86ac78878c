using Payoff.Application.CostsReport;
using Payoff.Application.Json;
using Payoff.Cli.Output;

namespace Payoff.Cli.Reports.Costs;

/// <summary>Prints the costs report: its one table (<see cref="CostsTable"/>: ad spend, then staff time and fees) in the terminal or as CSV, or its one JSON document (<see cref="CostsJson"/>).</summary>
public static class CostsOutput
{
    /// <summary>Writes <paramref name="result"/> in <paramref name="format"/>.</summary>
    public static void Write(CliContext context, CostsResult result, OutputFormat format)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(result);
        if (format == OutputFormat.Json)
        {
            context.Out.WriteLine(ReportJson.Text(CostsJson.Build(result)));
            return;
        }

        TableOutput.Write(
            context,
            CostsTable.Build(result),
            format,
            Display.Title("Costs", result.Workspace, result.Range),
            "No ad costs, staff time or fees in this period. Import ad costs with [bold]payoff import costs FILE[/] (date,network,campaign,amount,currency); log time with [bold]payoff time log|recur[/] and set a rate with [bold]payoff time rate[/].");
    }
}
