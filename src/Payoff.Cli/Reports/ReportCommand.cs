using System.CommandLine;
using System.Globalization;
using Payoff.Cli.Output;
using Payoff.Core.Reporting.Benchmark;
using Payoff.Core.Reporting.Costs;
using Payoff.Core.Reporting.Social;
using Payoff.Core.Workspaces;
using Payoff.Storage.DuckDb;

namespace Payoff.Cli.Reports;

/// <summary><c>payoff report sources|benchmark</c>.</summary>
public static class ReportCommand
{
    /// <summary>The default length of a report period when <c>--from</c> is not given.</summary>
    public const int DefaultDays = 30;

    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var report = new Command("report", "Print a report.");
        report.Add(Sources.SourcesCommand.Create(context));
        report.Add(Benchmark(context));
        report.Add(Links(context));
        report.Add(Costs(context));
        report.Add(Social(context));
        report.Add(GoalsReport.GoalsReportCommand.Create(context));
        report.Add(Roi.RoiCommand.Create(context));
        report.Add(Verdict.VerdictCommand.Create(context));
        report.Add(Kpi.KpiCommand.Create(context));
        report.Add(Attribution.AttributionCommand.Create(context));
        report.Add(Paths.PathsCommand.Create(context));
        return report;
    }

    private static Command Social(CliContext context)
    {
        var (from, to) = RangeOptions();
        var by = new Option<SocialGrouping>("--by") { Description = "Rows: network (default), account or month.", DefaultValueFactory = _ => SocialGrouping.Network };
        by.AcceptOnlyFromAmong("network", "account", "month");
        var format = FormatOption.Create(allowCsv: false);
        var command = new Command("social", "Followers, growth, views, impressions, reach, engagements, posts and engagement rate (with its basis) from imported platform data.") { from, to, by, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var db = context.Open(parse.GetValue(GlobalOptions.Database));
            var workspace = await context.WorkspaceAsync(db, parse.GetValue(GlobalOptions.Workspace), cancellationToken);
            var range = Range(workspace, context.Time, parse.GetValue(from), parse.GetValue(to));
            var rows = new DuckDbSocialReader(db).Read(workspace, range, parse.GetValue(by)).Select(SocialReportBuilder.Build).ToList();
            SocialOutput.Write(context, rows, range, parse.GetValue(format), workspace.Name);
            return 0;
        });
        return command;
    }

    private static Command Costs(CliContext context)
    {
        var (from, to) = RangeOptions();
        var by = new Option<CostsGrouping>("--by") { Description = "Rows: network (default), campaign or month.", DefaultValueFactory = _ => CostsGrouping.Network };
        by.AcceptOnlyFromAmong("network", "campaign", "month");
        var format = FormatOption.Create();
        var command = new Command("costs", "Imported ad spend per network, campaign or month, in each original currency, with reported impressions and clicks; and what staff time and fees cost each network.") { from, to, by, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var db = context.Open(parse.GetValue(GlobalOptions.Database));
            var workspace = await context.WorkspaceAsync(db, parse.GetValue(GlobalOptions.Workspace), cancellationToken);
            var range = Range(workspace, context.Time, parse.GetValue(from), parse.GetValue(to));
            var ledger = Core.Ledger.Ledger.Build(await new DuckDbLedgerReader(db).ReadAsync(workspace, range, cancellationToken), workspace.Currency, range);
            var staff = parse.GetValue(by) == CostsGrouping.Campaign ? [] : StaffCostRow.From(ledger, parse.GetValue(by) == CostsGrouping.Month);
            CostsOutput.Write(context, new DuckDbCostsReader(db).Read(workspace, range, parse.GetValue(by)), staff, workspace.Currency, range, parse.GetValue(format), workspace.Name);
            return 0;
        });
        return command;
    }

    private static Command Links(CliContext context)
    {
        var (from, to) = RangeOptions();
        var format = FormatOption.Create();
        var command = new Command("links", "Clicks, unique clicks, bot requests, sessions, contacts, customers and revenue per tracked link.") { from, to, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var db = context.Open(parse.GetValue(GlobalOptions.Database));
            var workspace = await context.WorkspaceAsync(db, parse.GetValue(GlobalOptions.Workspace), cancellationToken);
            var range = Range(workspace, context.Time, parse.GetValue(from), parse.GetValue(to));
            LinksOutput.Write(context, new DuckDbLinksReader(db).Read(workspace, range), range, parse.GetValue(format), workspace.Name, workspace.Currency);
            return 0;
        });
        return command;
    }

    private static Command Benchmark(CliContext context)
    {
        var months = new Option<int>("--months") { Description = "How many months, ending with this one (default 12).", DefaultValueFactory = _ => 12 };
        var network = new Option<string?>("--network") { Description = "Only this network (or channel)." };
        var to = new Option<string?>("--to") { Description = "A day in the last month shown, yyyy-MM-dd (default: today)." };
        var format = FormatOption.Create();
        var command = new Command("benchmark", "Each network's sessions, contacts, contact rate, customers and revenue month by month, with the change from the month before.") { months, network, to, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var count = parse.GetValue(months);
            if (count is < 1 or > 120)
            {
                throw new CliException($"--months must be between 1 and 120 (got {count}).");
            }

            using var db = context.Open(parse.GetValue(GlobalOptions.Database));
            var workspace = await context.WorkspaceAsync(db, parse.GetValue(GlobalOptions.Workspace), cancellationToken);
            var last = parse.GetValue(to) is { } text ? Date(text, "--to") : workspace.Calendar.Today(context.Time);
            var query = new BenchmarkQuery(last, count, Network(db, workspace, parse.GetValue(network)));
            var result = await new BenchmarkReportBuilder(new DuckDbSourcesReader(db), new DuckDbDataDaysReader(db)).BuildAsync(workspace, query, cancellationToken);
            var goals = new DuckDbGoalStore(db).List(workspace).Where(g => query.Network is null || string.Equals(g.Scope.Network, query.Network, StringComparison.OrdinalIgnoreCase)).ToList();
            var progress = await new Core.Goals.GoalService(new DuckDbLedgerReader(db), context.Time).TrackAsync(workspace, goals, cancellationToken);
            BenchmarkOutput.Write(context, result, parse.GetValue(format), workspace.Name, progress);
            return 0;
        });
        return command;
    }

    /// <summary>The <c>--from</c>/<c>--to</c> pair every period report takes.</summary>
    internal static (Option<string?> From, Option<string?> To) RangeOptions() =>
        (new Option<string?>("--from") { Description = "First day, yyyy-MM-dd, workspace-local (default: 29 days before --to)." },
         new Option<string?>("--to") { Description = "Last day, included, yyyy-MM-dd (default: today)." });

    /// <summary>The report range from <c>--from</c>/<c>--to</c>: by default the 30 days ending today.</summary>
    public static DateRange Range(Workspace workspace, TimeProvider time, string? from, string? to)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var end = to is null ? workspace.Calendar.Today(time) : Date(to, "--to");
        var start = from is null ? end.AddDays(1 - DefaultDays) : Date(from, "--from");
        if (start > end)
        {
            throw new CliException($"--from ({start:yyyy-MM-dd}) is after --to ({end:yyyy-MM-dd}).");
        }

        return new DateRange(start, end);
    }

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

    private static string? Network(DuckDbDatabase db, Workspace workspace, string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : NetworkOption.Resolve(db, workspace, name, "--network");
}
