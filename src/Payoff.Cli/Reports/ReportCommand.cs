using System.CommandLine;
using System.Globalization;
using Payoff.Cli.Output;
using Payoff.Core.Workspaces;

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
        report.Add(Kpi.KpiCommand.Create(context));
        report.Add(Attribution.AttributionCommand.Create(context));
        report.Add(Paths.PathsCommand.Create(context));
        return report;
    }

    /// <summary>The <c>--from</c>/<c>--to</c> pair every period report takes.</summary>
    internal static (Option<string?> From, Option<string?> To) RangeOptions() =>
        (new Option<string?>("--from") { Description = "First day, yyyy-MM-dd, workspace-local (default: 29 days before --to)." },
         new Option<string?>("--to") { Description = "Last day, included, yyyy-MM-dd (default: today)." });

    /// <summary>
    /// Parses a <c>yyyy-MM-dd</c> option value: the one date parser of every CLI option. A day outside
    /// <see cref="DayLimits"/> (the web's bounds too) is refused, so no report's arithmetic leaves the
    /// calendar (issue 13, §3.7: <c>--from 0001-01-01</c> crashed every report).
    /// </summary>
    /// <exception cref="CliException">The text is not a date, or the day lies outside <see cref="DayLimits"/>; the message names <paramref name="option"/>.</exception>
    public static DateOnly Date(string text, string option)
    {
        ArgumentNullException.ThrowIfNull(text);
        var date = DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new CliException($"{option} '{Display.Visible(text)}' is not a date; use yyyy-MM-dd, e.g. 2025-03-01.");
        return DayLimits.Problem(option, date) is { } problem ? throw new CliException(problem) : date;
    }

    /// <summary>Parses a <c>yyyy-MM</c> option value to the month's first day, within <see cref="DayLimits"/> as <see cref="Date"/> is.</summary>
    /// <exception cref="CliException">The text is not a month, or the month lies outside <see cref="DayLimits"/>; the message names <paramref name="option"/>.</exception>
    public static DateOnly Month(string text, string option)
    {
        ArgumentNullException.ThrowIfNull(text);
        var month = DateOnly.TryParseExact(text.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            ? first
            : throw new CliException($"{option} '{Display.Visible(text)}' is not a month; use yyyy-MM, e.g. 2026-05.");
        return DayLimits.Contains(month)
            ? month
            : throw new CliException(string.Create(CultureInfo.InvariantCulture, $"{option} ({month:yyyy-MM}) must be a month from {DayLimits.Earliest:yyyy-MM} to {DayLimits.Latest:yyyy-MM}."));
    }

}
