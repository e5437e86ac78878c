using Payoff.Application.Json;
using Payoff.Application.Social;
using Payoff.Cli.Output;

namespace Payoff.Cli.Reports.Social;

/// <summary>Prints the social report: its one table (<see cref="SocialTable"/>) in the terminal or as CSV, or its one JSON document (<see cref="SocialJson"/>; metrics a platform does not report stay null).</summary>
public static class SocialOutput
{
    /// <summary>Writes <paramref name="result"/> in <paramref name="format"/>.</summary>
    public static void Write(CliContext context, SocialResult result, OutputFormat format)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(result);
        if (format == OutputFormat.Json)
        {
            context.Out.WriteLine(ReportJson.Text(SocialJson.Build(result)));
            return;
        }

        TableOutput.Write(
            context,
            SocialTable.Build(result),
            format,
            Display.Title("Social", result.Workspace, result.Range),
            "No social data in this period. Import platform exports with [bold]payoff import auto FILE…[/] or daily metrics with [bold]payoff import metrics[/].");
    }
}
