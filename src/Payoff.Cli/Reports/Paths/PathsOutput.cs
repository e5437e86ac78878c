using Payoff.Application.Json;
using Payoff.Application.Paths;
using Payoff.Cli.Output;
using Spectre.Console;

namespace Payoff.Cli.Reports.Paths;

/// <summary>Writes the path insights: their tables (<see cref="PathsTable"/>) or their JSON document (<see cref="PathsJson"/>).</summary>
public static class PathsOutput
{
    /// <summary>Writes <paramref name="report"/>: its JSON document, or a title naming the period (or imported paths) and its tables, keys named by <paramref name="by"/>.</summary>
    public static void Write(CliContext context, PathsReport report, OutputFormat format, string workspace, string by, string currency)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        if (format == OutputFormat.Json)
        {
            context.Out.WriteLine(ReportJson.Text(PathsJson.Build(report, workspace)));
            return;
        }

        var console = context.Console;
        console.MarkupLine(report.Range is { } range ? $"[bold]{Display.Title("Converting paths", workspace, range)}[/]" : $"[bold]Converting paths · {Display.Text(workspace)} · imported paths, no dates[/]");
        var tables = PathsTable.Build(report.Insights, by, currency);
        foreach (var table in new[] { tables[0], PathsTable.Distributions(report.Insights), tables[1] })
        {
            TableOutput.WriteTable(console, table, table.Title);
        }

        foreach (var note in report.Notes)
        {
            console.MarkupLine($"[grey]{Display.Text(note)}[/]");
        }
    }
}
