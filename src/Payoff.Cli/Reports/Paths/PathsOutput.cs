using Payoff.Application.Json;
using Payoff.Application.Paths;
using Payoff.Cli.Output;
using Spectre.Console;

namespace Payoff.Cli.Reports.Paths;

/// <summary>Writes the path insights.</summary>
public static class PathsOutput
{
    /// <summary>Writes <paramref name="report"/>: its JSON document, or its tables with a title naming the period (or imported paths).</summary>
    public static void Write(CliContext context, PathsReport report, OutputFormat format, string workspace, string currency)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        if (format == OutputFormat.Json)
        {
            context.Out.WriteLine(ReportJson.Text(PathsJson.Build(report, workspace)));
            return;
        }

        var insights = report.Insights;
        var title = report.Range is { } range ? Display.Title("Converting paths", workspace, range) : null;
        var console = context.Console;
        console.MarkupLine(title is null ? $"[bold]Converting paths · {Display.Text(workspace)} · imported paths, no dates[/]" : $"[bold]{title}[/]");
        var paths = new Table().Border(TableBorder.Rounded).Title("Most common converting paths").AddColumns("Path", "Journeys", "Conversions", "Conversion rate", "Value");
        foreach (var p in insights.Paths)
        {
            paths.AddRow(Display.Text(p.Path), Display.Count(p.Journeys), Display.Count(p.Conversions), Display.Percent((decimal)p.ConversionRate), Display.Money(p.Value, currency));
        }

        console.Write(paths);
        var distributions = new Table().Border(TableBorder.Simple).AddColumns("Touches", "Conversions", "Days from first touch", "Conversions ");
        for (var i = 0; i < Math.Max(insights.Lengths.Count, insights.TimeToConversion.Count); i++)
        {
            distributions.AddRow(
                i < insights.Lengths.Count ? insights.Lengths[i].Bucket : string.Empty,
                i < insights.Lengths.Count ? Display.Count(insights.Lengths[i].Conversions) : string.Empty,
                i < insights.TimeToConversion.Count ? insights.TimeToConversion[i].Bucket : string.Empty,
                i < insights.TimeToConversion.Count ? Display.Count(insights.TimeToConversion[i].Conversions) : string.Empty);
        }

        console.Write(distributions);
        var roles = new Table().Border(TableBorder.Rounded).Title("Who opens, assists and closes").AddColumns("Channel", "Opens", "Assists", "Closes", "Closes of its conversions", "Role");
        foreach (var r in insights.Roles)
        {
            roles.AddRow(Display.Text(r.Key), Display.Count(r.Opens), Display.Count(r.Assists), Display.Count(r.Closes), Display.Percent((decimal)r.CloseShare), r.Role);
        }

        console.Write(roles);
        console.MarkupLine("[grey]Opens: first touch; assists: in the journey but not last; closes: last touch — each counted once per conversion.[/]");
        foreach (var note in report.Notes)
        {
            console.MarkupLine($"[grey]{Display.Text(note)}[/]");
        }
    }
}
