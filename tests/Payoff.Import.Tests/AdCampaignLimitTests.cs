using Payoff.Import.LinkedIn;
using Payoff.Import.Microsoft;
using Payoff.Import.X;

namespace Payoff.Import.Tests;

/// <summary>Issue 13 §4.6: a 1,000,011-character campaign was stored; the ad platforms' exports had no limit on a campaign's name.</summary>
public sealed class AdCampaignLimitTests : IDisposable
{
    private static readonly string Long = new('x', 1_000_011);

    private readonly TestFiles files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void Regression_a_campaign_name_past_1000_characters_in_an_ad_export_is_a_row_error_naming_the_column_not_stored()
    {
        var linkedIn = new LinkedInAdsReader("USD").Read(files.Write("li.csv", string.Join('\n',
            "\"Start Date (in UTC)\",\"Campaign Name\",\"Campaign ID\",\"Currency\",\"Total Spent\"",
            $"\"05/01/2026\",\"{Long}\",\"1\",\"EUR\",\"10.00\"",
            "\"05/01/2026\",\"Spring\",\"2\",\"EUR\",\"5.00\"")));
        var microsoft = new MicrosoftAdsReader("EUR").Read(files.Write("ms.csv", string.Join('\n',
            "Gregorian date,Campaign name,Spend,Impressions,Clicks",
            $"2026-09-01,{Long},9.00,100,3",
            "2026-09-01,Spring,1.00,10,1")));
        var x = new XAdsReader("EUR").Read(files.Write("x.csv", string.Join('\n',
            "Time period,Campaign name,Campaign ID,Spend,Impressions,Clicks",
            $"2026-05-01,{Long},c1,3.00,100,2",
            "2026-05-01,Spring,c2,1.00,10,1")));

        foreach (var (file, column) in new[] { (linkedIn.Errors, "Campaign Name"), (microsoft.Errors, "Campaign name"), (x.Errors, "Campaign name") })
        {
            var error = Assert.Single(file);
            Assert.Equal((2L, column), (error.Row, error.Column));
            Assert.Contains("1,000,011 characters; the limit is 1,000", error.Message, StringComparison.Ordinal);
        }

        Assert.Equal("Spring", Assert.Single(linkedIn.Records).Campaign);
        Assert.Equal("Spring", Assert.Single(microsoft.Records).Campaign);
        Assert.Equal("Spring", Assert.Single(x.Records).Campaign);
    }
}
