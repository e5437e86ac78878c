using Payoff.Core.Audience;
using Payoff.Core.Content;
using Payoff.Core.Demo;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Cli.Tests;

/// <summary>The demo's posts, built once (<c>payoff demo --no-serve --sessions 20000</c> at the test clock) for every test here.</summary>
public sealed class DemoContentWorkspace : IAsyncLifetime
{
    public CliRun Cli { get; } = new();

    public IStore Store { get; private set; } = null!;

    public IStoreSession Session { get; private set; } = null!;

    public Workspace Workspace { get; private set; } = null!;

    /// <summary>The demo's year: the local days up to today.</summary>
    public ContentFilter Year(string? network = null)
    {
        var today = Workspace.Calendar.Today(Cli.Time);
        return new ContentFilter(new DateRange(today.AddDays(-364), today), network);
    }

    public Task<ContentReport> ReportAsync(ContentGrouping grouping, string? network = null, ContentMetric metric = ContentMetric.EngagementRate) =>
        ContentReportBuilder.BuildAsync(Session.Content, Workspace, Year(network), grouping, metric, 5);

    public async Task InitializeAsync()
    {
        var run = Cli.Run("demo", "--no-serve", "--sessions", "20000", "--format", "json");
        Assert.True(run.ExitCode == 0, run.Error);
        Store = CliComposition.OpenStore(Cli.Database, Cli.Time);
        Session = await Store.OpenSessionAsync();
        Workspace = (await Session.Workspaces.FindAsync("demo"))!;
    }

    public async Task DisposeAsync()
    {
        await Session.DisposeAsync();
        Store.Dispose();
        Cli.Dispose();
    }
}

/// <summary>The truths built into the demo's posts (<c>DemoPostProfiles</c>, README "The demo") hold on the generated data.</summary>
public sealed class DemoContentTests(DemoContentWorkspace demo) : IClassFixture<DemoContentWorkspace>
{
    [Fact]
    public async Task The_demo_s_experiments_end_with_a_winner_and_without_one_and_one_runs()
    {
        var today = demo.Workspace.Calendar.Today(demo.Cli.Time);
        var results = new Dictionary<string, ExperimentResult>();
        foreach (var experiment in await demo.Session.Experiments.ListAsync(demo.Workspace))
        {
            results[experiment.Plan.Name] = await ExperimentAnalysis.ReadAsync(demo.Session.Content, demo.Workspace, experiment, today);
        }

        var howto = results["howto vs announcement"];
        Assert.Equal((ExperimentStatus.Ended, ExperimentOutcome.Winner, "howto"), (howto.Status, howto.Outcome, howto.Winner));
        Assert.Contains("howto beat announcement on LinkedIn", howto.Summary, StringComparison.Ordinal);
        var questions = results["questions vs statements"];
        Assert.Equal((ExperimentStatus.Ended, ExperimentOutcome.NoDifference), (questions.Status, questions.Outcome));
        // An ended experiment's findings are in the past tense (issue 17).
        Assert.Contains("no real difference (p = ", questions.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain(" yet", questions.Summary, StringComparison.Ordinal);
        Assert.Equal(ExperimentStatus.Running, results["reels vs images"].Status);
    }

    [Fact]
    public async Task Every_network_of_the_demo_has_a_year_of_posts_of_its_own_types()
    {
        var report = await demo.ReportAsync(ContentGrouping.Type);

        var types = report.Groups.GroupBy(g => g.Facts.Network).ToDictionary(g => g.Key, g => g.Select(r => r.Facts.Key).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(["carousel", "image", "reel", "story"], types["Instagram"]);
        Assert.Equal(["carousel", "image", "link", "text", "video"], types["LinkedIn"]);
        Assert.Equal(["video"], types["TikTok"]);
        Assert.Equal(["video"], types["YouTube"]);
        foreach (var basis in report.Bases)
        {
            // 3 to 12 posts a week, every post rated on its platform's own basis.
            Assert.InRange(basis.Posts, 3 * 52 * 0.8, 12 * 52 * 1.2);
            Assert.Equal(basis.Posts, basis.WithBasis);
        }

        Assert.Equal(EngagementBasis.Impressions, report.Bases.Single(b => b.Network == "LinkedIn").Basis);
        Assert.Equal(EngagementBasis.Views, report.Bases.Single(b => b.Network == "Facebook").Basis);
    }

    [Fact]
    public async Task Video_beats_image_on_LinkedIn_and_reel_beats_image_on_Instagram()
    {
        var report = await demo.ReportAsync(ContentGrouping.Type);

        var linkedIn = Comparison(report, "LinkedIn", "video", "image");
        Assert.Equal(ComparisonOutcome.Beats, linkedIn.Outcome);
        Assert.StartsWith("video beats image on LinkedIn", linkedIn.Finding, StringComparison.Ordinal);
        Assert.Equal(ComparisonOutcome.Beats, Comparison(report, "Instagram", "reel", "image").Outcome);
    }

    [Fact]
    public async Task Image_and_video_on_Facebook_show_no_real_difference()
    {
        var report = await demo.ReportAsync(ContentGrouping.Type, "Facebook");

        var comparison = report.Comparisons.Single(c => c.Leader is "image" or "video" && c.Other is "image" or "video");
        Assert.Equal(ComparisonOutcome.NoDifferenceYet, comparison.Outcome);
    }

    [Fact]
    public async Task The_howto_label_beats_announcement_on_LinkedIn_while_question_and_statement_on_Facebook_do_not_differ()
    {
        var report = await demo.ReportAsync(ContentGrouping.Label);

        Assert.Equal(ComparisonOutcome.Beats, Comparison(report, "LinkedIn", "howto", "announcement").Outcome);
        var facebook = report.Comparisons.Single(c => c.Network == "Facebook");
        Assert.Equal(["question", "statement"], new[] { facebook.Leader, facebook.Other }.Order(StringComparer.Ordinal));
        Assert.Equal(ComparisonOutcome.NoDifferenceYet, facebook.Outcome);
    }

    [Fact]
    public async Task Hashtags_in_four_languages_and_Thai_change_nothing()
    {
        var report = await demo.ReportAsync(ContentGrouping.Hashtag);

        var tags = report.Groups.Select(g => g.Facts.Key).ToHashSet(StringComparer.Ordinal);
        Assert.Superset(new HashSet<string>(["promo", "MałyBiznes", "jualanonline", "diskaun", "ลดราคา"], StringComparer.Ordinal), tags);
        var promo = report.Comparisons.Where(c => c.Leader == "#promo" || c.Other == "#promo").ToList();
        Assert.NotEmpty(promo);
        Assert.All(promo, c => Assert.Equal(ComparisonOutcome.NoDifferenceYet, c.Outcome));
    }

    [Fact]
    public async Task The_best_time_on_LinkedIn_is_a_Tuesday_to_Thursday_morning()
    {
        var report = await BestTimeBuilder.BuildAsync(demo.Session.Content, demo.Workspace, demo.Year("LinkedIn"), ContentMetric.EngagementRate);

        var linkedIn = report.Networks.Single();
        Assert.All(linkedIn.Best, slot =>
        {
            Assert.InRange(slot.Weekday, 2, 4);
            Assert.InRange(slot.Hour!.Value, 8, 10);
            Assert.True(slot.Posts >= BestTimeReport.DefaultMinPosts);
        });

        // The typical evening slot (from 17:00) engages far less than the best morning.
        var evenings = linkedIn.Cells.Where(c => c.Hour >= 17 && c.Median is not null).Select(c => c.Median!.Value).Order().ToList();
        Assert.NotEmpty(evenings);
        Assert.True(linkedIn.Best[0].Median > 1.5 * evenings[evenings.Count / 2], $"best {linkedIn.Best[0].Median}, typical evening {evenings[evenings.Count / 2]}");
    }

    [Fact]
    public async Task Posts_with_a_tracked_link_have_visits_on_every_network_with_tracked_captions()
    {
        var report = await demo.ReportAsync(ContentGrouping.Post, metric: ContentMetric.Visits);

        foreach (var network in new[] { "Facebook", "Instagram", "LinkedIn", "X", "YouTube" })
        {
            var best = report.Top.First(p => p.Network == network);
            Assert.NotNull(best.ContentKey);
            Assert.Equal(1, best.KeyPosts);
            Assert.True(best.Sessions > 0, $"{network}: {best.Sessions} visits");
        }

        Assert.DoesNotContain(report.Top, p => p.Network == "TikTok");
    }

    [Fact]
    public async Task The_posts_are_the_same_on_every_run_and_stored_once()
    {
        var options = new DemoOptions { End = demo.Cli.Time.GetUtcNow() };
        var first = DemoPosts.Generate(options, demo.Workspace.Calendar.Zone);
        var second = DemoPosts.Generate(options, demo.Workspace.Calendar.Zone);
        Assert.Equal(first.Posts, second.Posts);
        Assert.Equal(first.Tracked, second.Tracked);
        Assert.NotEqual(first.Posts, DemoPosts.Generate(options with { Seed = 7 }, demo.Workspace.Calendar.Zone).Posts);

        var stored = (await demo.Session.Content.ReadBasesAsync(demo.Workspace, demo.Year())).Sum(b => b.Posts);
        Assert.Equal(first.Posts.Count, stored);
    }

    [Fact]
    public async Task The_demo_s_audiences_differ_where_it_says_and_nowhere_else()
    {
        var report = AudienceReportBuilder.Build(await demo.Session.Audience.ReadAsync(demo.Workspace));
        AudienceComparison Between(string dimension, string a, string b) =>
            report.Comparisons.Single(c => c.Dimension == dimension && new[] { c.First, c.Second }.Order().SequenceEqual(new[] { a, b }.Order()));

        // Age, by hand: |.08−.34| + |.22−.38| + |.30−.17| + |.24−.07| + |.11−.03| + |.05−.01| = .84, halved: 0.42.
        var age = Between(AudienceDimensions.Age, "Facebook", "Instagram");
        Assert.Equal((0.42m, true), (age.Distance, age.DiffersMarkedly));
        // Gender: |.58−.64| + |.42−.36| = .12, halved: 0.06; countries: (.07 + .06 + .02 + .01) ÷ 2 = 0.08.
        Assert.Equal((0.06m, false), (Between(AudienceDimensions.Gender, "Facebook", "Instagram").Distance, Between(AudienceDimensions.Gender, "Facebook", "Instagram").DiffersMarkedly));
        Assert.Equal((0.08m, false), (Between(AudienceDimensions.Country, "Facebook", "Instagram").Distance, Between(AudienceDimensions.Country, "Facebook", "Instagram").DiffersMarkedly));
        Assert.True(Between(AudienceDimensions.Country, "Facebook", "TikTok").DiffersMarkedly);
        Assert.Contains(report.Distributions, d => d.Label.StartsWith("LinkedIn", StringComparison.Ordinal) && d.Dimension == AudienceDimensions.JobFunction);
    }

    private static ContentComparison Comparison(ContentReport report, string network, string leader, string other) =>
        report.Comparisons.Single(c => c.Network == network && c.Leader == leader && c.Other == other);
}

