using System.CommandLine;

namespace Payoff.Cli.Reports;

/// <summary><c>payoff report …</c>: the report commands, each in its own folder (<c>Reports/&lt;Report&gt;/</c>).</summary>
public static class ReportCommand
{
    /// <summary>
    /// The report commands in the order help lists them, each with the name it is built with (a test checks the two
    /// agree): <c>payoff report NAME …</c> builds that one alone, as <see cref="PayoffCli"/> does for the top level.
    /// </summary>
    internal static readonly IReadOnlyList<(string Name, Func<CliContext, Command> Create)> Reports =
    [
        ("sources", Sources.SourcesCommand.Create),
        ("benchmark", Benchmark.BenchmarkCommand.Create),
        ("links", Links.LinksCommand.Create),
        ("costs", Costs.CostsCommand.Create),
        ("social", Social.SocialCommand.Create),
        ("content", Content.ContentCommand.Create),
        ("conversations", ConversationsReportCommand.Create),
        ("service", ConversationsReportCommand.CreateService),
        ("advocates", Payoff.Cli.Advocacy.AdvocatesReportCommand.Create),
        ("advocate-candidates", Payoff.Cli.Advocacy.AdvocatesReportCommand.Candidates),
        ("best-time", Content.ContentCommand.CreateBestTime),
        ("audience", Audience.AudienceCommand.Create),
        ("goals", GoalsReport.GoalsReportCommand.Create),
        ("roi", Roi.RoiCommand.Create),
        ("verdict", Verdict.VerdictCommand.Create),
        ("actions", Actions.ActionsCommand.Create),
        ("kpi", Kpi.KpiCommand.Create),
        ("attribution", Attribution.AttributionCommand.Create),
        ("paths", Paths.PathsCommand.Create),
#if !PAYOFF_NATIVE
        ("pdf", Payoff.Cli.Publishing.ReportPdfCommand.Create),
#endif
    ];

    /// <summary>Builds the command with every report.</summary>
    public static Command Create(CliContext context) => Create(context, only: null);

    /// <summary>
    /// Builds the command with every report, or only the one named <paramref name="only"/>: the twelve reports' options
    /// cost a short command a few milliseconds (issue 16 §3), and a command line that names its report parses and runs
    /// the same without the others.
    /// </summary>
    internal static Command Create(CliContext context, string? only)
    {
        var report = new Command("report", "Print a report.");
        foreach (var (name, create) in Reports)
        {
            if (only is null || only == name)
            {
                report.Add(create(context));
            }
        }

        return report;
    }
}
