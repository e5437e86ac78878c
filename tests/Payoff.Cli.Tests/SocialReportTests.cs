using System.Text.Json;

namespace Payoff.Cli.Tests;

public sealed class SocialReportTests
{
    [Fact]
    public void Followers_growth_engagement_and_its_basis_come_from_daily_metrics_and_posts_without_counting_twice()
    {
        using var cli = new CliRun();
        cli.Run("import", "metrics", cli.File("daily.csv", """
            date,network,metric,value,account
            2025-06-30,Facebook,followers,400,shop
            2025-07-10,Facebook,followers,480,shop
            2025-07-10,Facebook,views,1000,shop
            2025-07-11,Facebook,views,500,shop
            2025-07-10,LinkedIn,impressions,300,shop
            2025-07-10,LinkedIn,new_followers,5,shop
            2025-07-11,LinkedIn,unfollows,1,shop
            2025-07-11,LinkedIn,likes,12,shop
            """));
        cli.Run("import", "meta-posts", cli.File("posts.csv", """
            "Post ID","Page ID","Page name",Title,"Publish time",Permalink,"Post type",Date,Views,Reach,Reactions,Comments,Shares
            1_1,1,shop,Hello,07/05/2025 10:00,https://fb.com/1,Photos,Lifetime,900,700,40,5,5
            1_2,1,shop,Old,05/05/2025 10:00,https://fb.com/2,Photos,Lifetime,9000,7000,400,50,50
            """));

        var (code, output, _) = cli.Run("report", "social", "--from", "2025-07-01", "--to", "2025-07-15", "--format", "json");

        Assert.Equal(0, code);
        var rows = JsonDocument.Parse(output).RootElement.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("network").GetString()!);
        var facebook = rows["Facebook"];
        Assert.Equal(480m, facebook.GetProperty("followers").GetDecimal());
        Assert.Equal(80m, facebook.GetProperty("follower_growth").GetDecimal());
        Assert.Equal(1500m, facebook.GetProperty("views").GetDecimal());
        Assert.Equal(50m, facebook.GetProperty("engagements").GetDecimal());
        Assert.Equal(1, facebook.GetProperty("posts").GetInt64());
        Assert.Equal("views", facebook.GetProperty("engagement_rate_basis").GetString());
        Assert.Equal(0.033333m, Math.Round(facebook.GetProperty("engagement_rate").GetDecimal(), 6));
        Assert.Equal(JsonValueKind.Null, facebook.GetProperty("saves").ValueKind);
        var linkedIn = rows["LinkedIn"];
        Assert.Equal(4m, linkedIn.GetProperty("follower_growth").GetDecimal());
        Assert.Equal("impressions", linkedIn.GetProperty("engagement_rate_basis").GetString());
        Assert.Equal(0.04m, linkedIn.GetProperty("engagement_rate").GetDecimal());
        Assert.Equal(JsonValueKind.Null, linkedIn.GetProperty("followers").ValueKind);
    }
}
