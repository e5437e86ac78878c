using Microsoft.Extensions.DependencyInjection;
using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using System.Globalization;
using Payoff.Cli.Output;
using Payoff.Core.Demo;
using Payoff.Core.Importing;
using Payoff.Core.Reporting.Sources;
using Payoff.Core.Stores;
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
            using var store = context.OpenStore(parse);
            Core.Workspaces.Workspace workspace;
            ImportRecord record;
            SourcesReport report;
            var options = new DemoOptions { Seed = parse.GetValue(seed), End = context.Time.GetUtcNow(), TargetSessions = target };
            var range = default(DateRange);
            await using (var session = await store.OpenSessionAsync(cancellationToken))
            {
                var name = parse.GetValue(GlobalOptions.Workspace) ?? WorkspaceName;
                if (await session.Workspaces.FindAsync(name, cancellationToken) is { } existing)
                {
                    await session.Workspaces.DeleteAsync(existing, cancellationToken);
                }

                workspace = await session.Workspaces.CreateAsync(name, TimeZone, "USD", cancellationToken);
                options = options with { Currency = workspace.Currency };
                var links = await AddSiteAndLinksAsync(session, store, workspace, options, cancellationToken);
                var posts = DemoPosts.Generate(options, workspace.Calendar.Zone);
                var visits = new DemoPostVisits(posts.Tracked, options.Seed, links.Leads);
                var events = links.Watch(visits.Tag(new DemoDataGenerator().Generate(options)));
                var request = new ImportRequest(ImportKind.Events, string.Create(CultureInfo.InvariantCulture, $"demo (seed {options.Seed})"), $"demo:{options.Seed}:{options.End:O}", 0, 0);
                record = await session.Importing.WriteAsync(workspace, request, ImportRecords.Events, new GeneratedRows<Payoff.Core.Events.TrackedEvent>(events), cancellationToken);
                await session.Ingest.ApplyAsync(links.Clicks, cancellationToken);
                var today = workspace.Calendar.Today(context.Time);
                await AddCostsGoalsAndMetricsAsync(session, workspace, options, today, cancellationToken);
                await AddPostsAsync(session, workspace, options, posts, cancellationToken);
                await AddAudiencesAsync(session, workspace, options, today, cancellationToken);
                await AddExperimentsAsync(session, workspace, today, cancellationToken);
                await AddConversationsAsync(session, workspace, options, posts, cancellationToken);
                await DemoReferrals.AddAsync(session, workspace, options, today, cancellationToken);
                await DemoReferrals.AddPublicPagesAsync(session, workspace, cancellationToken);
                range = new DateRange(today.AddDays(-364), today);
                report = await Application.Sources.SourcesHandler.HandleAsync(
                    session, workspace, new Application.Sources.SourcesRequest(range, SourcesGrouping.Network, null, PeriodComparison.None), cancellationToken);
            }

            var format1 = parse.GetValue(format);
            if (format1 == OutputFormat.Table)
            {
                context.Console.MarkupLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Built workspace [bold]{Display.Text(workspace.Name)}[/] in {store.Location}: {Display.Count(record.Imported)} events, {Display.Count(report.Totals.Sessions)} sessions, {Display.Count(report.Totals.Contacts)} contacts, {Display.Count(report.Totals.Customers)} customers in {stopwatch.Elapsed.TotalSeconds:0.0} s."));
                context.Console.WriteLine();
            }

            Reports.Sources.SourcesOutput.Write(context, report, format1, workspace.Name);
            if (format1 == OutputFormat.Table)
            {
                // Each hint names the store the demo was built in when it is not the default file.
                var on = parse.GetValue(GlobalOptions.Store) is { } given ? $"--store '{given}' " : string.Empty;
                context.Console.WriteLine();
                context.Console.MarkupLine($"Next: [bold]./payoff {Display.Text(on)}report sources -w {Display.Text(workspace.Name)} --by campaign --network LinkedIn --from {range.From:yyyy-MM-dd}[/]");
                context.Console.MarkupLine($"      [bold]./payoff {Display.Text(on)}report benchmark -w {Display.Text(workspace.Name)} --network LinkedIn[/]");
                context.Console.MarkupLine($"      [bold]./payoff {Display.Text(on)}report verdict -w {Display.Text(workspace.Name)}[/]   (scale, keep, optimize or cut, per network, with the reasons)");
                context.Console.MarkupLine($"      [bold]./payoff {Display.Text(on)}report content -w {Display.Text(workspace.Name)} --by type --network LinkedIn --from {range.From:yyyy-MM-dd}[/]   (which posts work; also --by label, --by hashtag, and report best-time)");
                context.Console.MarkupLine($"      [bold]./payoff {Display.Text(on)}report conversations -w {Display.Text(workspace.Name)} --by week --from {range.To.AddDays(-119):yyyy-MM-dd}[/]   (buzz and sentiment; also report service)");
                context.Console.MarkupLine($"      [bold]./payoff {Display.Text(on)}report advocates -w {Display.Text(workspace.Name)} --program {DemoReferrals.ProgramName} --from {range.To.AddDays(-179):yyyy-MM-dd}[/]   (who really moves their friends; also reward list, report advocate-candidates)");
            }

            // A demo forwarded to a running server builds its data there; that server already serves it.
            if (parse.GetValue(noServe) || context.Served)
            {
                return 0;
            }

            // A demo login whose password only the person at this console sets, through a one-time link.
            Core.Access.OneTimeToken setup;
            await using (var session = await store.OpenSessionAsync(cancellationToken))
            {
                var account = await session.Users.FindAsync(DemoLogin, cancellationToken)
                    ?? await session.Users.AddAsync(DemoLogin, Web.Access.Passwords.Hash(Web.Access.Passwords.Generate()), cancellationToken);
                await session.Users.GrantAsync(account.Id, workspace, Core.Access.Role.Owner, cancellationToken);
                setup = await session.Invitations.CreateAsync(Core.Access.InvitationKind.Reset, DemoLogin, cancellationToken: cancellationToken);
            }

            var address = Storage.StoreAddress.Parse(context.StoreAddress(parse));
            var path = address.IsClickHouse ? Serve.ServeCommand.NodePath(address, parse.GetValue(urls)!) : store.Location;
            store.Dispose();
            var web = new Web.WebOptions { DatabasePath = path, Store = address.IsClickHouse ? address.Text : null, Urls = parse.GetValue(urls)!, Time = context.Time };
            var dashboard = web.Urls.Split(';')[0].TrimEnd('/');
            await using var app = Web.PayoffWeb.Build(web);
            context.Console.WriteLine();
            context.Console.MarkupLine($"Dashboard: [bold]{dashboard}[/] — the login is [bold]{DemoLogin}[/]; set its password at [bold]{dashboard}/invite?token={setup.Value}[/] (works once, for 24 hours; next time sign in with it). Ctrl+C stops it; meanwhile the commands above work in another terminal.");
            await app.StartAsync(cancellationToken);
            await using var remote = address.IsClickHouse ? null : Remote.RemoteServer.Start(app.Services.GetRequiredService<Core.Stores.IStore>(), path, context, app.Services.GetRequiredService<Web.WebOptions>().PublicBase);
            await app.WaitForShutdownAsync(cancellationToken);
            return 0;
        });
        return command;
    }

    /// <summary>
    /// The demo shop's registered site (as <c>payoff site add</c> registers it, so the settings page shows it and its
    /// script snippet) and its tracked short links (as <c>payoff link create</c> plans and stores them), whose clicks
    /// the returned <see cref="DemoLinks"/> notes while the events are generated. A domain registered by another
    /// workspace already is left there; the links then point outside the workspace's sites, as <c>--any-domain</c> allows.
    /// </summary>
    private static async Task<DemoLinks> AddSiteAndLinksAsync(IStoreSession session, IStore store, Core.Workspaces.Workspace workspace, DemoOptions options, CancellationToken cancellationToken)
    {
        var registered = true;
        try
        {
            await new Application.Sites.AddSiteHandler(store).HandleAsync(session, workspace, options.SiteUrl, Core.Collect.IdentityMode.Cookie, honourDoNotTrack: false, cancellationToken);
        }
        catch (StoreException)
        {
            registered = false;
        }

        var links = new List<Core.Links.TrackedLink>();
        foreach (var (slug, network, source, medium, campaign, path) in DemoLinks.Plans)
        {
            var linkRequest = new Core.Links.LinkRequest(options.SiteUrl + path, source, medium, campaign, Slug: DemoLinks.SlugOf(workspace.Name, slug), Network: network, AnyDomain: !registered);
            var plan = await Application.Links.CreateLinkHandler.PlanAsync(session, workspace, linkRequest, cancellationToken);
            links.Add(plan.Error is null
                ? await session.Links.AddAsync(workspace, plan.Slug, plan.Destination!, plan.Tags!, cancellationToken)
                : throw new InvalidOperationException($"The demo's link {slug} is not a valid link: {plan.Error}"));
        }

        return new DemoLinks(workspace.Id, options.Seed, options.SiteUrl, links);
    }

    /// <summary>
    /// The year of posts (<see cref="DemoPosts"/>), one import per network as its own export would be imported, so
    /// <c>payoff imports undo</c> takes a network's posts back and a second demo replaces them, never doubles them.
    /// </summary>
    private static async Task AddPostsAsync(IStoreSession session, Core.Workspaces.Workspace workspace, DemoOptions options, DemoPostSet posts, CancellationToken cancellationToken)
    {
        foreach (var network in posts.Posts.GroupBy(p => p.Network, StringComparer.Ordinal))
        {
            var kind = network.Key switch
            {
                "Facebook" or "Instagram" => ImportKind.MetaPosts,
                "LinkedIn" => ImportKind.LinkedInPage,
                "X" => ImportKind.XAnalytics,
                "TikTok" => ImportKind.TikTok,
                _ => ImportKind.YouTube,
            };
            var rows = network.ToList();
            var request = new ImportRequest(kind, $"demo {network.Key} posts", $"demo-posts:{network.Key}:{options.Seed}:{options.End:O}", rows.Count, 0);
            await session.Importing.WriteAsync(workspace, request, ImportRecords.Posts, new InMemoryRows<Core.Social.SocialPost>(rows), cancellationToken);
        }
    }

    /// <summary>
    /// The demo's year of conversations (<see cref="DemoConversations"/>), one import per network as a listening or inbox
    /// tool's export would be, pseudonymised and scored as any import; the workspace answers in business hours.
    /// </summary>
    private static async Task AddConversationsAsync(IStoreSession session, Core.Workspaces.Workspace workspace, DemoOptions options, DemoPostSet posts, CancellationToken cancellationToken)
    {
        var settings = await session.Conversations.SettingsAsync(workspace, cancellationToken) with { BusinessHours = Core.Conversations.BusinessHours.Parse("mon-fri 09:00-18:00, sat 10:00-14:00") };
        await session.Conversations.SaveSettingsAsync(workspace, settings, cancellationToken);
        var scorer = new Core.Conversations.ConversationScorer(settings);
        foreach (var network in DemoConversations.Generate(options, posts.Posts).GroupBy(m => m.Network, StringComparer.Ordinal))
        {
            var rows = network.Select(scorer.Score).ToList();
            var request = new ImportRequest(ImportKind.Conversations, $"demo {network.Key} conversations", $"demo-conversations:{network.Key}:{options.Seed}:{options.End:O}", rows.Count, 0);
            await session.Importing.WriteAsync(workspace, request, ImportRecords.Conversations, new InMemoryRows<Core.Conversations.ScoredMessage>(rows), cancellationToken);
        }
    }

    /// <summary>The demo's audiences (<see cref="DemoAudiences"/>), each stored as the import of its platform's export.</summary>
    private static async Task AddAudiencesAsync(IStoreSession session, Core.Workspaces.Workspace workspace, DemoOptions options, DateOnly today, CancellationToken cancellationToken)
    {
        foreach (var export in DemoAudiences.Generate(today))
        {
            var request = new ImportRequest(export.Kind, export.Name, $"demo-audience:{export.Name}:{options.Seed}:{options.End:O}", export.Rows.Count, 0);
            await session.Importing.WriteAsync(workspace, request, ImportRecords.Social, new InMemoryRows<Core.Social.SocialRecord>([.. export.Rows.Select(r => Core.Social.SocialRecord.Of(r))]), cancellationToken);
        }
    }

    /// <summary>
    /// Three content experiments on the demo's posts (<c>DemoPostProfiles</c>): LinkedIn's campaign labels "howto"
    /// against "announcement" over the nine months to the end of last month (a real difference: a winner), Facebook's
    /// "question" against "statement" over the same months (drawn alike: no difference), both ended, and Instagram's reels
    /// against images running to the end of next month.
    /// </summary>
    private static async Task AddExperimentsAsync(IStoreSession session, Core.Workspaces.Workspace workspace, DateOnly today, CancellationToken cancellationToken)
    {
        var month = new DateOnly(today.Year, today.Month, 1);
        var (from, until) = (month.AddMonths(-9), month.AddDays(-1));
        Core.Content.ExperimentPlan[] plans =
        [
            new("LinkedIn", "howto vs announcement", ["howto", "announcement"], Core.Content.ExperimentAssignment.Label, Core.Content.ExperimentMetric.EngagementRate, from, until),
            new("Facebook", "questions vs statements", ["question", "statement"], Core.Content.ExperimentAssignment.Label, Core.Content.ExperimentMetric.EngagementRate, from, until),
            new("Instagram", "reels vs images", ["reel", "image"], Core.Content.ExperimentAssignment.Type, Core.Content.ExperimentMetric.EngagementRate, month.AddMonths(-1), month.AddMonths(2).AddDays(-1)),
        ];
        foreach (var plan in plans)
        {
            await session.Experiments.AddAsync(workspace, plan, cancellationToken);
        }
    }

    /// <summary>
    /// Everything a real workspace adds to its visits, so every dashboard page answers its question on
    /// the demo: ad spend of the paid campaigns, social account metrics, staff time at an hourly rate
    /// (recurring, and one-off logged sessions such as a campaign shoot), a tool fee, and three goals — one of
    /// them on Instagram's followers, measured on the daily account metrics.
    /// </summary>
    private static async Task AddCostsGoalsAndMetricsAsync(IStoreSession session, Core.Workspaces.Workspace workspace, DemoOptions options, DateOnly today, CancellationToken cancellationToken)
    {
        var imports = session.Importing;
        var costs = DemoExtras.AdCosts(options);
        await imports.WriteAsync(workspace, new ImportRequest(ImportKind.Costs, "demo ad costs", $"demo-costs:{options.Seed}:{options.End:O}", costs.Count, 0), ImportRecords.Costs, new InMemoryRows<Core.Costs.AdCost>(costs), cancellationToken);
        var metrics = DemoExtras.Metrics(options);
        await imports.WriteAsync(workspace, new ImportRequest(ImportKind.Metrics, "demo account metrics", $"demo-metrics:{options.Seed}:{options.End:O}", metrics.Count, 0), ImportRecords.Metrics, new InMemoryRows<Core.Social.AccountMetric>(metrics), cancellationToken);

        var setup = session.CostSetup;
        var start = today.AddDays(1 - options.Days);
        await setup.SetRateAsync(workspace, new Core.Costs.HourlyRate(string.Empty, 25m, workspace.Currency), cancellationToken);
        foreach (var (network, minutes) in new[] { ("Facebook", 30), ("Instagram", 30), ("LinkedIn", 20), ("X", 15), ("TikTok", 20) })
        {
            await setup.RecurAsync(workspace, new Core.Costs.TimeRecurrence(0, network, string.Empty, minutes, Core.Costs.DayPattern.Weekdays, start), cancellationToken);
        }

        foreach (var (network, daysAgo, minutes, note) in new[]
        {
            ("Instagram", 75, 240, "Spring campaign photo shoot"),
            ("Facebook", 60, 90, "Spring-sale ad creatives"),
            ("TikTok", 40, 180, "Creator collab video edit"),
            ("LinkedIn", 20, 120, "Announcement post and company page update"),
            ("YouTube", 10, 150, "Tutorial recording"),
        })
        {
            await Application.CostSetup.LogTimeHandler.HandleAsync(session, workspace, new Application.CostSetup.LogTimeRequest(network, "--network", string.Empty, today.AddDays(-daysAgo), minutes, note), cancellationToken);
        }

        await setup.AddFeeAsync(workspace, new Core.Costs.Fee(0, "Scheduling tool", 49m, workspace.Currency, new Dictionary<string, decimal> { ["Facebook"] = 0.4m, ["Instagram"] = 0.3m, ["LinkedIn"] = 0.3m }, new DateOnly(start.Year, start.Month, 1)), cancellationToken);

        var goals = session.Goals;
        var month = new DateOnly(today.Year, today.Month, 1);
        await goals.AddAsync(workspace, new Core.Goals.Goal { Name = "LinkedIn leads +20 %", Metric = Core.Goals.GoalMetrics.Find("contacts")!, Scope = new Core.Goals.GoalScope("LinkedIn", null, null), TargetPercent = 20, Start = month.AddMonths(-1), Deadline = month.AddMonths(2).AddDays(-1) }, cancellationToken);
        await goals.AddAsync(workspace, new Core.Goals.Goal { Name = "Facebook sessions +10 %", Metric = Core.Goals.GoalMetrics.Find("sessions")!, Scope = new Core.Goals.GoalScope("Facebook", null, null), TargetPercent = 10, Start = month.AddMonths(-1), Deadline = month.AddMonths(1).AddDays(-1) }, cancellationToken);
        await goals.AddAsync(workspace, new Core.Goals.Goal { Name = "Instagram followers +15 %", Metric = Core.Goals.GoalMetrics.Find("followers")!, Scope = new Core.Goals.GoalScope("Instagram", null, null), TargetPercent = 15, Start = month.AddMonths(-3), Deadline = month.AddMonths(3).AddDays(-1) }, cancellationToken);
    }
}
