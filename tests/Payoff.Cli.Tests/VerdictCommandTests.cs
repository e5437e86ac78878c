using System.Globalization;
using System.Text;
using System.Text.Json;
using Payoff.Storage.DuckDb;

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
        Assert.Equal("April–June 2025", json.GetProperty("period").GetProperty("heading").GetString());
        var facebook = json.GetProperty("rows").EnumerateArray().Single();
        Assert.Equal("2025-05-01", facebook.GetProperty("first_day").GetString());
        Assert.Equal("steady", facebook.GetProperty("session_trend").GetString());
    }

    [Fact]
    public void A_network_whose_data_starts_in_the_last_judged_month_is_too_new_to_show_a_trend()
    {
        using var cli = new CliRun();
        Assert.Equal(0, cli.Run("import", "events", cli.File("events.csv", Events(new DateOnly(2025, 6, 10)))).ExitCode);
        var text = cli.Run("report", "verdict");
        Assert.Contains("Too new to show a trend: its data starts on 2025-06-10, so none of the judged months has data from its first day.", text.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Regression_future_months_are_refused_and_the_month_in_progress_is_not_judged()
    {
        // The bug: --to 2027-03 judged months with no data yet: "0% of sessions (0)", "ROI -100%".
        using var cli = new CliRun();
        Assert.Equal(0, cli.Run("import", "events", cli.File("events.csv", Events(new DateOnly(2025, 4, 1)))).ExitCode);

        var future = cli.Run("report", "verdict", "--to", "2025-09");
        Assert.Equal(1, future.ExitCode);
        Assert.Equal("payoff: July–September 2025 reaches past today (2025-07-15): months that have not started have no data to judge. The last month that has ended is June 2025.", future.Error.Trim());

        var current = cli.Run("report", "verdict", "--to", "2025-07", "--months", "1");
        Assert.Equal(1, current.ExitCode);
        Assert.Contains("July 2025 is still going (today is 2025-07-15)", current.Error, StringComparison.Ordinal);

        var reaching = cli.Run("report", "verdict", "--to", "2025-07");
        Assert.Equal(0, reaching.ExitCode);
        Assert.Contains("Verdict per network, May–June 2025", reaching.Out, StringComparison.Ordinal);
        Assert.Contains("July 2025 is still going, so it is not judged", reaching.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("0% of sessions (0)", reaching.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Regression_goal_dates_outside_2000_to_2100_are_refused_and_a_stored_one_breaks_no_report()
    {
        // The bug: goal add --deadline 9999-12-31 saved the goal, then crashed; report verdict and report goals crashed until it was archived.
        using var cli = new CliRun();
        Assert.Equal(0, cli.Run("import", "events", cli.File("events.csv", Events(new DateOnly(2025, 4, 1)))).ExitCode);
        var far = cli.Run("goal", "add", "--name", "Far", "--metric", "contacts", "--network", "Facebook", "--target", "10", "--deadline", "2500-12-31");
        Assert.Equal(1, far.ExitCode);
        Assert.Equal("payoff: The deadline 2500-12-31 is out of range: goal dates must lie from 2000-01-01 to 2100-12-31.", far.Error.Trim());
        var old = cli.Run("goal", "add", "--name", "Old", "--metric", "contacts", "--network", "Facebook", "--target", "10", "--start", "1950-01-01", "--deadline", "2025-08-31");
        Assert.Contains("The start 1950-01-01 is out of range", old.Error, StringComparison.Ordinal);
        var extreme = cli.Run("goal", "add", "--name", "Extreme", "--metric", "contacts", "--network", "Facebook", "--target", "10", "--deadline", "9999-12-31");
        Assert.Equal(1, extreme.ExitCode);
        Assert.Contains("--deadline", extreme.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Far", cli.Run("goal", "list").Out, StringComparison.Ordinal);

        Assert.Equal(0, cli.Run("goal", "add", "--name", "Stored", "--metric", "contacts", "--network", "Facebook", "--target", "10", "--deadline", "2025-08-31").ExitCode);
        using (var db = DuckDbDatabase.Open(cli.Database, cli.Time))
        {
            db.Execute("UPDATE goals SET start_day = DATE '0001-01-01', deadline = DATE '9999-12-31'");
        }

        var goals = cli.Run("report", "goals");
        Assert.Equal(0, goals.ExitCode);
        Assert.Contains("Not tracked: its start 0001-01-01 lies outside 2000-01-01 to 2100-12-31", goals.Out, StringComparison.Ordinal);
        Assert.Equal(0, cli.Run("report", "verdict").ExitCode);
        Assert.Equal(0, cli.Run("report", "verdict", "--format", "json").ExitCode);
    }

    [Fact]
    public void Regression_a_goal_is_not_missed_on_its_deadline_day()
    {
        // The bug: goal #2 was "missed" on 30 Nov, its deadline day, while that day was still going.
        using var cli = new CliRun();
        Assert.Equal(0, cli.Run("import", "events", cli.File("events.csv", Events(new DateOnly(2025, 4, 1)))).ExitCode);
        Assert.Equal(0, cli.Run("goal", "add", "--name", "Today", "--metric", "sessions", "--network", "Facebook", "--target", "100000", "--start", "2025-07-01", "--deadline", "2025-07-15").ExitCode);
        var goal = JsonDocument.Parse(cli.Run("report", "goals", "--format", "json").Out).RootElement.GetProperty("rows").EnumerateArray().Single();
        Assert.NotEqual("missed", goal.GetProperty("status").GetString());
    }

    [Fact]
    public void Regression_the_benchmark_shows_dashes_not_zeros_for_months_before_the_data_starts()
    {
        // The bug: benchmark --months 5 printed "0 … 0 … 0.00" for July and August, before the data started in September.
        using var cli = new CliRun();
        Assert.Equal(0, cli.Run("import", "events", cli.File("events.csv", Events(new DateOnly(2025, 5, 1)))).ExitCode);
        var json = JsonDocument.Parse(cli.Run("report", "benchmark", "--months", "4", "--to", "2025-06-30", "--format", "json").Out).RootElement;
        var rows = json.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("network").GetString() == "Facebook").ToList();
        Assert.Equal(["2025-03-01", "2025-04-01", "2025-05-01", "2025-06-01"], rows.Select(r => r.GetProperty("month").GetString()));
        Assert.True(rows[0].GetProperty("before_data").GetBoolean());
        Assert.False(rows[0].TryGetProperty("sessions", out _));
        Assert.Equal(620, rows[2].GetProperty("sessions").GetInt64());

        var table = cli.Run("report", "benchmark", "--months", "4", "--to", "2025-06-30").Out;
        var april = table.Split('\n').First(l => l.Contains("2025-04", StringComparison.Ordinal));
        Assert.DoesNotContain(" 0 ", april, StringComparison.Ordinal);
        Assert.Contains("—", april, StringComparison.Ordinal);
    }

    [Fact]
    public void Regression_crm_contacts_without_tracked_visits_are_said_plainly_and_the_json_is_written()
    {
        // The bug: five HubSpot contacts from LinkedIn against two tracked LinkedIn sessions made its contact
        // rate 250 %, its Wilson interval NaN, the text "95 % CI NaN–NaN" and --format json exit 70.
        using var cli = new CliRun();
        var events = new StringBuilder(Events(new DateOnly(2025, 4, 1)));
        events.Append("li-1,2025-05-06T11:00:00Z,li-1,pageview,https://shop.example.com/?utm_source=linkedin&utm_medium=social,,,,,\n");
        events.Append("li-2,2025-05-07T11:00:00Z,li-2,pageview,https://shop.example.com/?utm_source=linkedin&utm_medium=social,,,,,\n");
        Assert.Equal(0, cli.Run("import", "events", cli.File("events.csv", events.ToString())).ExitCode);
        var contacts = new StringBuilder("Record ID,First Name,Last Name,Email,Create Date,Lifecycle Stage,Became a Lead Date,Became a Customer Date,Original Traffic Source,Original Traffic Source Drill-Down 1,Original Traffic Source Drill-Down 2,Total Revenue\n");
        for (var i = 1; i <= 5; i++)
        {
            contacts.Append(CultureInfo.InvariantCulture, $"{900 + i},A,B,li{i}@example.invalid,2025-05-1{i} 10:00,lead,2025-05-1{i} 10:00,,Organic Social,LinkedIn,,\n");
        }

        Assert.Equal(0, cli.Run("import", "hubspot-contacts", cli.File("hubspot.csv", contacts.ToString())).ExitCode);

        var json = cli.Run("report", "verdict", "--format", "json");
        Assert.True(json.ExitCode == 0, json.Out + json.Error);
        var linkedIn = JsonDocument.Parse(json.Out).RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("network").GetString() == "LinkedIn");
        Assert.Equal(2, linkedIn.GetProperty("sessions").GetInt64());
        Assert.Equal(5, linkedIn.GetProperty("contacts").GetInt64());
        Assert.Equal(JsonValueKind.Null, linkedIn.GetProperty("contact_rate_low").ValueKind);
        Assert.Equal(JsonValueKind.Null, linkedIn.GetProperty("contact_rate_high").ValueKind);

        var text = cli.Run("report", "verdict");
        Assert.Equal(0, text.ExitCode);
        Assert.DoesNotContain("NaN", text.Out, StringComparison.Ordinal);
        Assert.Contains("Contact rate — (more contacts (5) than tracked sessions (2)) against the rest's", text.Out, StringComparison.Ordinal);
    }
}
