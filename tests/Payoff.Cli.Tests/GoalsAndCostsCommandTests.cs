using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Payoff.Cli.Tests;

/// <summary>The command contract of goals, costs, ROI and the verdict, on a real DuckDB file.</summary>
public sealed class GoalsAndCostsCommandTests
{
    // CliRun's clock: 2025-07-15 12:00 UTC.
    private static string Events()
    {
        var csv = new StringBuilder("event_id,timestamp,visitor_id,type,url,referrer,value,currency,contact_id,name\n");
        var n = 0;
        for (var day = new DateOnly(2025, 4, 1); day <= new DateOnly(2025, 6, 30); day = day.AddDays(1))
        {
            for (var i = 0; i < 10; i++)
            {
                var visitor = $"fb-{day:MMdd}-{i}";
                csv.Append(CultureInfo.InvariantCulture, $"e{++n},{day:yyyy-MM-dd}T10:0{i}:00Z,{visitor},pageview,https://shop.example.com/?utm_source=facebook&utm_medium=social&utm_campaign=spring,,,,,\n");
            }

            var linked = $"li-{day:MMdd}";
            csv.Append(CultureInfo.InvariantCulture, $"e{++n},{day:yyyy-MM-dd}T11:00:00Z,{linked},pageview,https://shop.example.com/?utm_source=linkedin&utm_medium=social&utm_campaign=announcements,,,,,\n");
            csv.Append(CultureInfo.InvariantCulture, $"e{++n},{day:yyyy-MM-dd}T11:05:00Z,{linked},lead,,,,,c-{linked},\n");
            if (day.Day % 10 == 0)
            {
                csv.Append(CultureInfo.InvariantCulture, $"e{++n},{day:yyyy-MM-dd}T11:10:00Z,{linked},customer,,,100,USD,c-{linked},\n");
                csv.Append(CultureInfo.InvariantCulture, $"e{++n},{day:yyyy-MM-dd}T10:30:00Z,fb-{day:MMdd}-0,conversion,,,,,,newsletter\n");
            }
        }

        return csv.ToString();
    }

    private static JsonElement Json(CliRun cli, params string[] args)
    {
        var run = cli.Run([.. args, "--format", "json"]);
        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        return JsonDocument.Parse(run.Out).RootElement;
    }

    [Fact]
    public void Goal_add_prints_its_smart_check_in_the_contracted_json_and_the_goals_report_tracks_it()
    {
        using var cli = new CliRun();
        Assert.Equal(0, cli.Run("import", "events", cli.File("events.csv", Events())).ExitCode);
        var goal = Json(cli, "goal", "add", "--name", "LinkedIn leads", "--metric", "contacts", "--network", "linkedin", "--target-percent", "20", "--start", "2025-07-01", "--deadline", "2025-07-31");
        Assert.Equal(["id", "name", "metric", "network", "campaign", "label", "baseline", "target", "targetPercent", "start", "deadline", "budget", "realistic", "smart", "reasons"], goal.EnumerateObject().Select(p => p.Name));
        Assert.Equal("LinkedIn", goal.GetProperty("network").GetString());
        // The baseline is the 31 days before the start (one LinkedIn lead a day); +20 % is 37.2.
        Assert.Equal(31, goal.GetProperty("baseline").GetDecimal());
        Assert.Equal(37.2m, goal.GetProperty("target").GetDecimal());
        Assert.True(goal.GetProperty("smart").GetProperty("timeBound").GetBoolean());
        Assert.Equal(["specific", "measurable", "achievable", "realistic", "timeBound"], goal.GetProperty("smart").EnumerateObject().Select(p => p.Name));

        var unrealistic = Json(cli, "goal", "add", "--name", "Huge", "--metric", "sessions", "--network", "Facebook", "--target", "100000", "--deadline", "2025-08-14");
        Assert.False(unrealistic.GetProperty("realistic").GetBoolean());
        Assert.Contains(unrealistic.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.StartsWith("Not realistic", StringComparison.Ordinal));

        var report = Json(cli, "report", "goals").GetProperty("rows");
        Assert.Equal(2, report.GetArrayLength());
        var row = report[0];
        foreach (var key in new[] { "name", "metric", "baseline", "target", "current", "progress", "forecast", "forecast_low", "forecast_high", "probability", "status" })
        {
            Assert.True(row.TryGetProperty(key, out _), key);
        }

        Assert.Equal(JsonValueKind.Number, row.GetProperty("forecast").ValueKind);
        Assert.Equal("off-track", report[1].GetProperty("status").GetString());

        Assert.Equal(0, cli.Run("goal", "archive", "2").ExitCode);
        Assert.Equal(1, Json(cli, "report", "goals").GetProperty("rows").GetArrayLength());
        Assert.NotEqual(0, cli.Run("goal", "add", "--name", "x", "--metric", "happiness", "--target", "1", "--deadline", "2025-08-01").ExitCode);
    }

    [Fact]
    public void Cost_time_answers_seed_004_and_roi_counts_time_fees_spend_and_assigned_value()
    {
        using var cli = new CliRun();
        var cost = Json(cli, "cost", "time", "--rate", "10", "--minutes-per-day", "30", "--days", "weekdays", "--period", "year");
        Assert.Equal((130m, 1300m, "USD"), (cost.GetProperty("hours").GetDecimal(), cost.GetProperty("cost").GetDecimal(), cost.GetProperty("currency").GetString()));

        Assert.Equal(0, cli.Run("import", "events", cli.File("events.csv", Events())).ExitCode);
        Assert.Equal(0, cli.Run("import", "costs", cli.File("costs.csv", "date,network,campaign,amount,currency\n2025-06-10,Facebook,spring,40,EUR\n")).ExitCode);
        Assert.Equal(0, cli.Run("currency", "rate", "EUR", "1.25").ExitCode);
        Assert.Equal(0, cli.Run("time", "rate", "20").ExitCode);
        Assert.Equal(0, cli.Run("time", "recur", "--network", "facebook", "--minutes", "30", "--days", "weekdays", "--from", "2025-06-01").ExitCode);
        Assert.Equal(0, cli.Run("time", "log", "--network", "LinkedIn", "--hours", "2", "--date", "2025-06-05").ExitCode);
        Assert.Equal(0, cli.Run("fee", "add", "--name", "Scheduler", "--monthly", "30", "--networks", "Facebook,LinkedIn", "--from", "2025-06").ExitCode);
        Assert.Equal(0, cli.Run("value", "set", "newsletter", "5").ExitCode);

        var roi = Json(cli, "report", "roi", "--from", "2025-06-01", "--to", "2025-06-30");
        Assert.Equal("first-touch", roi.GetProperty("model").GetString());
        var rows = roi.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("network").GetString()!);
        var facebook = rows["Facebook"];

        // June 2025: 21 weekdays × 0.5 h × 20 = 210; ads 40 EUR × 1.25 = 50; fee 15; value 3 newsletters × 5.
        Assert.Equal(210m, facebook.GetProperty("time_cost").GetDecimal());
        Assert.Equal(50m, facebook.GetProperty("ad_spend").GetDecimal());
        Assert.Equal(15m, facebook.GetProperty("other_cost").GetDecimal());
        Assert.Equal(275m, facebook.GetProperty("total_cost").GetDecimal());
        Assert.Equal(15m, facebook.GetProperty("value").GetDecimal());
        Assert.Equal(300, facebook.GetProperty("sessions").GetInt64());
        foreach (var key in new[] { "network", "campaign", "revenue", "value", "ad_spend", "time_cost", "other_cost", "total_cost", "roi", "roas", "cost_per_visit", "cpl", "cac", "value_per_visit" })
        {
            Assert.True(facebook.TryGetProperty(key, out _), key);
        }

        var linkedIn = rows["LinkedIn"];
        Assert.Equal(300m, linkedIn.GetProperty("revenue").GetDecimal());
        Assert.Equal(55m, linkedIn.GetProperty("total_cost").GetDecimal());
        Assert.Equal(decimal.Round(55m / 30m, 4), linkedIn.GetProperty("cpl").GetDecimal());

        var costs = Json(cli, "report", "costs", "--from", "2025-06-01", "--to", "2025-06-30");
        Assert.Contains(costs.GetProperty("staff").EnumerateArray(), s => s.GetProperty("network").GetString() == "Facebook" && s.GetProperty("time_cost").GetDecimal() == 210m);

        // The CSV is the report's one table: the ad spend in its own currency, then the staff time and fees in the workspace's.
        var csv = cli.Run("report", "costs", "--from", "2025-06-01", "--to", "2025-06-30", "--format", "csv").Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Network,Campaign,Month,Ad spend,Currency,Impressions,Clicks,Hours,Time cost,Fees,Total", csv[0]);
        Assert.Equal("Facebook,,,40,EUR,,,,,,40", csv[1]);
        Assert.Contains("Facebook,,,,USD,,,10.5,210,15,225", csv);
    }

    [Fact]
    public void The_verdict_names_each_networks_role_and_never_cuts_the_high_rate_one()
    {
        using var cli = new CliRun();
        Assert.Equal(0, cli.Run("import", "events", cli.File("events.csv", Events())).ExitCode);
        var verdict = Json(cli, "report", "verdict", "--months", "3", "--to", "2025-06");
        Assert.Equal("2025-04-01", verdict.GetProperty("from").GetString());
        var rows = verdict.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("network").GetString()!);
        Assert.Equal("lead-generator", rows["LinkedIn"].GetProperty("role").GetString());
        Assert.Equal("scale", rows["LinkedIn"].GetProperty("verdict").GetString());
        Assert.Equal("traffic-driver", rows["Facebook"].GetProperty("role").GetString());
        Assert.NotEqual("cut", rows["Facebook"].GetProperty("verdict").GetString());
        foreach (var key in new[] { "network", "role", "verdict", "reasons", "best_campaign", "worst_campaign", "roi", "sessions", "contacts", "contact_rate" })
        {
            Assert.True(rows["LinkedIn"].TryGetProperty(key, out _), key);
        }

        Assert.Equal(1, rows["LinkedIn"].GetProperty("contact_rate").GetDouble(), 6);
    }
}
