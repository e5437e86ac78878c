using System.Text.Json;

namespace Payoff.Cli.Tests;

/// <summary>The sources report over imported GA4 traffic: used where there is no own tracking, never counted twice.</summary>
public sealed class SourcesFromGa4Tests
{
    private const string Events = "event_id,timestamp,visitor_id,type,url,referrer\n";

    private static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "Data", name);

    private static JsonElement Sources(CliRun cli, string by, string from, string to)
    {
        var run = cli.Run("report", "sources", "--by", by, "--from", from, "--to", to, "--format", "json");
        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        return JsonDocument.Parse(run.Out).RootElement;
    }

    [Fact]
    public void A_month_without_own_tracking_shows_the_imported_sessions_and_says_where_they_come_from()
    {
        using var cli = new CliRun();
        Assert.Equal(0, cli.Run("import", "auto", Data("GA4/traffic-channel-may.csv")).ExitCode);
        var may = Sources(cli, "channel", "2026-05-01", "2026-05-31");
        Assert.Equal(2404, may.GetProperty("totals").GetProperty("sessions").GetInt64());
        Assert.Contains(may.GetProperty("rows").EnumerateArray(), r => r.GetProperty("channel").GetString() == "Organic Social" && r.GetProperty("sessions").GetInt64() == 1204);
        Assert.Contains("imported GA4 traffic", Assert.Single(may.GetProperty("notes").EnumerateArray()).GetString(), StringComparison.Ordinal);

        // Half of May cannot take a share of May's total: it is left out, and the report says so.
        var half = Sources(cli, "channel", "2026-05-01", "2026-05-15");
        Assert.Equal(0, half.GetProperty("totals").GetProperty("sessions").GetInt64());
        Assert.Contains(half.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("cannot be split", StringComparison.Ordinal));

        // Another dimension than the one imported: said, not guessed.
        var byNetwork = Sources(cli, "network", "2026-05-01", "2026-05-31");
        Assert.Contains(byNetwork.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("not by network", StringComparison.Ordinal));
    }

    [Fact]
    public void Own_tracking_wins_on_its_days_and_imported_days_fill_the_rest_by_network()
    {
        using var cli = new CliRun();
        var ga4 = cli.File("ga4-daily.csv", "Date,Session source / medium,Sessions,Key events\n20260509,facebook.com / referral,40,1\n20260509,google / organic,25,0\n20260510,facebook.com / referral,70,2\n");
        Assert.Equal(0, cli.Run("import", "ga4-traffic", ga4).ExitCode);
        var own = cli.File("events.csv", Events + "e1,2026-05-10T09:00:00Z,v1,pageview,https://shop.example.com/?utm_source=facebook&utm_medium=social,\ne2,2026-05-10T10:00:00Z,v2,pageview,https://shop.example.com/,https://www.linkedin.com/\n");
        Assert.Equal(0, cli.Run("import", "events", own).ExitCode);

        var report = Sources(cli, "network", "2026-05-09", "2026-05-10");
        var rows = report.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("network").GetString()!, r => r.GetProperty("sessions").GetInt64());

        // 9 May from GA4 (facebook.com / referral is Facebook by Payoff's rules); 10 May only from own tracking (GA4's 70 left out).
        Assert.Equal(41, rows["Facebook"]);
        Assert.Equal(1, rows["LinkedIn"]);
        Assert.Equal(25, rows.Single(r => r.Key.Contains("Search", StringComparison.Ordinal)).Value);
        Assert.Equal(67, report.GetProperty("totals").GetProperty("sessions").GetInt64());
        Assert.Contains("2026-05-09 to 2026-05-09", Assert.Single(report.GetProperty("notes").EnumerateArray()).GetString(), StringComparison.Ordinal);
    }
}
