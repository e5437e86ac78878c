using System.Text.Json;

namespace Payoff.Cli.Tests;

/// <summary>Journeys from tracked events, the same journeys imported as paths, and the attribution contract.</summary>
public sealed class AttributionCommandTests
{
    private const string Header = "event_id,timestamp,visitor_id,type,url,referrer,value,currency,contact_id,name\n";
    private const string Fb = "https://shop.example.com/?utm_source=facebook&utm_medium=social";
    private const string Mail = "https://shop.example.com/?utm_source=newsletter&utm_medium=email";
    private const string Li = "https://shop.example.com/?utm_source=linkedin&utm_medium=social";

    private static readonly string Events = Header +
        $"""
        1,2025-05-01T10:00:00Z,v1,pageview,{Fb},,,,,
        2,2025-05-03T10:00:00Z,v1,pageview,{Mail},,,,,
        3,2025-05-03T10:05:00Z,v1,lead,,,,,c1,
        4,2025-05-02T09:00:00Z,v2,pageview,{Li},,,,,
        5,2025-05-02T09:03:00Z,v2,lead,,,,,c2,
        6,2025-05-01T11:00:00Z,v3,pageview,{Fb},,,,,
        7,2025-05-01T12:00:00Z,v4,pageview,{Fb},,,,,
        8,2025-05-02T12:00:00Z,v4,pageview,{Mail},,,,,

        """;

    private static JsonElement Run(CliRun cli, params string[] args)
    {
        var run = cli.Run([.. args, "--format", "json"]);
        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        return JsonDocument.Parse(run.Out).RootElement;
    }

    private static Dictionary<(string, string), double> Credits(JsonElement report) =>
        report.GetProperty("rows").EnumerateArray().ToDictionary(r => (r.GetProperty("model").GetString()!, r.GetProperty("channel").GetString()!), r => r.GetProperty("conversions").GetDouble());

    [Fact]
    public void Journeys_built_from_events_equal_the_same_journeys_imported_as_paths_under_every_model()
    {
        using var tracked = new CliRun();
        Assert.Equal(0, tracked.Run("import", "events", tracked.File("events.csv", Events)).ExitCode);
        var fromEvents = Run(tracked, "report", "attribution", "--from", "2025-05-01", "--to", "2025-05-31");
        Assert.Equal("events", fromEvents.GetProperty("source").GetString());
        Assert.Equal(4, fromEvents.GetProperty("journeys").GetInt64());

        using var imported = new CliRun();
        Assert.Equal(0, imported.Run("import", "journeys", imported.File("paths.csv", "path,conversions,value,nulls\nFacebook > Email,1,0,1\nLinkedIn,1,0,0\nFacebook,0,0,1\n")).ExitCode);
        var fromPaths = Run(imported, "report", "attribution");
        Assert.Equal("paths", fromPaths.GetProperty("source").GetString());
        Assert.Contains(fromPaths.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("carry no dates", StringComparison.Ordinal));

        var events = Credits(fromEvents);
        var paths = Credits(fromPaths);
        foreach (var ((model, channel), credit) in paths)
        {
            Assert.Equal(credit, events[(model, channel)], 9);
        }

        Assert.Equal(1, events[("first-touch", "Facebook")]);
        Assert.Equal(1, events[("last-touch", "Email")]);
        Assert.Equal(0.5, events[("shapley", "Facebook")], 9);
        Assert.All(fromEvents.GetProperty("checks").EnumerateArray(), c => Assert.True(c.GetProperty("adds_up").GetBoolean()));
    }

    [Fact]
    public void The_lookback_window_decides_whether_an_old_touch_counts()
    {
        using var cli = new CliRun();
        var events = Header + $"1,2025-03-01T10:00:00Z,v5,pageview,{Fb},,,,,\n2,2025-05-31T09:00:00Z,v5,pageview,https://shop.example.com/,,,,,\n3,2025-05-31T09:01:00Z,v5,lead,,,,,c5,\n";
        Assert.Equal(0, cli.Run("import", "events", cli.File("events.csv", events)).ExitCode);

        // 2025-03-01 10:00 to 2025-05-31 09:01 is 90.96 days: outside a 90-day window, inside a 91-day one.
        var short90 = Run(cli, "report", "attribution", "--model", "first-touch", "--from", "2025-05-01", "--to", "2025-05-31", "--lookback-days", "90");
        var long91 = Run(cli, "report", "attribution", "--model", "first-touch", "--from", "2025-05-01", "--to", "2025-05-31", "--lookback-days", "91");
        Assert.Equal("Direct", Assert.Single(short90.GetProperty("rows").EnumerateArray()).GetProperty("channel").GetString());
        Assert.Equal("Facebook", Assert.Single(long91.GetProperty("rows").EnumerateArray()).GetProperty("channel").GetString());
        Assert.False(short90.GetProperty("rows")[0].TryGetProperty("model", out _));
        Assert.Equal(["channel", "conversions", "value", "share"], short90.GetProperty("rows")[0].EnumerateObject().Select(p => p.Name));

        var markov = Run(cli, "report", "attribution", "--model", "markov", "--from", "2025-05-01", "--to", "2025-05-31");
        Assert.True(markov.GetProperty("rows")[0].TryGetProperty("removal_effect", out _));

        var paths = Run(cli, "report", "paths", "--from", "2025-05-01", "--to", "2025-05-31", "--lookback-days", "91");
        Assert.Equal("Facebook > Direct", paths.GetProperty("paths")[0].GetProperty("path").GetString());
        Assert.Contains(paths.GetProperty("roles").EnumerateArray(), r => r.GetProperty("key").GetString() == "Facebook" && r.GetProperty("opens").GetInt64() == 1 && r.GetProperty("assists").GetInt64() == 1);
    }

    [Fact]
    public void Roi_under_a_model_moves_credit_between_networks_and_still_adds_up()
    {
        using var cli = new CliRun();
        Assert.Equal(0, cli.Run("import", "events", cli.File("events.csv", Events)).ExitCode);
        var firstTouch = Run(cli, "report", "roi", "--from", "2025-05-01", "--to", "2025-05-31");
        var lastTouch = Run(cli, "report", "roi", "--from", "2025-05-01", "--to", "2025-05-31", "--model", "last-touch");
        Assert.Equal("last-touch", lastTouch.GetProperty("model").GetString());
        var rows = lastTouch.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("network").GetString()!, r => r.GetProperty("contacts").GetDouble());
        Assert.Equal(1, rows["Email"]);
        Assert.Equal(0, rows["Facebook"]);
        Assert.Equal(firstTouch.GetProperty("totals").GetProperty("contacts").GetInt64(), rows.Values.Sum(), 9);
        Assert.NotEqual(0, cli.Run("report", "roi", "--model", "markov", "--by", "campaign").ExitCode);
    }

    [Fact]
    public void Regression_attribution_for_a_named_conversion_counted_no_conversion_event_of_another_type_and_took_an_unknown_name_silently()
    {
        // Issue 13 §3.6: the demo's "order" events are customer events; --conversion order credited 0 of them, and a misspelt name gave zeros too.
        using var cli = new CliRun();
        var events = Header + $"1,2025-05-01T10:00:00Z,v1,pageview,{Fb},,,,,\n2,2025-05-01T10:05:00Z,v1,conversion,,,25,USD,,order\n3,2025-05-02T10:00:00Z,v2,pageview,{Li},,,,,\n"
            + "4,2025-05-02T10:10:00Z,v2,customer,,,40,USD,c2,Order\n5,2025-05-03T10:00:00Z,v3,pageview,https://shop.example.com/,,,,,\n";
        Assert.Equal(0, cli.Run("import", "events", cli.File("events.csv", events)).ExitCode);
        var report = Run(cli, "report", "attribution", "--conversion", "order", "--from", "2025-05-01", "--to", "2025-05-31");
        var credits = Credits(report);
        foreach (var model in credits.Keys.Select(k => k.Item1).Distinct())
        {
            Assert.Equal(2.0, credits.Where(c => c.Key.Item1 == model).Sum(c => c.Value), 9);
            Assert.Equal((1.0, 1.0), (credits[(model, "Facebook")], credits[(model, "LinkedIn")]));
        }

        Assert.Equal(8, credits.Keys.Select(k => k.Item1).Distinct().Count());

        var unknown = cli.Run("report", "attribution", "--conversion", "nosuchthing", "--from", "2025-05-01", "--to", "2025-05-31");
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("--conversion: Unknown conversion 'nosuchthing': known are lead, customer, order.", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(1, cli.Run("report", "paths", "--conversion", "nosuchthing").ExitCode);
    }
}
