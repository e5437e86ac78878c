using System.Text.Json;

namespace Payoff.Cli.Tests;

public sealed class ImportAutoTests
{
    [Fact]
    public void Each_file_is_detected_from_its_columns_whatever_its_name_and_an_unknown_one_says_why()
    {
        using var cli = new CliRun();
        var posts = cli.File("download (3).csv", "\uFEFF\"Post ID\",\"Account ID\",\"Account username\",\"Publish time\",Permalink,\"Post type\",Views\n1,2,shop,06/02/2026 12:00,https://instagram.com/p/1,IG image,10\n");
        var costs = cli.File("posts.csv", "sep=;\ndate;network;campaign;amount;currency\n2026-06-01;facebook;Spring;5.00;USD\n");
        var metrics = cli.File("x.csv", "date,network,metric,value,account\n2026-06-01,instagram,Followers,120,shop\n");
        var other = cli.File("other.csv", "foo,bar\n1,2\n");

        var (code, output, _) = cli.Run("import", "auto", posts, costs, metrics, other, "--format", "json");

        Assert.Equal(1, code);
        var results = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        Assert.Equal(["meta-posts", "costs", "metrics", null], results.Select(r => r.GetProperty("detectedKind").GetString()).ToList());
        Assert.Equal([1L, 1L, 1L], results.Take(3).Select(r => r.GetProperty("imported").GetInt64()).ToList());
        Assert.Contains("not a format Payoff recognises (its columns: foo, bar)", results[3].GetProperty("message").GetString(), StringComparison.Ordinal);

        var table = cli.Run("import", "auto", cli.File("again.csv", "date,network,metric,value\n2026-06-02,instagram,Reach,50\n")).Out;
        Assert.Contains("detected Payoff account metrics", table, StringComparison.Ordinal);
    }

    [Fact]
    public void A_meta_ads_export_is_detected_and_its_spend_reaches_the_costs_report()
    {
        using var cli = new CliRun();
        var file = cli.File("export_20260601.csv", "Début des rapports;Fin des rapports;Nom de la campagne;Impressions;Montant dépensé (EUR);Clics sur un lien\n01/05/2026;03/05/2026;Soldes;3 001;1 234,57;10\n");
        var (code, output, _) = cli.Run("import", "auto", file, "--format", "json");
        Assert.Equal(0, code);
        Assert.Equal("meta-ads", JsonDocument.Parse(output).RootElement.GetProperty("detectedKind").GetString());
        var rows = JsonDocument.Parse(cli.Run("report", "costs", "--from", "2026-05-01", "--to", "2026-05-31", "--format", "json").Out).RootElement.GetProperty("rows");
        var row = Assert.Single(rows.EnumerateArray());
        Assert.Equal(("Facebook", 1234.57m, "EUR"), (row.GetProperty("network").GetString(), row.GetProperty("ad_spend").GetDecimal(), row.GetProperty("currency").GetString()));
    }
}
