using System.Text.Json;

namespace Payoff.Cli.Tests;

public sealed class MicrosoftAdsImportTests
{
    [Fact]
    public void A_microsoft_report_below_its_title_lines_is_detected_and_uses_the_workspace_currency()
    {
        using var cli = new CliRun();
        var file = cli.File("report.csv", string.Join("\n",
            "\"Report Name: Campaign performance\"",
            "\"Report Time: 9/1/2026 - 9/2/2026\"",
            "",
            "Gregorian date,Campaign name,Campaign ID,Impressions,Clicks,Spend,Conversions",
            "9/1/2026,Back to school,123,1000,20,15.20,1",
            "9/2/2026,Back to school,123,900,18,14.80,0",
            "Total,,,1900,38,30.00,1",
            "\"©2026 Microsoft Corporation. All rights reserved. \""));
        var (code, output, _) = cli.Run("import", "auto", file, "--format", "json");
        Assert.Equal(0, code);
        Assert.Equal("microsoft-ads", JsonDocument.Parse(output).RootElement.GetProperty("detectedKind").GetString());
        var row = Assert.Single(JsonDocument.Parse(cli.Run("report", "costs", "--from", "2026-09-01", "--to", "2026-09-30", "--format", "json").Out).RootElement.GetProperty("rows").EnumerateArray());
        Assert.Equal(("Microsoft Ads", 30m, "USD", 1900L), (row.GetProperty("network").GetString(), row.GetProperty("ad_spend").GetDecimal(), row.GetProperty("currency").GetString(), row.GetProperty("impressions").GetInt64()));
    }
}
