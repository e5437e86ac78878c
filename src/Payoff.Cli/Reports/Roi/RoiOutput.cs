using Payoff.Application.Json;
using Payoff.Application.Roi;
using Payoff.Cli.Output;

namespace Payoff.Cli.Reports.Roi;

/// <summary>Writes the ROI report: its one table (<see cref="RoiTable"/>) in the terminal or as CSV, or its JSON document (<see cref="RoiJson"/>).</summary>
public static class RoiOutput
{
    /// <summary>Writes <paramref name="result"/> in <paramref name="format"/>: under a model other than first-touch, the attributed table.</summary>
    public static void Write(CliContext context, RoiResult result, OutputFormat format)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(result);
        var report = result.Report;
        if (format == OutputFormat.Json)
        {
            context.Out.WriteLine(ReportJson.Text(RoiJson.Build(result)));
            return;
        }

        if (result.Attributed is { } rows)
        {
            TableOutput.Write(context, RoiTable.Attributed(report, result.Model, rows), format, Display.Title("ROI", result.Workspace, report.Range, $"by network, {Display.Text(result.Model)}"));
            return;
        }

        var byCampaign = report.Rows.Any(r => r.Campaign is not null || r.Unassigned);
        var table = RoiTable.Build("roi", byCampaign ? "ROI per campaign" : "ROI per network", report, _ => null);
        TableOutput.Write(context, table, format, Display.Title("ROI", result.Workspace, report.Range, byCampaign ? "by campaign" : "by network"));
    }
}
