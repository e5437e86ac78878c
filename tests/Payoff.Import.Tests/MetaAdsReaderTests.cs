using Payoff.Import.Meta;

namespace Payoff.Import.Tests;

public sealed class MetaAdsReaderTests
{
    private static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "Data", "Meta", name);

    [Fact]
    public void Daily_rows_keep_their_day_and_the_currency_comes_from_the_header_and_the_summary_row_is_skipped()
    {
        var file = MetaAdsReader.Read(Data("ads-daily.csv"));
        Assert.Empty(file.Errors);
        Assert.Equal(3, file.Rows);
        Assert.Equal(
            ["2026-05-01 Facebook Spring Sale 12.50 USD 1200 40", "2026-05-02 Facebook Spring Sale 10.00 USD 1000 "],
            file.Records.Select(c => $"{c.Date:yyyy-MM-dd} {c.Network} {c.Campaign} {c.Amount} {c.Currency} {c.Impressions} {c.Clicks}").ToList());
    }

    [Fact]
    public void A_french_period_row_with_decimal_commas_is_spread_over_its_days_and_sums_exactly()
    {
        var file = MetaAdsReader.Read(Data("ads-period-fr.csv"));
        Assert.Empty(file.Errors);
        Assert.Equal(["2026-05-01", "2026-05-02", "2026-05-03"], file.Records.Select(c => c.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ToList());
        Assert.Equal(1234.57m, file.Records.Sum(c => c.Amount));
        Assert.Equal([411.52m, 411.52m, 411.53m], file.Records.Select(c => c.Amount).ToList());
        Assert.Equal(3001L, file.Records.Sum(c => c.Impressions!.Value));
        Assert.Equal(10L, file.Records.Sum(c => c.Clicks!.Value));
        Assert.All(file.Records, c => Assert.Equal(("EUR", "Soldes"), (c.Currency, c.Campaign)));
    }
}
