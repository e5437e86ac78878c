using Payoff.Application.Attribution;
using Payoff.Application.Json;
using Payoff.Cli.Output;
using Payoff.Core.Attribution;

namespace Payoff.Cli.Reports.Attribution;

/// <summary>Writes the attribution report: its one table (<see cref="AttributionTable"/>) in the terminal or as CSV, or its JSON document (<see cref="AttributionJson"/>).</summary>
public static class AttributionOutput
{
    /// <summary>Writes <paramref name="report"/>, its keys named by <paramref name="by"/>, amounts in <paramref name="currency"/>.</summary>
    public static void Write(CliContext context, AttributionReport report, OutputFormat format, string workspace, string by, string currency)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        if (format == OutputFormat.Json)
        {
            context.Out.WriteLine(ReportJson.Text(AttributionJson.Build(report, workspace)));
            return;
        }

        var title = report.Range is { } range
            ? Display.Title("Attribution", workspace, range, $"{Display.Text(report.Conversion)} conversions from tracked events ({Display.Count(report.Journeys)} journeys)")
            : $"Attribution · {Display.Text(workspace)} · imported paths, no dates ({Display.Count(report.Journeys)} journeys)";
        TableOutput.Write(context, AttributionTable.Build(report, by, currency), format, title);
    }
}
