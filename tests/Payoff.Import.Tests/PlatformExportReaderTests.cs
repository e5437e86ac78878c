using System.Globalization;
using System.IO.Compression;
using Payoff.Core.Social;
using Payoff.Core.Workspaces;
using Payoff.Import.Csv;
using Payoff.Import.LinkedIn;
using Payoff.Import.Meta;
using Payoff.Import.Platforms;
using Payoff.Import.TikTok;
using Payoff.Import.X;
using Payoff.Import.YouTube;

namespace Payoff.Import.Tests;

public sealed class PlatformExportReaderTests
{
    private static readonly WorkspaceCalendar Utc = new(TimeZoneInfo.Utc);

    private static string Data(string folder, string name) => Path.Combine(AppContext.BaseDirectory, "Data", folder, name);

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static List<string> Metrics(IEnumerable<SocialRecord> records) =>
        [.. records.Select(r => r.Metric!).Select(m => $"{Day(m.Date)} {m.Network} {m.Metric} {m.Value.ToString(CultureInfo.InvariantCulture)}")];

    [Theory]
    [InlineData("acme-analytics_content_1717200000000.xlsx")]
    [InlineData("acme-analytics_content_1717200000000.xls")]
    public void LinkedIn_content_workbooks_give_daily_totals_and_posts_in_xlsx_and_legacy_xls_alike(string name)
    {
        var file = new LinkedInPageReader(Utc).Read(Data("LinkedIn", name));
        Assert.Empty(file.Errors);
        var metrics = file.Records.Where(r => r.Metric is not null).Select(r => r.Metric!).ToList();
        Assert.All(metrics, m => Assert.Equal(("LinkedIn", "acme-analytics"), (m.Network, m.Account)));
        Assert.Equal([1500m, 900m, 1200m], metrics.Where(m => m.Metric == "impressions").Select(m => m.Value));
        Assert.Equal("Impressions (total)", metrics.First(m => m.Metric == "impressions").PlatformMetric);
        Assert.Equal([800m, 650m, 700m], metrics.Where(m => m.Metric == "reach").Select(m => m.Value));
        Assert.Equal(-1m, metrics.Single(m => m.Metric == "likes" && m.Date == new DateOnly(2026, 5, 3)).Value);
        Assert.Equal([2m, 1m, 0m], metrics.Where(m => m.Metric == "shares").Select(m => m.Value));

        var posts = file.Records.Where(r => r.Post is not null).Select(r => r.Post!).ToList();
        Assert.Equal(["7190000000000000001", "7190000000000000002"], posts.Select(p => p.PostId));
        Assert.Equal("We're hiring, \"analytics\" engineers!\nApply below.", posts[0].Text);
        Assert.Equal(("image", 2400L, 80L, 6L, 4L), (posts[0].Type, posts[0].Impressions, posts[0].Likes, posts[0].Shares, posts[0].Follows));
        Assert.Equal(("video", 3100L, "Q2 Launch"), (posts[1].Type, posts[1].VideoViews, posts[1].Labels));
        Assert.Equal(new DateTimeOffset(2026, 5, 2, 0, 0, 0, TimeSpan.Zero), posts[1].PublishedAt);
    }

    [Fact]
    public void LinkedIn_followers_total_is_the_days_new_followers_and_the_location_sheet_is_the_audience()
    {
        var file = new LinkedInPageReader(Utc).Read(Data("LinkedIn", "acme-analytics_followers_1717200000000.xls"));
        Assert.Empty(file.Errors);
        Assert.Equal(["2026-05-01 LinkedIn new_followers 12", "2026-05-02 LinkedIn new_followers 8", "2026-05-03 LinkedIn new_followers -1"], Metrics(file.Records.Where(r => r.Metric is not null)));
        var audience = Assert.Single(file.Records, r => r.Audience is not null).Audience!;
        Assert.Equal(("location", "Jakarta", 410L, "followers"), (audience.Dimension, audience.Value, audience.Count, audience.Audience));
    }

    [Fact]
    public void LinkedIn_visitors_give_total_page_views_and_unique_visitors()
    {
        var file = new LinkedInPageReader(Utc).Read(Data("LinkedIn", "acme-analytics_visitors_1717200000000.xlsx"));
        Assert.Empty(file.Errors);
        Assert.Equal(
            ["2026-05-01 LinkedIn page_views 42", "2026-05-01 LinkedIn unique_visitors 20", "2026-05-02 LinkedIn page_views 17", "2026-05-02 LinkedIn unique_visitors 9"],
            Metrics(file.Records));
    }

    [Fact]
    public void TikTok_viewers_are_read_as_daily_reach()
    {
        var file = new TikTokReader(Utc).Read(Data("TikTok", "Viewers_2025-08-01_2025-09-30.csv"));
        Assert.Empty(file.Errors);
        Assert.Equal(["2025-08-31 TikTok reach 830", "2025-09-01 TikTok reach 1020"], Metrics(file.Records));
    }

    [Fact]
    public void Campaign_manager_rows_below_report_lines_add_up_per_campaign_and_day()
    {
        var costs = new LinkedInAdsReader("USD").Read(Data("LinkedIn", "campaign_performance_report.csv")).Records;
        Assert.Equal(
            ["2026-05-01 Q2 Launch 150.75 EUR 10000 105 3", "2026-05-02 Q2 Launch 99.99 EUR 7100 80 2"],
            costs.Select(c => $"{Day(c.Date)} {c.Campaign} {c.Amount} {c.Currency} {c.Impressions} {c.Clicks} {c.Conversions}"));
    }

    [Fact]
    public void X_ads_workbooks_read_excel_serial_days_and_sum_placements()
    {
        var costs = new XAdsReader("EUR").Read(Data("X", "x-ads-campaigns.xlsx")).Records;
        Assert.Equal(
            ["2026-05-01 X Spring push 19.75 EUR 1500 41", "2026-05-02 X Spring push 10.00 EUR 800 20"],
            costs.Select(c => $"{Day(c.Date)} {c.Network} {c.Campaign} {c.Amount} {c.Currency} {c.Impressions} {c.Clicks}"));
    }

    [Fact]
    public void X_legacy_tweet_activity_reads_float_counts_quoted_multi_line_text_and_offsets()
    {
        var posts = new XPostsReader(Utc).Read(Data("X", "tweet_activity_metrics_acmeapp_20170401_20170430_en.csv")).Records.Select(r => r.Post!).ToList();
        Assert.Equal(2, posts.Count);
        Assert.Equal(("acmeapp", "849285372946997248", 1523L, 12L, 2L, 3L, 15L), (posts[0].Account, posts[0].PostId, posts[0].Impressions, posts[0].Likes, posts[0].Comments, posts[0].Shares, posts[0].Clicks));
        Assert.Equal("New dashboard, \"finally\", with costs", posts[0].Text);
        Assert.Equal((2L, 0L), (posts[0].HashtagClicks!.Value, posts[1].HashtagClicks!.Value));
        Assert.Equal(new DateTimeOffset(2017, 4, 9, 14, 30, 0, TimeSpan.Zero), posts[1].PublishedAt);
        Assert.Contains('\n', posts[1].Text!);
    }

    [Fact]
    public void X_content_and_overview_exports_map_to_canonical_names()
    {
        var posts = new XPostsReader(Utc).Read(Data("X", "account_analytics_content_2026-07-01_2026-07-31.csv")).Records.Select(r => r.Post!).ToList();
        Assert.Equal((1840L, 6L, 4L, 5L, 3L), (posts[0].Impressions!.Value, posts[0].Shares!.Value, posts[0].Saves!.Value, posts[0].Comments!.Value, posts[0].Follows!.Value));
        Assert.Equal(new DateTimeOffset(2026, 7, 14, 0, 0, 0, TimeSpan.Zero), posts[0].PublishedAt);
        Assert.Equal((3L, 0L), (posts[0].HashtagClicks!.Value, posts[1].HashtagClicks!.Value));

        var overview = Metrics(new XPostsReader(Utc).Read(Data("X", "account_overview_analytics.csv")).Records);
        Assert.Contains("2026-07-14 X new_followers 5", overview);
        Assert.Contains("2026-07-15 X unfollows 2", overview);
        Assert.Contains("2026-07-14 X saves 4", overview);
        Assert.Contains("2026-07-14 X shares 7", overview);
    }

    [Fact]
    public void TikTok_dates_get_their_year_from_the_file_name_across_new_year()
    {
        var file = new TikTokReader(Utc).Read(Data("TikTok", "Overview_2025-12-30_2026-01-02.csv"));
        Assert.Empty(file.Errors);
        var views = file.Records.Select(r => r.Metric!).Where(m => m.Metric == "video_views").Select(m => $"{Day(m.Date)} {m.Value}");
        Assert.Equal(["2025-12-30 1200", "2025-12-31 1450", "2026-01-01 980", "2026-01-02 1200"], views);
    }

    [Fact]
    public void TikTok_without_a_period_or_with_an_ambiguous_one_says_so_and_spanish_dates_read()
    {
        var none = new TikTokReader(Utc).Read(Data("TikTok", "FollowerHistory.csv"));
        Assert.Contains(none.Errors, e => e.Column == "Date" && e.Message.Contains("--period", StringComparison.Ordinal));

        var twoYears = new ImportOptions { Period = new DatePeriod(new DateOnly(2024, 1, 1), new DateOnly(2025, 12, 31)) };
        var ambiguous = new TikTokReader(Utc).Read(Data("TikTok", "FollowerHistory.csv"), twoYears);
        Assert.Contains(ambiguous.Errors, e => e.Message.Contains("ambiguous", StringComparison.Ordinal) && e.Message.Contains("2024 and 2025", StringComparison.Ordinal));

        var summer = new ImportOptions { Period = new DatePeriod(new DateOnly(2025, 8, 1), new DateOnly(2025, 9, 30)) };
        var followers = new TikTokReader(Utc).Read(Data("TikTok", "FollowerHistory.csv"), summer);
        Assert.Empty(followers.Errors);
        Assert.Equal(["2025-08-31 TikTok followers 1520", "2025-09-01 TikTok followers 1515"], Metrics(followers.Records));

        var spanish = new TikTokReader(Utc).Read(Data("TikTok", "Visión_general.csv"), new ImportOptions { Period = new DatePeriod(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)) });
        Assert.Equal("2026-02-10 TikTok video_views 300", Metrics(spanish.Records)[0]);
    }

    [Fact]
    public void TikTok_videos_take_their_id_from_the_link_and_read_rounded_counts()
    {
        var options = new ImportOptions { Period = new DatePeriod(new DateOnly(2025, 8, 1), new DateOnly(2025, 9, 30)) };
        var posts = new TikTokReader(Utc).Read(Data("TikTok", "Content.csv"), options).Records.Select(r => r.Post!).ToList();
        Assert.Equal(("7301234567890123456", "acmeapp", 18400L, 1200L), (posts[0].PostId, posts[0].Account, posts[0].Views!.Value, posts[0].Likes!.Value));
    }

    [Fact]
    public void YouTube_zip_skips_the_total_row_and_reads_soft_hyphenated_and_german_headers()
    {
        var posts = new YouTubeContentReader(Utc).Read(Data("YouTube", "Content 2026-06-01_2026-07-31 Acme Analytics.zip")).Records.Select(r => r.Post!).ToList();
        Assert.Equal(["dQw4w9WgXcQ", "abcDEF12345"], posts.Select(p => p.PostId));
        Assert.Equal(("Acme Analytics", 4100L, 35L, 70000L), (posts[0].Account, posts[0].Views!.Value, posts[0].Follows!.Value, posts[0].Impressions!.Value));
        Assert.Equal(new DateTimeOffset(2026, 6, 2, 0, 0, 0, TimeSpan.Zero), posts[1].PublishedAt);

        var german = new YouTubeContentReader(Utc).Read(Data("YouTube", "Inhalte 2026-07-01_2026-07-31 Acme DE.zip")).Records.Single().Post!;
        Assert.Equal(("Payoff in 3 Minuten", 500L), (german.Text, german.Views!.Value));
    }

    [Fact]
    public void A_zip_bomb_is_refused_before_it_is_inflated()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bomb-{Guid.NewGuid():N}.zip");
        try
        {
            using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
            {
                using var entry = zip.CreateEntry("Table data.csv", CompressionLevel.SmallestSize).Open();
                var zeros = new byte[1 << 20];
                for (var i = 0; i < 64; i++)
                {
                    entry.Write(zeros);
                }
            }

            var error = Assert.Throws<ImportFileException>(() => new YouTubeContentReader(Utc).Read(path));
            Assert.Contains("ZIP bomb", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Meta_daily_files_in_utf16_read_their_metric_from_the_title_line()
    {
        Assert.Equal(["2025-08-01 Facebook views 1520", "2025-08-02 Facebook views 1204"], Metrics(MetaDailyReader.Read(Data("Meta", "Views.csv")).Records));
        Assert.Equal(
            ["2025-08-01 Instagram new_followers 14", "2025-08-02 Instagram new_followers 9", "2025-08-03 Instagram new_followers 0"],
            Metrics(MetaDailyReader.Read(Data("Meta", "Instagram Follows.csv")).Records));
    }

    [Fact]
    public void Legacy_page_insights_skip_the_description_row_and_read_the_first_of_repeated_columns()
    {
        var file = new FacebookInsightsPostsReader(Utc).Read(Data("Meta", "facebook-insights-posts-2015-10.csv"));
        Assert.Empty(file.Errors);
        var posts = file.Records.Select(r => r.Post!).ToList();
        Assert.Equal([("123456789_987654321", 5230L, 8800L, "image"), ("123456789_987654322", 1200L, 1900L, "link")], posts.Select(p => (p.PostId, p.Reach!.Value, p.Impressions!.Value, p.Type)));
        Assert.Equal(new DateTimeOffset(2015, 10, 1, 21, 0, 0, TimeSpan.Zero), posts[0].PublishedAt);
    }

    [Fact]
    public void An_explicit_date_format_reads_day_first_dates_a_default_would_misread()
    {
        var path = Path.Combine(Path.GetTempPath(), $"x-overview-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "Date,Impressions,Likes,Engagements,New follows,Unfollows,Profile visits\n03/04/2026,10,1,2,0,0,1\n");
        try
        {
            var monthFirst = Metrics(new XPostsReader(Utc).Read(path).Records);
            var dayFirst = Metrics(new XPostsReader(Utc).Read(path, new ImportOptions { DateFormat = "dd/MM/yyyy" }).Records);
            Assert.StartsWith("2026-03-04", monthFirst[0], StringComparison.Ordinal);
            Assert.StartsWith("2026-04-03", dayFirst[0], StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
