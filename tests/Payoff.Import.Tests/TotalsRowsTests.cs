using System.Globalization;
using Payoff.Core.Costs;
using Payoff.Core.Workspaces;
using Payoff.Import.Google;
using Payoff.Import.LinkedIn;
using Payoff.Import.Microsoft;
using Payoff.Import.X;
using Payoff.Import.YouTube;

namespace Payoff.Import.Tests;

/// <summary>Issue 13 §3.4: totals rows are found by the file's structure, never by a campaign's name.</summary>
public sealed class TotalsRowsTests : IDisposable
{
    private readonly TestFiles files = new();

    public void Dispose() => files.Dispose();

    private static List<string> Lines(IEnumerable<AdCost> costs) =>
        [.. costs.OrderBy(c => c.Date).ThenBy(c => c.Campaign, StringComparer.Ordinal).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Date:yyyy-MM-dd} {c.Campaign} {c.Amount} {c.Currency}"))];

    [Fact]
    public void Regression_issue_13_a_LinkedIn_campaign_named_Total_Wellness_Webinar_is_imported_not_dropped_as_a_total()
    {
        var file = new LinkedInAdsReader("USD").Read(Path.Combine(AppContext.BaseDirectory, "Data", "Cases", "li-total.csv"));

        Assert.Empty(file.Errors);
        Assert.Equal(["2026-05-01 Q2 Launch 20.00 EUR", "2026-05-01 Total Wellness Webinar 80.00 EUR"], Lines(file.Records));
    }

    [Fact]
    public void A_LinkedIn_row_without_a_date_and_campaign_ID_is_a_total_but_one_without_a_campaign_name_is_an_error()
    {
        var path = files.Write("li.csv", string.Join('\n',
            "\"Start Date (in UTC)\",\"Campaign Name\",\"Campaign ID\",\"Currency\",\"Total Spent\"",
            "\"05/01/2026\",\"Total Reach\",\"1\",\"EUR\",\"10.00\"",
            "\"05/01/2026\",\"\",\"2\",\"EUR\",\"5.00\"",
            "\"\",\"\",\"\",\"EUR\",\"15.00\""));

        var file = new LinkedInAdsReader("USD").Read(path);

        Assert.Equal(["2026-05-01 Total Reach 10.00 EUR"], Lines(file.Records));
        var error = Assert.Single(file.Errors);
        Assert.Equal((3L, "Campaign Name"), (error.Row, error.Column));
    }

    [Fact]
    public void A_Google_Ads_campaign_whose_name_starts_with_Total_keeps_its_row_while_the_trailers_are_skipped()
    {
        var path = files.Write("google.csv", string.Join('\n',
            "Campaign report",
            "\"May 1, 2026 - May 1, 2026\"",
            "Campaign,Campaign state,Currency code,Impr.,Clicks,Cost",
            "Total: Wellness,Enabled,EUR,100,4,12.50",
            "Brand,Enabled,EUR,50,2,7.50",
            "Total: Account,,EUR,150,6,20.00",
            "Total: Search,,EUR,150,6,20.00"));

        var file = GoogleAdsReader.Read(path);

        Assert.Empty(file.Errors);
        Assert.Equal(["2026-05-01 Brand 7.50 EUR", "2026-05-01 Total: Wellness 12.50 EUR"], Lines(file.Records));
    }

    [Fact]
    public void Microsoft_and_X_rows_with_spend_but_no_campaign_are_errors_and_only_the_date_columns_marker_makes_a_total()
    {
        var microsoft = files.Write("ms.csv", string.Join('\n',
            "Gregorian date,Campaign name,Impressions,Clicks,Spend",
            "9/1/2026,Total Home,100,5,9.00",
            "9/1/2026,,100,5,4.00",
            "Total,,200,10,13.00",
            "©2026 Microsoft Corporation. All rights reserved.,,,,"));
        var x = files.Write("x.csv", string.Join('\n',
            "Time period,Campaign name,Impressions,Spend,Link clicks",
            "2026-05-01,Totally new,100,3.00,2",
            "2026-05-01,,100,1.00,1",
            "Total,,200,4.00,3"));

        var ms = new MicrosoftAdsReader("EUR").Read(microsoft);
        var xs = new XAdsReader("EUR").Read(x);

        Assert.Equal(["2026-09-01 Total Home 9.00 EUR"], Lines(ms.Records));
        Assert.Equal((3L, "Campaign name"), (Assert.Single(ms.Errors).Row, ms.Errors[0].Column));
        Assert.Equal(["2026-05-01 Totally new 3.00 EUR"], Lines(xs.Records));
        Assert.Equal((3L, "Campaign name"), (Assert.Single(xs.Errors).Row, xs.Errors[0].Column));
    }

    [Fact]
    public void A_YouTube_row_with_a_title_but_no_video_id_is_an_error_while_the_Total_row_is_skipped()
    {
        var path = files.Write("Table data.csv", string.Join('\n',
            "Content,Video title,Video publish time,Views",
            "Total,,,1500",
            "abcdefghijk,Launch video,\"Jun 2, 2026\",1000",
            ",Teaser,\"Jun 3, 2026\",500"));

        var file = new YouTubeContentReader(new WorkspaceCalendar(TimeZoneInfo.Utc)).Read(path);

        Assert.Equal("abcdefghijk", Assert.Single(file.Records).Post!.PostId);
        Assert.Equal((4L, "Content"), (Assert.Single(file.Errors).Row, file.Errors[0].Column));
    }
}
