namespace Payoff.Cli.Tests.Baseline;

/// <summary>
/// The platform exports of the baseline, at 2026-08-15 12:00 UTC: the repository's X, TikTok, LinkedIn,
/// Meta, YouTube and GA4 files and ad exports (through <c>import auto</c>), imported conversion paths and a goal.
/// </summary>
public sealed class PlatformsWorkspace() : BaselineWorkspace("platforms", "default", new DateTimeOffset(2026, 8, 15, 12, 0, 0, TimeSpan.Zero), Build)
{
    private static void Build(CliRun cli)
    {
        Ok(cli, "import", "auto",
            Data("X", "account_overview_analytics.csv"),
            Data("X", "account_analytics_content_2026-07-01_2026-07-31.csv"),
            Data("TikTok", "Overview_2025-12-30_2026-01-02.csv"),
            Data("LinkedIn", "acme-analytics_followers_1717200000000.xls"),
            Data("LinkedIn", "acme-analytics_visitors_1717200000000.xlsx"),
            Data("LinkedIn", "campaign_performance_report.csv"),
            Data("Meta", "facebook-posts.csv"),
            Data("Meta", "instagram-posts.csv"),
            Data("Meta", "ads-period-fr.csv"),
            Data("YouTube", "Content 2026-06-01_2026-07-31 Acme Analytics.zip"),
            Data("GA4", "traffic-channel-may.csv"),
            Data("X", "x-ads-campaigns.xlsx"));
        Ok(cli, "import", "journeys", cli.File("paths.csv", "path,conversions,value,nulls\nFacebook > Email,3,120,5\nLinkedIn,2,300,1\nFacebook,1,0,7\nX > LinkedIn > Email,1,80,2\nInstagram > Facebook,0,0,4\n"));
        Ok(cli, "goal", "add", "--name", "X followers", "--metric", "followers", "--network", "X", "--target", "5000", "--start", "2026-08-01", "--deadline", "2026-09-30");
    }
}
