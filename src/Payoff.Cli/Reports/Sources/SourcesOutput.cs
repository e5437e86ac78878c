using Payoff.Application.Json;
using Payoff.Application.Sources;
using Payoff.Cli.Output;
using Payoff.Core.Reporting.Sources;

namespace Payoff.Cli.Reports.Sources;

/// <summary>Prints the sources report: its one table (<see cref="SourcesTable"/>) in the terminal or as CSV, or its one JSON document (<see cref="SourcesJson"/>).</summary>
public static class SourcesOutput
{
    /// <summary>Prints <paramref name="report"/> in <paramref name="format"/>.</summary>
    public static void Write(CliContext context, SourcesReport report, OutputFormat format, string workspace)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        if (format == OutputFormat.Json)
        {
            context.Out.WriteLine(ReportJson.Text(SourcesJson.Build(report, workspace)));
            return;
        }

        var query = report.Query;
        var title = Display.Title("Sources", workspace, query.Range, $"by {query.Grouping.ToString().ToLowerInvariant()}", query.Network is null ? null : Display.Text(query.Network));
        TableOutput.Write(context, SourcesTable.Build(report), format, title, "No sessions, contacts or customers in this period. Import events with [bold]payoff import events FILE[/], or try another --from/--to.");
    }
}
