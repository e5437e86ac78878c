using Microsoft.Extensions.DependencyInjection;
using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using System.Globalization;
using Payoff.Cli.Output;
using Payoff.Cli.Reports;
using Payoff.Core.Demo;
using Payoff.Core.Importing;
using Payoff.Core.Reporting.Sources;
using Payoff.Storage.DuckDb;
using Spectre.Console;
using Payoff.Core.Workspaces;

namespace Payoff.Cli.Demo;

/// <summary><c>payoff demo</c>: (re)creates the <c>demo</c> workspace with a year of realistic data and prints its sources report.</summary>
public static class DemoCommand
{
    /// <summary>The workspace the demo writes (unless <c>--workspace</c> names another).</summary>
    public const string WorkspaceName = "demo";

    /// <summary>The demo workspace's time zone.</summary>
    public const string TimeZone = "Europe/Warsaw";

    /// <summary>The demo's sign-in name.</summary>
    public const string DemoLogin = "demo@payoff.local";

    /// <summary>Where the demo serves the dashboard.</summary>
    public const string DashboardUrl = "http://127.0.0.1:5080";

    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed and day give the same data (default 42).", DefaultValueFactory = _ => 42 };
        var noServe = new Option<bool>("--no-serve") { Description = "Only build the data and print the report (default: also create a demo login, print a one-time link to set its password, and serve the dashboard at http://127.0.0.1:5080)." };
        var sessions = new Option<int>("--sessions") { Description = "About how many sessions to make (default 210000).", DefaultValueFactory = _ => 210_000 };
        var format = FormatOption.Create();
        var urls = new Option<string>("--urls") { Description = $"Addresses the dashboard listens on, ';'-separated, as for 'payoff serve' (default {DashboardUrl}).", DefaultValueFactory = _ => DashboardUrl };
        var command = new Command("demo", $"Create (or recreate) the '{WorkspaceName}' workspace with 12 months of realistic data ending today, and print its sources report.") { seed, noServe, sessions, format, urls };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var target = parse.GetValue(sessions);
            if (target is < 100 or > 20_000_000)
            {
                throw new CliException($"--sessions must be between 100 and 20000000 (got {target}).");
            }

            var stopwatch = Stopwatch.StartNew();
            using var db = context.Open(parse.GetValue(GlobalOptions.Database));
            var workspaces = new DuckDbWorkspaceStore(db);
            var name = parse.GetValue(GlobalOptions.Workspace) ?? WorkspaceName;
            if (await workspaces.FindAsync(name, cancellationToken) is { } existing)
            {
                await workspaces.DeleteAsync(existing, cancellationToken);
            }

            var workspace = await workspaces.CreateAsync(name, TimeZone, "USD", cancellationToken);
            var options = new DemoOptions { Seed = parse.GetValue(seed), End = context.Time.GetUtcNow(), TargetSessions = target, Currency = workspace.Currency };
            var events = new DemoDataGenerator().Generate(options);
            var request = new ImportRequest(ImportKind.Events, string.Create(CultureInfo.InvariantCulture, $"demo (seed {options.Seed})"), $"demo:{options.Seed}:{options.End:O}", 0, 0);
            var record = await new DuckDbImportStore(db).WriteEventsAsync(workspace, request, events, cancellationToken);
            var today = workspace.Calendar.Today(context.Time);
            await AddCostsGoalsAndMetricsAsync(db, workspace, options, today, cancellationToken);
            var range = new DateRange(today.AddDays(-364), today);
            var report = await new SourcesReportBuilder(new DuckDbSourcesReader(db), new DuckDbDataDaysReader(db))
                .BuildAsync(workspace, new SourcesQuery(range, SourcesGrouping.Network, null, PeriodComparison.None), cancellationToken);
            var format1 = parse.GetValue(format);
            if (format1 == OutputFormat.Table)
            {
                context.Console.MarkupLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Built workspace [bold]{Display.Text(workspace.Name)}[/] in {db.Path}: {Display.Count(record.Imported)} events, {Display.Count(report.Totals.Sessions)} sessions, {Display.Count(report.Totals.Contacts)} contacts, {Display.Count(report.Totals.Customers)} customers in {stopwatch.Elapsed.TotalSeconds:0.0} s."));
                context.Console.WriteLine();
            }

            SourcesOutput.Write(context, report, format1, workspace.Name);
            if (format1 == OutputFormat.Table)
            {
                context.Console.WriteLine();
                context.Console.MarkupLine($"Next: [bold]./payoff report sources -w {Display.Text(workspace.Name)} --by campaign --network LinkedIn --from {range.From:yyyy-MM-dd}[/]");
                context.Console.MarkupLine($"      [bold]./payoff report benchmark -w {Display.Text(workspace.Name)} --network LinkedIn[/]");
                context.Console.MarkupLine($"      [bold]./payoff report verdict -w {Display.Text(workspace.Name)}[/]   (scale, keep, optimize or cut, per network, with the reasons)");
            }

            // A demo forwarded to a running server builds its data there; that server already serves it.
            if (parse.GetValue(noServe) || context.Served)
            {
                return 0;
            }

            // A demo login whose password only the person at this console sets, through a one-time link.
            var users = new DuckDbUserStore(db);
            var account = users.Find(DemoLogin) ?? users.Add(DemoLogin, Web.Access.Passwords.Hash(Web.Access.Passwords.Generate()));
            users.Grant(account.Id, workspace, Core.Access.Role.Owner);
            var setup = new DuckDbInvitationStore(db).Create(Core.Access.InvitationKind.Reset, DemoLogin);
            var path = db.Path;
            db.Dispose();
            var web = new Web.WebOptions { DatabasePath = path, Urls = parse.GetValue(urls)!, Time = context.Time };
            var dashboard = web.Urls.Split(';')[0].TrimEnd('/');
            await using var app = Web.PayoffWeb.Build(web);
            context.Console.WriteLine();
            context.Console.MarkupLine($"Dashboard: [bold]{dashboard}[/] — the login is [bold]{DemoLogin}[/]; set its password at [bold]{dashboard}/invite?token={setup.Value}[/] (works once, for 24 hours; next time sign in with it). Ctrl+C stops it; meanwhile the commands above work in another terminal.");
            await app.StartAsync(cancellationToken);
            await using var remote = Remote.RemoteServer.Start(app.Services.GetRequiredService<Core.Stores.IStore>(), path, context);
            await app.WaitForShutdownAsync(cancellationToken);
            return 0;
        });
        return command;
    }

    /// <summary>
    /// Everything a real workspace adds to its visits, so every dashboard page answers its question on
    /// the demo: ad spend of the paid campaigns, social account metrics, staff time at an hourly rate,
    /// a tool fee and two goals.
    /// </summary>
    private static async Task AddCostsGoalsAndMetricsAsync(DuckDbDatabase db, Core.Workspaces.Workspace workspace, DemoOptions options, DateOnly today, CancellationToken cancellationToken)
    {
        var imports = new DuckDbImportStore(db);
        var costs = DemoExtras.AdCosts(options);
        await imports.WriteCostsAsync(workspace, new ImportRequest(ImportKind.Costs, "demo ad costs", $"demo-costs:{options.Seed}:{options.End:O}", costs.Count, 0), new InMemoryRows<Core.Costs.AdCost>(costs), cancellationToken);
        var metrics = DemoExtras.Metrics(options);
        await imports.WriteMetricsAsync(workspace, new ImportRequest(ImportKind.Metrics, "demo account metrics", $"demo-metrics:{options.Seed}:{options.End:O}", metrics.Count, 0), new InMemoryRows<Core.Social.AccountMetric>(metrics), cancellationToken);

        var setup = new DuckDbCostSetupStore(db);
        var start = today.AddDays(1 - options.Days);
        setup.SetRate(workspace, new Core.Costs.HourlyRate(string.Empty, 25m, workspace.Currency));
        foreach (var (network, minutes) in new[] { ("Facebook", 30), ("Instagram", 30), ("LinkedIn", 20), ("X", 15), ("TikTok", 20) })
        {
            setup.Recur(workspace, new Core.Costs.TimeRecurrence(0, network, string.Empty, minutes, Core.Costs.DayPattern.Weekdays, start));
        }

        setup.AddFee(workspace, new Core.Costs.Fee(0, "Scheduling tool", 49m, workspace.Currency, new Dictionary<string, decimal> { ["Facebook"] = 0.4m, ["Instagram"] = 0.3m, ["LinkedIn"] = 0.3m }, new DateOnly(start.Year, start.Month, 1)));

        var goals = new DuckDbGoalStore(db);
        var month = new DateOnly(today.Year, today.Month, 1);
        goals.Add(workspace, new Core.Goals.Goal { Name = "LinkedIn leads +20 %", Metric = Core.Goals.GoalMetrics.Find("contacts")!, Scope = new Core.Goals.GoalScope("LinkedIn", null, null), TargetPercent = 20, Start = month.AddMonths(-1), Deadline = month.AddMonths(2).AddDays(-1) });
        goals.Add(workspace, new Core.Goals.Goal { Name = "Facebook sessions +10 %", Metric = Core.Goals.GoalMetrics.Find("sessions")!, Scope = new Core.Goals.GoalScope("Facebook", null, null), TargetPercent = 10, Start = month.AddMonths(-1), Deadline = month.AddMonths(1).AddDays(-1) });
    }
}
