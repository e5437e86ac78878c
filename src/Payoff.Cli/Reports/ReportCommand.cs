using System.CommandLine;
using System.Globalization;
using Payoff.Cli.Output;
using Payoff.Core.Reporting.Benchmark;
using Payoff.Core.Reporting.Costs;
using Payoff.Core.Reporting.Social;
using Payoff.Core.Reporting.Verdict;
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
        report.Add(GoalsReport(context));
        report.Add(Roi(context));
        report.Add(Verdict(context));
        report.Add(Kpi(context));
        report.Add(Attribution(context));
        report.Add(Paths(context));
        return report;
    }

    private static Command Roi(CliContext context)
    {
        var (from, to) = RangeOptions();
        var by = new Option<Core.Reporting.Roi.RoiGrouping>("--by") { Description = "Rows: network (default) or campaign.", DefaultValueFactory = _ => Core.Reporting.Roi.RoiGrouping.Network };
        by.AcceptOnlyFromAmong("network", "campaign");
        var network = new Option<string?>("--network") { Description = "Only this network." };
        var model = new Option<string>("--model") { Description = $"The attribution model of contacts, customers and revenue: {string.Join(", ", Core.Attribution.AttributionModels.Names)} (default first-touch).", DefaultValueFactory = _ => "first-touch" };
        model.AcceptOnlyFromAmong([.. Core.Attribution.AttributionModels.Names]);
        var format = FormatOption.Create();
        var command = new Command("roi", "Revenue, assigned value, ad spend, staff time and fees per network or campaign, with ROI, ROAS, cost per visit, CPL, CAC and value per visit.") { from, to, by, network, model, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var db = context.Open(parse.GetValue(GlobalOptions.Database));
            var workspace = await context.WorkspaceAsync(db, parse.GetValue(GlobalOptions.Workspace), cancellationToken);
            var range = Range(workspace, context.Time, parse.GetValue(from), parse.GetValue(to));
            var report = await new Core.Reporting.Roi.RoiReportBuilder(new DuckDbLedgerReader(db)).BuildAsync(workspace, range, parse.GetValue(by), Network(db, workspace, parse.GetValue(network)), cancellationToken);
            var modelName = parse.GetValue(model)!;
            if (modelName == Core.Reporting.Roi.RoiReport.FirstTouch)
            {
                RoiOutput.Write(context, report, parse.GetValue(format), workspace.Name);
                return 0;
            }

            if (parse.GetValue(by) != Core.Reporting.Roi.RoiGrouping.Network || parse.GetValue(network) is not null)
            {
                throw new CliException("--model other than first-touch reads ROI per network over all networks: drop --by campaign and --network.");
            }

            var builder = new Core.Attribution.AttributionReportBuilder(new DuckDbJourneyReader(db));
            var chosen = Core.Attribution.AttributionModels.Create(modelName)!;
            var leads = builder.Build(workspace, new Core.Attribution.JourneyQuery(range, "lead"), [chosen], "events").Results[0];
            var buyers = builder.Build(workspace, new Core.Attribution.JourneyQuery(range, "customer"), [chosen], "events").Results[0];
            RoiOutput.WriteAttributed(context, report, modelName, Core.Reporting.Roi.AttributedRoi.Build(report, leads, buyers), parse.GetValue(format), workspace.Name);
            return 0;
        });
        return command;
    }

    private static Command Attribution(CliContext context)
    {
        var (from, to) = RangeOptions();
        var model = new Option<string>("--model") { Description = $"{string.Join(", ", Core.Attribution.AttributionModels.Names)}, or all (default) to compare them side by side.", DefaultValueFactory = _ => "all" };
        model.AcceptOnlyFromAmong([.. Core.Attribution.AttributionModels.Names, "all"]);
        var by = new Option<string>("--by") { Description = "Touch key: channel, network (default) or campaign.", DefaultValueFactory = _ => "network" };
        by.AcceptOnlyFromAmong("channel", "network", "campaign");
        var conversion = new Option<string>("--conversion") { Description = "lead (default), customer (valued by revenue), or a conversion event's name.", DefaultValueFactory = _ => "lead" };
        var journeys = new Option<string?>("--journeys") { Description = "events (tracked) or paths (imported); default events when the workspace has any, else paths." };
        journeys.AcceptOnlyFromAmong("events", "paths");
        var lookback = new Option<int>("--lookback-days") { Description = "How far before a conversion a touch counts (default 90).", DefaultValueFactory = _ => 90 };
        var halfLife = new Option<double>("--half-life-days") { Description = "Time decay's half-life (default 7).", DefaultValueFactory = _ => 7 };
        var order = new Option<int>("--order") { Description = "The Markov chain's order (default 1).", DefaultValueFactory = _ => 1 };
        var format = FormatOption.Create();
        var command = new Command("attribution", "Credit for conversions and value per channel under first-touch, last-touch, last-non-direct, linear, time-decay, position-based, Markov and Shapley, with the check that each adds up.") { from, to, model, by, conversion, journeys, lookback, halfLife, order, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(lookback) is < 1 or > 730 || parse.GetValue(halfLife) <= 0 || parse.GetValue(order) is < 1 or > 4)
            {
                throw new CliException("--lookback-days must be 1 to 730, --half-life-days more than 0, --order 1 to 4.");
            }

            using var db = context.Open(parse.GetValue(GlobalOptions.Database));
            var workspace = await context.WorkspaceAsync(db, parse.GetValue(GlobalOptions.Workspace), cancellationToken);
            var range = Range(workspace, context.Time, parse.GetValue(from), parse.GetValue(to));
            var names = parse.GetValue(model) == "all" ? Core.Attribution.AttributionModels.Names : [parse.GetValue(model)!];
            var models = names.Select(n => Core.Attribution.AttributionModels.Create(n, parse.GetValue(halfLife), parse.GetValue(order))!).ToList();
            var reader = new DuckDbJourneyReader(db);
            KnownConversion(reader, workspace, parse.GetValue(conversion)!);
            var report = new Core.Attribution.AttributionReportBuilder(reader).Build(workspace, new Core.Attribution.JourneyQuery(range, parse.GetValue(conversion)!, parse.GetValue(by)!, parse.GetValue(lookback)), models, parse.GetValue(journeys));
            if (reader.Untouched > 0)
            {
                report = report with { Notes = [.. report.Notes, $"{reader.Untouched:N0} conversions had no tracked visit in their lookback window (CRM-only or offline) and are not credited."] };
            }

            AttributionOutput.Write(context, report, parse.GetValue(format), workspace.Name, workspace.Currency);
            return 0;
        });
        return command;
    }

    private static Command Paths(CliContext context)
    {
        var (from, to) = RangeOptions();
        var by = new Option<string>("--by") { Description = "Touch key: channel, network (default) or campaign.", DefaultValueFactory = _ => "network" };
        by.AcceptOnlyFromAmong("channel", "network", "campaign");
        var conversion = new Option<string>("--conversion") { Description = "lead (default), customer, or a conversion event's name.", DefaultValueFactory = _ => "lead" };
        var journeys = new Option<string?>("--journeys") { Description = "events or paths (default: events when the workspace has any)." };
        journeys.AcceptOnlyFromAmong("events", "paths");
        var lookback = new Option<int>("--lookback-days") { Description = "How far before a conversion a touch counts (default 90).", DefaultValueFactory = _ => 90 };
        var top = new Option<int>("--top") { Description = "How many paths to list (default 20).", DefaultValueFactory = _ => 20 };
        var format = FormatOption.Create(allowCsv: false);
        var command = new Command("paths", "The most common converting paths, path lengths, time to conversion, and which networks open, assist and close conversions.") { from, to, by, conversion, journeys, lookback, top, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var db = context.Open(parse.GetValue(GlobalOptions.Database));
            var workspace = await context.WorkspaceAsync(db, parse.GetValue(GlobalOptions.Workspace), cancellationToken);
            var range = Range(workspace, context.Time, parse.GetValue(from), parse.GetValue(to));
            var reader = new DuckDbJourneyReader(db);
            var fromEvents = parse.GetValue(journeys) is { } j ? j == "events" : reader.HasEvents(workspace);
            if (fromEvents)
            {
                KnownConversion(reader, workspace, parse.GetValue(conversion)!);
            }

            var list = fromEvents
                ? reader.ReadEvents(workspace, new Core.Attribution.JourneyQuery(range, parse.GetValue(conversion)!, parse.GetValue(by)!, parse.GetValue(lookback)))
                : reader.ReadPaths(workspace);
            var notes = fromEvents ? [] : new List<string> { "Imported paths carry no dates: the period does not apply, and there is no time to conversion." };
            PathsOutput.Write(context, Core.Attribution.PathInsights.Build(list, Math.Clamp(parse.GetValue(top), 1, 1000)), fromEvents ? "events" : "paths", notes, parse.GetValue(format), workspace.Name, workspace.Currency, fromEvents ? Display.Title("Converting paths", workspace.Name, range) : null);
            return 0;
        });
        return command;
    }

    /// <exception cref="CliException">The conversion is neither lead, customer nor a tracked event's name.</exception>
    private static void KnownConversion(DuckDbJourneyReader reader, Core.Workspaces.Workspace workspace, string conversion)
    {
        if (reader.ConversionError(workspace, conversion) is { } error)
        {
            throw new CliException("--conversion: " + error);
        }
    }

    private static Command Kpi(CliContext context)
    {
        var (from, to) = RangeOptions();
        var program = new Option<string>("--program") { Description = "awareness (reach-heavy), engagement (default) or direct-response (conversion-heavy).", DefaultValueFactory = _ => "engagement" };
        program.AcceptOnlyFromAmong("awareness", "engagement", "direct-response");
        var weights = new Option<string?>("--weights") { Description = "Custom weights of reach, exchange and monetization: 0.5,0.3,0.2." };
        var by = new Option<string>("--by") { Description = "Rows: network (default) or campaign (monetization only: account data has no campaigns).", DefaultValueFactory = _ => "network" };
        by.AcceptOnlyFromAmong("network", "campaign");
        var format = FormatOption.Create(allowCsv: false);
        var command = new Command("kpi", "Program KPIs per network or campaign: reach, exchange and monetization, each against the workspace's last six months, weighted by program type.") { from, to, program, weights, by, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var chosen = Core.Reporting.Kpi.KpiWeights.Find(parse.GetValue(program), parse.GetValue(weights))
                ?? throw new CliException($"--weights '{parse.GetValue(weights)}' is not three numbers of zero or more, like 0.5,0.3,0.2.");
            using var db = context.Open(parse.GetValue(GlobalOptions.Database));
            var workspace = await context.WorkspaceAsync(db, parse.GetValue(GlobalOptions.Workspace), cancellationToken);
            var range = Range(workspace, context.Time, parse.GetValue(from), parse.GetValue(to));
            var report = await new Core.Reporting.Kpi.KpiReportBuilder(new DuckDbLedgerReader(db)).BuildAsync(workspace, range, chosen, parse.GetValue(by) == "campaign", cancellationToken);
            KpiOutput.Write(context, report, parse.GetValue(format), workspace.Name);
            return 0;
        });
        return command;
    }

    private static Command Verdict(CliContext context)
    {
        var months = new Option<int>("--months") { Description = "How many whole months, ending with last month (default 3).", DefaultValueFactory = _ => VerdictPeriod.DefaultMonths };
        var to = new Option<string?>("--to") { Description = "The last month, yyyy-MM (default: last month)." };
        var format = FormatOption.Create(allowCsv: false);
        var command = new Command("verdict", "Per network: its role, trend, goals, ROI with staff time, and scale, keep, optimize, reduce time or cut — with the reasons and numbers, and what to try first.") { months, to, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(months) is < 1 or > 24)
            {
                throw new CliException($"--months must be between 1 and 24 (got {parse.GetValue(months)}).");
            }

            DateOnly? last = parse.GetValue(to) is { } text ? Month(text, "--to") : null;
            using var db = context.Open(parse.GetValue(GlobalOptions.Database));
            var workspace = await context.WorkspaceAsync(db, parse.GetValue(GlobalOptions.Workspace), cancellationToken);
            var goals = new DuckDbGoalStore(db).List(workspace);
            var period = last is { } lastMonth ? VerdictPeriod.Ending(lastMonth, parse.GetValue(months)) : VerdictPeriod.Default(workspace.Calendar.Today(context.Time), parse.GetValue(months));
            if (period.Refusal(workspace.Calendar.Today(context.Time)) is { } refusal)
            {
                throw new CliException(refusal);
            }

            var report = await new Core.Reporting.Verdict.VerdictReportBuilder(new DuckDbLedgerReader(db), context.Time).BuildAsync(workspace, period, goals, cancellationToken);
            VerdictOutput.Write(context, report, parse.GetValue(format), workspace.Name);
            return 0;
        });
        return command;
    }

    private static Command GoalsReport(CliContext context)
    {
        var format = FormatOption.Create(allowCsv: false);
        var command = new Command("goals", "Each active goal's current value, progress, Holt forecast to the deadline with its 95 % interval, probability of reaching the target, and status.") { format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var db = context.Open(parse.GetValue(GlobalOptions.Database));
            var workspace = await context.WorkspaceAsync(db, parse.GetValue(GlobalOptions.Workspace), cancellationToken);
            var goals = new DuckDbGoalStore(db).List(workspace);
            var rows = await new Core.Goals.GoalService(new DuckDbLedgerReader(db), context.Time).TrackAsync(workspace, goals, cancellationToken);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                Json.Write(context.Out, new System.Text.Json.Nodes.JsonObject
                {
                    ["workspace"] = workspace.Name,
                    ["today"] = workspace.Calendar.Today(context.Time).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    ["rows"] = new System.Text.Json.Nodes.JsonArray([.. rows.Select(r => (System.Text.Json.Nodes.JsonNode?)Goals.GoalOutput.ProgressJson(r))]),
                });
            }
            else
            {
                Goals.GoalOutput.WriteProgress(context.Console, rows, workspace.Currency, $"Goals · {Display.Text(workspace.Name)} · as of {workspace.Calendar.Today(context.Time):yyyy-MM-dd}");
            }

            return 0;
        });
        return command;
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
    private static (Option<string?> From, Option<string?> To) RangeOptions() =>
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
