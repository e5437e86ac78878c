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
}
