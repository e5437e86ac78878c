using System.CommandLine;

namespace Payoff.Cli.Reports;

/// <summary><c>payoff report …</c>: the report commands, each in its own folder (<c>Reports/&lt;Report&gt;/</c>).</summary>
public static class ReportCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var report = new Command("report", "Print a report.");
        report.Add(Sources.SourcesCommand.Create(context));
        report.Add(Benchmark.BenchmarkCommand.Create(context));
        report.Add(Links.LinksCommand.Create(context));
        report.Add(Costs.CostsCommand.Create(context));
        report.Add(Social.SocialCommand.Create(context));
        report.Add(GoalsReport.GoalsReportCommand.Create(context));
        report.Add(Roi.RoiCommand.Create(context));
        report.Add(Verdict.VerdictCommand.Create(context));
        report.Add(Actions.ActionsCommand.Create(context));
        report.Add(Kpi.KpiCommand.Create(context));
        report.Add(Attribution.AttributionCommand.Create(context));
        report.Add(Paths.PathsCommand.Create(context));
        return report;
    }
}
