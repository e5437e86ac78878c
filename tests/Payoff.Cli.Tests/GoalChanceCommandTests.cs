using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Payoff.Cli.Tests;

/// <summary>Issue 13 §2: one rounding of a goal's chance in the table, the JSON and the pages.</summary>
public sealed class GoalChanceCommandTests
{
    [Fact]
    public void Regression_0_06_percent_an_unlikely_goals_chance_reads_the_same_in_the_table_and_the_json()
    {
        using var cli = new CliRun();
        var csv = new StringBuilder("event_id,timestamp,visitor_id,type,url,referrer,value,currency,contact_id,name\n");
        for (var day = new DateOnly(2025, 5, 1); day <= new DateOnly(2025, 7, 14); day = day.AddDays(1))
        {
            csv.Append(CultureInfo.InvariantCulture, $"e{day:MMdd},{day:yyyy-MM-dd}T10:00:00Z,v{day:MMdd},pageview,https://shop.example.com/?utm_source=facebook&utm_medium=social,,,,,\n");
        }

        Assert.Equal(0, cli.Run("import", "events", cli.File("events.csv", csv.ToString())).ExitCode);
        Assert.Equal(0, cli.Run("goal", "add", "--name", "Huge", "--metric", "sessions", "--network", "Facebook", "--target", "100000", "--deadline", "2025-08-14").ExitCode);

        var json = JsonDocument.Parse(cli.Run("report", "goals", "--format", "json").Out).RootElement.GetProperty("rows")[0];
        var table = cli.Run("report", "goals").Out;

        var chance = json.GetProperty("chance").GetString()!;
        Assert.Equal(Core.Goals.GoalChance.Format(json.GetProperty("probability").GetDecimal()), chance);
        Assert.Contains(chance, new[] { "< 1 %", "0 %" });
        Assert.Contains($" {chance} │", table, StringComparison.Ordinal);
    }
}
