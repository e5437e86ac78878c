using System.Text.Json;
using Payoff.Storage.DuckDb;

namespace Payoff.Cli.Tests;

public sealed class MetricsAndCostsImportTests
{
    [Fact]
    public void Re_importing_an_overlapping_period_of_metrics_replaces_and_never_adds()
    {
        using var cli = new CliRun();
        var march = cli.File("march.csv", """
            date,network,metric,value,account
            2026-03-01,fb,Followers,400,Bakery Jakarta
            2026-03-02,facebook,new followers,3,Bakery Jakarta
            2026-03-03,Facebook,new_followers,5,Bakery Jakarta
            2026-03-03,LinkedIn,Reposts,7,
            """);
        Assert.Equal(0, cli.Run("import", "metrics", march).ExitCode);
        var overlap = cli.File("march-again.csv", """
            date,network,metric,value,account
            2026-03-03,Facebook,New Followers,6,Bakery Jakarta
            2026-03-04,Facebook,new_followers,2,Bakery Jakarta
            """);
        var (code, output, _) = cli.Run("import", "metrics", overlap, "--format", "json");
        Assert.Equal(0, code);
        Assert.Equal(2, JsonDocument.Parse(output).RootElement.GetProperty("imported").GetInt64());

        using var db = DuckDbDatabase.Open(cli.Database, cli.Time);
        Assert.Equal(11m, db.Scalar<decimal>("SELECT sum(value) FROM account_metrics WHERE metric = 'new_followers'"));
        Assert.Equal(1, db.Scalar<long>("SELECT count(*) FROM account_metrics WHERE network = 'LinkedIn' AND metric = 'shares' AND platform_metric = 'Reposts' AND account = ''"));
        Assert.Equal(400m, db.Scalar<decimal>("SELECT value FROM account_metrics WHERE metric = 'followers'"));
    }

    [Fact]
    public void A_metrics_file_with_bad_rows_names_row_and_column_and_writes_nothing()
    {
        using var cli = new CliRun();
        var bad = cli.File("bad.csv", """
            date,network,metric,value
            2026-03-01,Facebook,followers,400
            03/02/2026,Facebook,followers,401
            2026-03-03,Facebook,vibes,1
            2026-03-04,Facebook,followers,-2
            """);
        var (code, output, _) = cli.Run("import", "metrics", bad, "--format", "json");
        Assert.Equal(1, code);
        var errors = JsonDocument.Parse(output).RootElement.GetProperty("errors").EnumerateArray()
            .Select(e => $"{e.GetProperty("row").GetInt64()}:{e.GetProperty("column").GetString()}").ToList();
        Assert.Equal(["3:date", "4:metric", "5:value"], errors);
        using var db = DuckDbDatabase.Open(cli.Database, cli.Time);
        Assert.Equal(0, db.Scalar<long>("SELECT count(*) FROM account_metrics"));
    }

    [Fact]
    public void Costs_keep_their_original_currency_and_overlapping_days_replace()
    {
        using var cli = new CliRun();
        var first = cli.File("costs.csv", """
            date,network,campaign,amount,currency,impressions,clicks
            2026-03-01,Facebook,Spring,12.50,USD,1000,40
            2026-03-02,Facebook,Spring,10.00,USD,900,31
            2026-03-02,Google Ads,Brand,99.99,PLN,,
            """);
        Assert.Equal(0, cli.Run("import", "costs", first).ExitCode);
        var again = cli.File("costs-fixed.csv", """
            date,network,campaign,amount,currency
            2026-03-02,facebook,Spring,11.00,USD
            """);
        Assert.Equal(0, cli.Run("import", "costs", again).ExitCode);
        Assert.Contains("already imported", cli.Run("import", "costs", again).Out, StringComparison.Ordinal);
        using var db = DuckDbDatabase.Open(cli.Database, cli.Time);
        Assert.Equal(23.50m, db.Scalar<decimal>("SELECT sum(amount) FROM costs WHERE currency = 'USD'"));
        Assert.Equal(99.99m, db.Scalar<decimal>("SELECT sum(amount) FROM costs WHERE currency = 'PLN' AND network = 'Google Ads'"));
        Assert.Equal(1000, db.Scalar<long>("SELECT sum(impressions)::BIGINT FROM costs"));
    }

    [Fact]
    public void The_costs_report_sums_each_currency_on_its_own_by_network_campaign_or_month()
    {
        using var cli = new CliRun();
        cli.Run("import", "costs", cli.File("costs.csv", """
            date,network,campaign,amount,currency,impressions,clicks
            2025-06-30,Facebook,Spring,10.00,USD,1000,40
            2025-07-01,Facebook,Spring,12.50,USD,1200,
            2025-07-02,Facebook,,3.00,USD,,
            2025-07-02,LinkedIn,Launch,50.00,PLN,300,9
            """));
        var byNetwork = JsonDocument.Parse(cli.Run("report", "costs", "--from", "2025-06-01", "--to", "2025-07-15", "--format", "json").Out).RootElement.GetProperty("rows");
        Assert.Equal(
            ["Facebook 25.5 USD 2200 40", "LinkedIn 50 PLN 300 9"],
            byNetwork.EnumerateArray().Select(r => $"{r.GetProperty("network").GetString()} {r.GetProperty("ad_spend").GetDecimal()} {r.GetProperty("currency").GetString()} {r.GetProperty("impressions")} {r.GetProperty("clicks")}").OrderBy(x => x, StringComparer.Ordinal).ToList());
        var byCampaign = JsonDocument.Parse(cli.Run("report", "costs", "--from", "2025-06-01", "--to", "2025-07-15", "--by", "campaign", "--format", "json").Out).RootElement.GetProperty("rows");
        Assert.Contains(byCampaign.EnumerateArray(), r => r.GetProperty("campaign").GetString() == "(not set)" && r.GetProperty("ad_spend").GetDecimal() == 3m);
        var byMonth = JsonDocument.Parse(cli.Run("report", "costs", "--from", "2025-06-01", "--to", "2025-07-15", "--by", "month", "--format", "json").Out).RootElement.GetProperty("rows");
        Assert.Contains(byMonth.EnumerateArray(), r => r.GetProperty("month").GetString() == "2025-07-01" && r.GetProperty("network").GetString() == "Facebook" && r.GetProperty("ad_spend").GetDecimal() == 15.5m);
    }
}
