using Payoff.Application.Json;
using Payoff.Application.LinksReport;
using Payoff.Cli.Output;

namespace Payoff.Cli.Reports.Links;

/// <summary>Prints the links report: its one table (<see cref="LinksReportTable"/>, the links page's table and export) in the terminal or as CSV, or its one JSON document (<see cref="LinksReportJson"/>).</summary>
public static class LinksOutput
{
    /// <summary>Writes <paramref name="result"/> in <paramref name="format"/>.</summary>
    public static void Write(CliContext context, LinksReportResult result, OutputFormat format)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(result);
        if (format == OutputFormat.Json)
        {
            context.Out.WriteLine(ReportJson.Text(LinksReportJson.Build(result)));
            return;
        }

        TableOutput.Write(context, LinksReportTable.Build(result), format, Display.Title("Links", result.Workspace, result.Range), "No tracked links yet. Create one with [bold]payoff link create[/].");
    }
}
