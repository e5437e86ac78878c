using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Payoff.Cli.Tests;

/// <summary><c>payoff report verdict</c> on a real DuckDB file: its period stated, and no zeros before the data.</summary>
public sealed class VerdictCommandTests
{
    // CliRun's clock: 2025-07-15, so the verdict judges April–June 2025.
    private static string Events(DateOnly from)
    {
        var csv = new StringBuilder("event_id,timestamp,visitor_id,type,url,referrer,value,currency,contact_id,name\n");
        var n = 0;
        for (var day = from; day <= new DateOnly(2025, 6, 30); day = day.AddDays(1))
        {
            for (var i = 0; i < 20; i++)
            {
                csv.Append(CultureInfo.InvariantCulture, $"e{++n},{day:yyyy-MM-dd}T10:{i:00}:00Z,fb-{day:MMdd}-{i},pageview,https://shop.example.com/?utm_source=facebook&utm_medium=social&utm_campaign=spring,,,,,\n");
            }
        }

        return csv.ToString();
    }

    [Fact]
    public void Regression_months_before_the_first_event_are_no_data_and_the_period_is_printed()
    {
        // The bug: events starting on 1 May, judged over April–June, were told "Sessions rose +75 % a month (0 → 620 → 600)".
        using var cli = new CliRun();
        Assert.Equal(0, cli.Run("import", "events", cli.File("events.csv", Events(new DateOnly(2025, 5, 1)))).ExitCode);
        var text = cli.Run("report", "verdict");
        Assert.Equal(0, text.ExitCode);
        Assert.Contains("Verdict per network, April–June 2025 (2025-04-01 to 2025-06-30, whole months", text.Out, StringComparison.Ordinal);
        Assert.Contains("(— → 620 → 600 a month; no data before 2025-05-01)", text.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("rose", text.Out, StringComparison.Ordinal);

        var json = JsonDocument.Parse(cli.Run("report", "verdict", "--format", "json").Out).RootElement;
        Assert.Equal("April–June 2025", json.GetProperty("period").GetString());
        var facebook = json.GetProperty("rows").EnumerateArray().Single();
        Assert.Equal("2025-05-01", facebook.GetProperty("firstDay").GetString());
        Assert.Equal("steady", facebook.GetProperty("sessionTrend").GetString());
    }

    [Fact]
    public void A_network_whose_data_starts_in_the_last_judged_month_is_too_new_to_show_a_trend()
    {
        using var cli = new CliRun();
        Assert.Equal(0, cli.Run("import", "events", cli.File("events.csv", Events(new DateOnly(2025, 6, 10)))).ExitCode);
        var text = cli.Run("report", "verdict");
        Assert.Contains("Too new to show a trend: its data starts on 2025-06-10, so only June of the judged months has data.", text.Out, StringComparison.Ordinal);
    }
}
