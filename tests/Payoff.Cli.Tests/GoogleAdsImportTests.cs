using System.Text;
using System.Text.Json;

namespace Payoff.Cli.Tests;

public sealed class GoogleAdsImportTests
{
    [Fact]
    public void A_utf16_excel_csv_with_title_lines_and_total_trailers_is_detected_and_spread_over_its_range()
    {
        using var cli = new CliRun();
        var path = Path.Combine(cli.Folder, "Campaign report.csv");
        var text = string.Join("\r\n",
            "Campaign report",
            "\"May 1, 2026 - May 3, 2026\"",
            "Campaign\tCampaign state\tCurrency code\tImpr.\tClicks\tCost\tConversions",
            "Brand\tEnabled\tPLN\t3,001\t40\t100.00\t3.00",
            "Generic\tPaused\tPLN\t --\t --\t0.00\t --",
            "Total: Account\t\tPLN\t3,001\t40\t100.00\t3.00",
            "Total: Search\t\tPLN\t3,001\t40\t100.00\t3.00");
        File.WriteAllBytes(path, [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);

        var (code, output, _) = cli.Run("import", "auto", path, "--format", "json");

        Assert.Equal(0, code);
        var summary = JsonDocument.Parse(output).RootElement;
        Assert.Equal("google-ads", summary.GetProperty("detectedKind").GetString());
        var rows = JsonDocument.Parse(cli.Run("report", "costs", "--from", "2026-05-01", "--to", "2026-05-31", "--by", "campaign", "--format", "json").Out).RootElement.GetProperty("rows");
        var brand = rows.EnumerateArray().Single(r => r.GetProperty("campaign").GetString() == "Brand");
        Assert.Equal(("Google Ads", 100m, "PLN", 3001L, 40L), (brand.GetProperty("network").GetString(), brand.GetProperty("ad_spend").GetDecimal(), brand.GetProperty("currency").GetString(), brand.GetProperty("impressions").GetInt64(), brand.GetProperty("clicks").GetInt64()));
        var daily = JsonDocument.Parse(cli.Run("report", "costs", "--from", "2026-05-03", "--to", "2026-05-03", "--by", "campaign", "--format", "json").Out).RootElement.GetProperty("rows");
        Assert.Equal(33.34m, daily.EnumerateArray().Single(r => r.GetProperty("campaign").GetString() == "Brand").GetProperty("ad_spend").GetDecimal());
    }
}
