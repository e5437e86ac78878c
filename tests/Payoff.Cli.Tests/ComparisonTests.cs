using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Payoff.Cli.Tests;

/// <summary>Issue 13 §2: a change against a period with almost no data is "new", never a percentage.</summary>
public sealed class ComparisonTests
{
    // One Facebook visit a day from 2025-06-28 to 2025-07-15: the 15 days before 2025-07-01..15 have data on 3.
    private static string Events(DateOnly first, DateOnly last)
    {
        var text = new StringBuilder("event_id,timestamp,visitor_id,type,url,referrer,value,currency,contact_id,name\n");
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            text.Append(CultureInfo.InvariantCulture, $"{day:yyyyMMdd},{day:yyyy-MM-dd}T10:00:00Z,v{day:yyyyMMdd},pageview,https://shop.example.com/?utm_source=facebook&utm_medium=social,,,,,\n");
        }

        return text.ToString();
    }

    [Fact]
    public void Regression_954345_percent_sources_against_a_period_before_the_data_began_reads_new_in_the_table_json_and_csv()
    {
        using var cli = new CliRun();
        Assert.Equal(0, cli.Run("import", "events", cli.File("events.csv", Events(new DateOnly(2025, 6, 28), new DateOnly(2025, 7, 15)))).ExitCode);
        string[] args = ["report", "sources", "--from", "2025-07-01", "--to", "2025-07-15", "--compare", "previous-period"];

        var table = cli.Run(args).Out;
        var json = JsonDocument.Parse(cli.Run([.. args, "--format", "json"]).Out).RootElement;

        Assert.DoesNotContain("400.0 %", table, StringComparison.Ordinal);
        Assert.Contains("new", table, StringComparison.Ordinal);
        Assert.Contains("it has data on 3 of its 15 days", table, StringComparison.Ordinal);
        var totals = json.GetProperty("totals");
        Assert.Equal(JsonValueKind.Null, totals.GetProperty("change").GetProperty("sessions").ValueKind);
        Assert.Equal("new", totals.GetProperty("change_kind").GetProperty("sessions").GetString());
        Assert.False(json.GetProperty("compare").GetProperty("comparable").GetBoolean());
        Assert.Equal(3, json.GetProperty("compare").GetProperty("days_with_data").GetInt32());
    }

    [Fact]
    public void Sources_against_a_period_with_data_on_most_days_show_the_percentage()
    {
        using var cli = new CliRun();
        Assert.Equal(0, cli.Run("import", "events", cli.File("events.csv", Events(new DateOnly(2025, 6, 8), new DateOnly(2025, 7, 15)))).ExitCode);

        var json = JsonDocument.Parse(cli.Run("report", "sources", "--from", "2025-07-01", "--to", "2025-07-15", "--compare", "previous-period", "--format", "json").Out).RootElement;

        Assert.Equal(0m, json.GetProperty("totals").GetProperty("change").GetProperty("sessions").GetDecimal());
        Assert.Equal("compared", json.GetProperty("totals").GetProperty("change_kind").GetProperty("sessions").GetString());
    }

    [Fact]
    public void Regression_61300_percent_the_benchmarks_first_month_after_a_month_with_three_days_of_data_is_new()
    {
        using var cli = new CliRun();
        Assert.Equal(0, cli.Run("import", "events", cli.File("events.csv", Events(new DateOnly(2025, 6, 28), new DateOnly(2025, 7, 15)))).ExitCode);

        var table = cli.Run("report", "benchmark", "--months", "2", "--to", "2025-07-15").Out;
        var json = JsonDocument.Parse(cli.Run("report", "benchmark", "--months", "2", "--to", "2025-07-15", "--format", "json").Out).RootElement;

        var julyLine = table.Split('\n').First(l => l.Contains("│ 2025-07", StringComparison.Ordinal));
        Assert.Contains(" new │", julyLine, StringComparison.Ordinal);
        Assert.DoesNotContain("400.0 %", julyLine, StringComparison.Ordinal);
        var july = json.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("month").GetString() == "2025-07-01");
        Assert.Equal("new", july.GetProperty("change_kind").GetProperty("sessions").GetString());
        Assert.Equal(JsonValueKind.Null, july.GetProperty("change").GetProperty("sessions").ValueKind);

        // The CSV is the table: July's sessions change is empty (no percentage), as in the JSON.
        var csv = cli.Run("report", "benchmark", "--months", "2", "--to", "2025-07-15", "--format", "csv").Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Network / channel,Month,Sessions,Δ sessions,Contacts,Δ contacts,Contact rate,Δ contact rate,Customers,Δ customers,Revenue (USD),Δ revenue", csv[0]);
        Assert.Matches("^All,2025-07,[0-9]+,,", csv[^1]);
    }
}
