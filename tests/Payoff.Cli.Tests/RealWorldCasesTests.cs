using System.Text.Json;

namespace Payoff.Cli.Tests;

/// <summary>
/// Issue 13 §3: faults found with small real-world inputs (<c>Data/Cases</c>, copied from the shared
/// cases folder), each run through the real commands against a real DuckDB file.
/// </summary>
public sealed class RealWorldCasesTests
{
    private static string Case(string name) => Path.Combine(AppContext.BaseDirectory, "Data", "Cases", name);

    private static JsonElement Json(CliRun cli, params string[] args)
    {
        var (code, output, error) = cli.Run([.. args, "--format", "json"]);
        Assert.True(code == 0, output + error);
        return JsonDocument.Parse(output).RootElement;
    }

    [Fact]
    public void Regression_issue_13_HubSpot_email_and_paid_search_contacts_land_on_their_campaign_not_on_the_emails_name_or_the_keyword()
    {
        using var cli = new CliRun();
        Assert.Equal(0, cli.Run("import", "events", Case("hs-events.csv")).ExitCode);
        Assert.Equal(0, cli.Run("import", "hubspot-contacts", Case("hubspot.csv")).ExitCode);

        var rows = Json(cli, "report", "sources", "--by", "campaign", "--from", "2026-06-01", "--to", "2026-06-30").GetProperty("rows").EnumerateArray()
            .ToDictionary(r => $"{r.GetProperty("network").GetString()} / {r.GetProperty("campaign").GetString()}", r => (r.GetProperty("sessions").GetInt64(), r.GetProperty("contacts").GetInt64()));

        Assert.Equal((1L, 1L), rows["Email / spring-sale"]);
        Assert.Equal((1L, 1L), rows["Paid Search / spring-sale"]);
        Assert.Equal((1L, 1L), rows["Facebook / spring-sale"]);
        Assert.DoesNotContain(rows.Keys, k => k.Contains("Spring newsletter 1", StringComparison.Ordinal) || k.Contains("bakery near me", StringComparison.Ordinal) || k.Contains("google.com", StringComparison.Ordinal));
        Assert.Equal((0L, 1L), rows.Single(r => r.Key.StartsWith("Organic Search", StringComparison.Ordinal)).Value);
    }

    [Fact]
    public void Regression_issue_13_IGShopping_is_organic_shopping_on_Instagram_in_classify_and_in_imported_sessions()
    {
        using var cli = new CliRun();

        var classified = Json(cli, "classify", "--url", "https://shop.example/p/1?utm_source=IGShopping&utm_medium=Social", "--referrer", "https://l.instagram.com/");
        Assert.Equal(("Organic Shopping", "Instagram"), (classified.GetProperty("channel").GetString(), classified.GetProperty("network").GetString()));
        var paid = Json(cli, "classify", "--url", "https://shop.example/p/1?utm_source=IGShopping&utm_medium=cpc");
        Assert.Equal(("Paid Shopping", "Instagram"), (paid.GetProperty("channel").GetString(), paid.GetProperty("network").GetString()));

        Assert.Equal(0, cli.Run("import", "events", Case("igs.csv")).ExitCode);
        var channels = Json(cli, "report", "sources", "--by", "channel", "--from", "2026-07-01", "--to", "2026-07-31").GetProperty("rows");
        Assert.Equal(("Organic Shopping", 2L), (Assert.Single(channels.EnumerateArray()).GetProperty("channel").GetString(), channels[0].GetProperty("sessions").GetInt64()));
        var networks = Json(cli, "report", "sources", "--by", "network", "--from", "2026-07-01", "--to", "2026-07-31").GetProperty("rows");
        Assert.Equal(("Instagram", 2L), (Assert.Single(networks.EnumerateArray()).GetProperty("network").GetString(), networks[0].GetProperty("sessions").GetInt64()));
    }

    [Fact]
    public void Regression_issue_13_a_Meta_Ads_row_of_1000_JPY_over_three_days_is_333_333_334_yen_not_cents()
    {
        using var cli = new CliRun();
        Assert.Equal(0, cli.Run("import", "meta-ads", Case("meta-jpy.csv")).ExitCode);

        var days = new[] { "2026-05-01", "2026-05-02", "2026-05-03" }
            .Select(d => Json(cli, "report", "costs", "--by", "campaign", "--from", d, "--to", d).GetProperty("rows").EnumerateArray().Single())
            .Select(r => (r.GetProperty("ad_spend").GetDecimal(), r.GetProperty("currency").GetString()))
            .ToList();
        Assert.Equal([(333m, "JPY"), (333m, "JPY"), (334m, "JPY")], days);

        var (code, table, _) = cli.Run("report", "costs", "--by", "campaign", "--from", "2026-05-03", "--to", "2026-05-03");
        Assert.Equal(0, code);
        Assert.Contains(" 334 ", table, StringComparison.Ordinal);
        Assert.DoesNotContain("334.00", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Regression_issue_13_a_GA4_compare_export_stores_both_periods_instead_of_dropping_one_as_repeated()
    {
        using var cli = new CliRun();
        var (code, output, error) = cli.Run("import", "auto", Case("ga4-compare.csv"));
        Assert.True(code == 0, output + error);
        Assert.DoesNotContain("repeated", output, StringComparison.Ordinal);

        long Sessions(string from, string to, string channel) => Json(cli, "report", "sources", "--by", "channel", "--from", from, "--to", to).GetProperty("rows").EnumerateArray()
            .Single(r => r.GetProperty("channel").GetString() == channel).GetProperty("sessions").GetInt64();

        Assert.Equal(1204, Sessions("2026-05-01", "2026-05-31", "Organic Social"));
        Assert.Equal(1000, Sessions("2026-04-01", "2026-04-30", "Organic Social"));
        Assert.Equal(800, Sessions("2026-04-01", "2026-04-30", "Direct"));
    }
}
