using System.Text.Json;
using Payoff.Storage.DuckDb;

namespace Payoff.Cli.Tests;

/// <summary>The "done when": a folder of downloads from every platform, imported with one command.</summary>
public sealed class DownloadsFolderTests
{
    private static readonly string[] Downloads =
    [
        "LinkedIn/acme-analytics_content_1717200000000.xlsx",
        "LinkedIn/acme-analytics_followers_1717200000000.xls",
        "LinkedIn/campaign_performance_report.csv",
        "X/tweet_activity_metrics_acmeapp_20170401_20170430_en.csv",
        "X/account_analytics_content_2026-07-01_2026-07-31.csv",
        "X/account_overview_analytics.csv",
        "X/x-ads-campaigns.xlsx",
        "TikTok/Overview_2025-12-30_2026-01-02.csv",
        "YouTube/Content 2026-06-01_2026-07-31 Acme Analytics.zip",
        "Meta/Views.csv",
        "Meta/Instagram Follows.csv",
        "Meta/facebook-insights-posts-2015-10.csv",
        "Meta/facebook-posts.csv",
        "Meta/ads-daily.csv",
        "GA4/traffic-channel-may.csv",
        "HubSpot/hubspot-crm-exports-all-contacts-2026-05-31.xlsx",
    ];

    private static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "Data", name);

    [Fact]
    public void Import_auto_reads_every_download_says_what_it_detected_and_a_second_run_adds_nothing()
    {
        using var cli = new CliRun();
        var files = Downloads.Select(Data).ToArray();
        var first = cli.Run(["import", "auto", "--format", "json", .. files]);
        Assert.True(first.ExitCode == 0, first.Out + first.Error);
        var results = JsonDocument.Parse(first.Out).RootElement.EnumerateArray().ToList();
        Assert.Equal(
            ["linkedin-page", "linkedin-page", "linkedin-ads", "x-analytics", "x-analytics", "x-analytics", "x-ads", "tiktok", "youtube", "meta-daily", "meta-daily", "facebook-insights", "meta-posts", "meta-ads", "ga4-traffic", "hubspot-contacts"],
            results.Select(r => r.GetProperty("detectedKind").GetString()));
        Assert.All(results, r => Assert.True(r.GetProperty("importId").ValueKind == JsonValueKind.Number, r.ToString()));
        Assert.Equal("2026-05-01", results[0].GetProperty("period").GetProperty("from").GetString());

        using (var db = DuckDbDatabase.Open(cli.Database, cli.Time))
        {
            Assert.Equal(["Facebook", "Instagram", "LinkedIn", "TikTok", "X", "YouTube"], Strings(db, "SELECT DISTINCT network FROM (SELECT network FROM posts UNION ALL SELECT network FROM account_metrics) ORDER BY 1"));
            Assert.Equal(2, db.Scalar<long>("SELECT count(*) FROM posts WHERE network = 'LinkedIn'"));
        }

        var again = cli.Run(["import", "auto", "--format", "json", .. files]);
        Assert.Equal(0, again.ExitCode);
        Assert.All(JsonDocument.Parse(again.Out).RootElement.EnumerateArray(), r => Assert.True(r.GetProperty("alreadyImported").GetBoolean()));

        // The same LinkedIn workbook in its legacy binary form is a different file covering the same posts and days: it replaces, never adds.
        using (var before = DuckDbDatabase.Open(cli.Database, cli.Time))
        {
            var totals = before.Scalar<long>("SELECT (SELECT count(*) FROM posts) + (SELECT count(*) FROM account_metrics)");
            before.Dispose();
            Assert.Equal(0, cli.Run("import", "auto", Data("LinkedIn/acme-analytics_content_1717200000000.xls")).ExitCode);
            using var after = DuckDbDatabase.Open(cli.Database, cli.Time);
            Assert.Equal(totals, after.Scalar<long>("SELECT (SELECT count(*) FROM posts) + (SELECT count(*) FROM account_metrics)"));
            Assert.Equal(3600, after.Scalar<long>("SELECT sum(value)::BIGINT FROM account_metrics WHERE network = 'LinkedIn' AND metric = 'impressions'"));
        }

        var social = cli.Run("report", "social", "--by", "network", "--from", "2026-05-01", "--to", "2026-05-31", "--format", "json");
        Assert.Equal(0, social.ExitCode);
        var linkedIn = JsonDocument.Parse(social.Out).RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("network").GetString() == "LinkedIn");
        Assert.Equal(3600, linkedIn.GetProperty("impressions").GetInt64());
    }

    [Fact]
    public void An_unreadable_download_says_why_and_the_others_still_import()
    {
        using var cli = new CliRun();
        var notes = cli.File("notes.txt", "just some notes\nnothing tabular\n");
        var broken = cli.File("broken.xlsx", "PK\u0003\u0004 not really a workbook");
        var run = cli.Run("import", "auto", notes, broken, Data("X/account_overview_analytics.csv"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("notes.txt: not a format Payoff recognises", run.Out, StringComparison.Ordinal);
        Assert.Contains("broken.xlsx:", run.Out, StringComparison.Ordinal);
        Assert.Contains("account_overview_analytics.csv: 20 records from 2 rows imported", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Undo_of_a_mixed_workbook_removes_its_posts_and_metrics_exactly()
    {
        using var cli = new CliRun();
        Assert.Equal(0, cli.Run("import", "linkedin-page", Data("LinkedIn/acme-analytics_content_1717200000000.xlsx")).ExitCode);
        Assert.Equal(0, cli.Run("imports", "undo", "1").ExitCode);
        using var db = DuckDbDatabase.Open(cli.Database, cli.Time);
        Assert.Equal(0, db.Scalar<long>("SELECT (SELECT count(*) FROM posts) + (SELECT count(*) FROM account_metrics)"));
    }

    private static List<string> Strings(DuckDbDatabase db, string sql)
    {
        using var command = db.Command(sql);
        using var reader = command.ExecuteReader();
        var result = new List<string>();
        while (reader.Read())
        {
            result.Add(reader.GetString(0));
        }

        return result;
    }
}
