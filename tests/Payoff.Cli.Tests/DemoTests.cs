using System.Text.Json;

namespace Payoff.Cli.Tests;

public class DemoTests
{
    [Fact]
    public void The_demo_tells_the_seed_story_Facebook_and_X_lead_volume_and_LinkedIn_Announcements_converts_best()
    {
        using var cli = new CliRun();

        var (code, output, error) = cli.Run("demo", "--no-serve", "--sessions", "60000", "--format", "json");

        Assert.True(code == 0, error);
        var rows = JsonDocument.Parse(output).RootElement.GetProperty("rows").EnumerateArray()
            .ToDictionary(r => r.GetProperty("network").GetString()!, r => (Sessions: r.GetProperty("sessions").GetInt64(), Contacts: r.GetProperty("contacts").GetInt64(), Rate: r.GetProperty("contact_rate").GetDecimal()));
        var byVisits = rows.OrderByDescending(r => r.Value.Sessions).Select(r => r.Key).Take(2);
        var byContacts = rows.OrderByDescending(r => r.Value.Contacts).Select(r => r.Key).Take(2);
        Assert.Equal(["Facebook", "X"], byVisits);
        Assert.Equal(["Facebook", "X"], byContacts);
        Assert.Equal("LinkedIn", rows.MaxBy(r => r.Value.Rate).Key);
        Assert.True(rows["LinkedIn"].Rate > 3 * rows["Facebook"].Rate);

        var campaigns = cli.Run("report", "sources", "-w", "demo", "--by", "campaign", "--from", "2024-07-01", "--to", "2025-07-15", "--format", "json");
        var best = JsonDocument.Parse(campaigns.Out).RootElement.GetProperty("rows").EnumerateArray()
            .Where(r => r.GetProperty("sessions").GetInt64() >= 200)
            .MaxBy(r => r.GetProperty("contact_rate").GetDecimal());
        Assert.Equal(("LinkedIn", "Announcements"), (best.GetProperty("network").GetString(), best.GetProperty("campaign").GetString()));
    }
    [Fact]
    public void The_demo_has_tracked_links_whose_clicks_are_its_sessions_a_site_a_follower_goal_with_history_and_logged_time_in_the_ROI()
    {
        using var cli = new CliRun();
        var (code, _, error) = cli.Run("demo", "--no-serve", "--sessions", "20000", "--format", "json");
        Assert.True(code == 0, error);

        var links = JsonDocument.Parse(cli.Run("report", "links", "-w", "demo", "--from", "2024-07-01", "--to", "2025-07-15", "--format", "json").Out).RootElement.GetProperty("rows").EnumerateArray().ToList();
        var clicked = links.Where(l => l.GetProperty("clicks").GetInt64() > 0).ToList();
        Assert.True(clicked.Count >= 5, $"{clicked.Count} links with clicks");
        foreach (var link in clicked)
        {
            // Every click's event starts a session of the demo's visitor: a link's clicks and sessions are one number.
            Assert.Equal(link.GetProperty("clicks").GetInt64(), link.GetProperty("sessions").GetInt64());
        }

        // The clicks are sessions the demo already had: the campaign's sessions in the sources report did not grow.
        var announcements = links.Single(l => l.GetProperty("slug").GetString() == "announcements");
        var campaigns = JsonDocument.Parse(cli.Run("report", "sources", "-w", "demo", "--by", "campaign", "--from", "2024-07-01", "--to", "2025-07-15", "--format", "json").Out).RootElement.GetProperty("rows").EnumerateArray();
        var linkedIn = campaigns.Single(r => r.GetProperty("network").GetString() == "LinkedIn" && r.GetProperty("campaign").GetString() == "Announcements");
        Assert.InRange(announcements.GetProperty("sessions").GetInt64(), 1, linkedIn.GetProperty("sessions").GetInt64() - 1);

        // A second demo recreates the workspace: the same links and clicks, not twice as many.
        string[] linksReport = ["report", "links", "-w", "demo", "--from", "2024-07-01", "--to", "2025-07-15", "--format", "json"];
        var first = cli.Run(linksReport).Out;
        Assert.Equal(0, cli.Run("demo", "--no-serve", "--sessions", "20000", "--format", "json").ExitCode);
        Assert.Equal(first, cli.Run(linksReport).Out);

        var sites = cli.Run("site", "list", "-w", "demo", "--format", "json");
        Assert.Contains("shop.example.com", sites.Out, StringComparison.Ordinal);

        var goals = JsonDocument.Parse(cli.Run("goal", "list", "-w", "demo", "--format", "json").Out).RootElement.EnumerateArray().ToList();
        var followers = goals.Single(g => g.GetProperty("metric").GetString() == "followers");
        var shown = JsonDocument.Parse(cli.Run("goal", "show", followers.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), "-w", "demo", "--format", "json").Out).RootElement;
        Assert.True(shown.GetProperty("progress").GetProperty("months").GetArrayLength() > 1);
        Assert.True(shown.GetProperty("progress").GetProperty("current").GetDecimal() > shown.GetProperty("baseline").GetDecimal());

        // Logged one-off time sits beside the recurring time, and the ROI's staff hours count it.
        var time = JsonDocument.Parse(cli.Run("time", "list", "-w", "demo", "--format", "json").Out).RootElement;
        var instagramShoot = time.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("network").GetString() == "Instagram");
        Assert.Equal(240, instagramShoot.GetProperty("minutes").GetInt32());
        var day = instagramShoot.GetProperty("day").GetString()!;
        var roi = JsonDocument.Parse(cli.Run("report", "roi", "-w", "demo", "--network", "Instagram", "--from", day, "--to", day, "--format", "json").Out).RootElement;
        var hours = roi.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("network").GetString() == "Instagram").GetProperty("totals").GetProperty("time_hours").GetDecimal();
        Assert.Equal(4m + (DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture).DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0m : 0.5m), hours);
    }
}
