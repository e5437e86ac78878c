using Payoff.Application.Json;
using Payoff.Application.Kpi;
using Payoff.Cli.Output;
using Payoff.Core.Reporting.Kpi;

namespace Payoff.Cli.Reports.Kpi;

/// <summary>Writes the program KPI report: its one table (<see cref="KpiTable"/>) or its JSON document (<see cref="KpiJson"/>).</summary>
public static class KpiOutput
{
    /// <summary>Writes <paramref name="report"/>.</summary>
    public static void Write(CliContext context, KpiReport report, OutputFormat format, string workspace)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        if (format == OutputFormat.Json)
        {
            context.Out.WriteLine(ReportJson.Text(KpiJson.Build(report, workspace)));
            return;
        }

        var title = Display.Title("Program KPIs", workspace, report.Range, Display.Text(report.Weights.Program), $"against {report.History.From:yyyy-MM-dd} to {report.History.To:yyyy-MM-dd}");
        TableOutput.Write(context, KpiTable.Build(report), format, title);
    }
}
