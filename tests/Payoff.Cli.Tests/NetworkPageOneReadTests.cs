using Payoff.Application.Benchmark;
using Payoff.Application.Networks;
using Payoff.Application.Roi;
using Payoff.Application.Social;
using Payoff.Application.Verdict;
using Payoff.Core.Ledger;
using Payoff.Core.Reporting.Roi;
using Payoff.Core.Reporting.Social;
using Payoff.Core.Reporting.Verdict;
using Payoff.Core.Workspaces;
using static Payoff.Cli.Tests.CountedDemo;

namespace Payoff.Cli.Tests;

/// <summary>The network page computes its ledger figures from one ledger read, and each part equals its own report's (issue 16 §2).</summary>
public sealed class NetworkPageOneReadTests
{
    [Theory]
    [InlineData("facebook", 30)]
    [InlineData("LinkedIn", 365)]
    [InlineData("Instagram", 7)]
    public async Task A_network_page_reads_the_ledger_once_and_its_goals_roi_and_verdict_are_the_separate_reports(string asked, int days)
    {
        await using var demo = await CountedDemo.CreateAsync(20_000);
        var (cli, store, session, workspace, today) = (demo.Cli, demo.Store, demo.Session, demo.Workspace, demo.Today);
        var range = new DateRange(today.AddDays(1 - days), today);
        var months = VerdictPeriod.Default(today);

        var page = await Handler(demo).HandleAsync(session, workspace, new NetworkPageRequest(asked, range, months));

        Assert.Single(session.Reads);
        session.Reads.Clear();
        var benchmark = await new BenchmarkHandler(store, cli.Time).HandleAsync(session, workspace, new BenchmarkRequest(range.To, BenchmarkRequest.DefaultMonths, asked));
        var social = await new SocialHandler(store).HandleAsync(session, workspace, new SocialRequest(range, SocialGrouping.Month));
        var roi = await new RoiHandler(store).HandleAsync(session, workspace, new RoiRequest(range, RoiGrouping.Campaign, asked, RoiReport.FirstTouch));
        var verdict = await new VerdictHandler(store, cli.Time).HandleAsync(session, workspace, new VerdictRequest(months));
        Assert.Equal(benchmark.Report.Query.Network, page.Network);
        Assert.NotEmpty(page.Benchmark.Goals);
        Assert.NotEmpty(page.Roi.Report.Rows);
        Assert.NotNull(page.NetworkVerdict);
        Assert.Null(page.Comparison);
        Assert.Equal(Json(benchmark), Json(page.Benchmark));
        Assert.Equal(Json(social), Json(page.Social));
        Assert.Equal(Json(roi), Json(page.Roi));
        Assert.Equal(Json(verdict), Json(page.Verdict));
    }

    [Fact]
    public async Task A_channel_page_reads_the_ledger_once_and_its_comparison_is_the_one_of_its_months()
    {
        await using var demo = await CountedDemo.CreateAsync(5_000);
        var (cli, store, session, workspace, today) = (demo.Cli, demo.Store, demo.Session, demo.Workspace, demo.Today);
        var range = new DateRange(today.AddDays(-29), today);
        var months = VerdictPeriod.Default(today);

        var page = await Handler(demo).HandleAsync(session, workspace, new NetworkPageRequest("organic search", range, months));

        Assert.Single(session.Reads);
        Assert.Equal("Organic Search", page.Channel);
        Assert.Null(page.Verdict);
        var ledger = Ledger.Build(await session.Ledger.ReadAsync(workspace, months.Range), workspace.Currency, months.Range);
        Assert.Equal(Json(ChannelComparison.Build(ledger, months, "Organic Search", workspace.Currency)), Json(page.Comparison));
        var roi = await new RoiHandler(store).HandleAsync(session, workspace, new RoiRequest(range, RoiGrouping.Campaign, "Organic Search", RoiReport.FirstTouch));
        Assert.Equal(Json(roi), Json(page.Roi));
        var benchmark = await new BenchmarkHandler(store, cli.Time).HandleAsync(session, workspace, new BenchmarkRequest(range.To, BenchmarkRequest.DefaultMonths, "Organic Search"));
        Assert.Equal(Json(benchmark), Json(page.Benchmark));
    }

    private static NetworkPageHandler Handler(CountedDemo demo) => new(demo.Store, demo.Cli.Time, new SocialHandler(demo.Store));
}
