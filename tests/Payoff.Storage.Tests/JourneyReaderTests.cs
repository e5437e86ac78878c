using Payoff.Core.Attribution;
using Payoff.Core.Events;
using Payoff.Storage.DuckDb;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.Tests;

public sealed class JourneyReaderTests
{
    [Fact]
    public async Task Tracked_link_clicks_are_touches_unless_their_own_session_already_is_one()
    {
        using var test = new TestDatabase();
        test.Write(
            TestDatabase.Visit("1", "v1", "2025-06-10T10:00:00Z", "https://shop.example.com/?utm_source=linkedin&utm_medium=social"),
            TestDatabase.Conversion("2", "v1", "2025-06-10T10:05:00Z", EventType.Lead, "c1"));
        var db = test.Db;
        db.Execute("INSERT INTO links VALUES (1, $1, 'spring', 'https://shop.example.com/', 'facebook', 'social', 'spring', NULL, NULL, true, TIMESTAMP '2025-06-01 00:00:00')", test.Workspace.Id);
        db.Execute("INSERT INTO links VALUES (2, $1, 'li', 'https://shop.example.com/', 'linkedin', 'social', 'jobs', NULL, NULL, true, TIMESTAMP '2025-06-01 00:00:00')", test.Workspace.Id);

        // A Facebook link clicked two days before (no session of its own: a touch), a LinkedIn link clicked a
        // minute before the LinkedIn session (that session is the touch), and a bot click (ignored).
        db.Execute("INSERT INTO link_clicks VALUES ($1, 'k1', 1, TIMESTAMP '2025-06-08 09:00:00', 'v1', 'u1', NULL, 'x')", test.Workspace.Id);
        db.Execute("INSERT INTO link_clicks VALUES ($1, 'k2', 2, TIMESTAMP '2025-06-10 09:59:00', 'v1', 'u2', NULL, 'x')", test.Workspace.Id);
        db.Execute("INSERT INTO link_clicks VALUES ($1, 'k3', 1, TIMESTAMP '2025-06-09 09:00:00', 'v1', 'u3', 'bot', 'x')", test.Workspace.Id);

        var reader = new DuckDbJourneyReader(db);
        var read = await reader.ReadEventsAsync(test.Workspace, new JourneyQuery(new DateRange(new DateOnly(2025, 6, 1), new DateOnly(2025, 6, 30))));
        var journey = Assert.Single(read.Journeys);
        Assert.Equal(["Facebook", "LinkedIn"], journey.Keys);
        Assert.Equal(2.0 + (65.0 / 1440), journey.DaysBefore![0], 6);
        Assert.Equal(0, read.Untouched);

        var shortWindow = (await reader.ReadEventsAsync(test.Workspace, new JourneyQuery(new DateRange(new DateOnly(2025, 6, 1), new DateOnly(2025, 6, 30)), LookbackDays: 1))).Journeys;
        Assert.Equal(["LinkedIn"], Assert.Single(shortWindow).Keys);
    }

    [Fact]
    public async Task A_crm_contact_without_any_visit_is_counted_as_untouched()
    {
        using var test = new TestDatabase();
        test.Write(TestDatabase.Conversion("1", null, "2025-06-10T10:05:00Z", EventType.Lead, "c9"));
        var reader = new DuckDbJourneyReader(test.Db);
        var read = await reader.ReadEventsAsync(test.Workspace, new JourneyQuery(new DateRange(new DateOnly(2025, 6, 1), new DateOnly(2025, 6, 30))));
        Assert.Empty(read.Journeys);
        Assert.Equal(1, read.Untouched);
    }

    [Fact]
    public async Task Regression_journeys_of_a_named_conversion_failed_with_a_missing_prepared_statement_parameter()
    {
        using var test = new TestDatabase();
        test.Write(
            TestDatabase.Visit("1", "v1", "2025-06-10T10:00:00Z", "https://shop.example.com/?utm_source=linkedin&utm_medium=social"),
            TestDatabase.Conversion("2", "v1", "2025-06-10T10:05:00Z", EventType.Conversion, value: 40m, currency: "USD") with { Name = "order" },
            TestDatabase.Visit("3", "v2", "2025-06-11T10:00:00Z", "https://shop.example.com/?utm_source=facebook&utm_medium=social"));
        var reader = new DuckDbJourneyReader(test.Db);
        var journeys = (await reader.ReadEventsAsync(test.Workspace, new JourneyQuery(new DateRange(new DateOnly(2025, 6, 1), new DateOnly(2025, 6, 30)), Conversion: "Order"))).Journeys;
        var order = Assert.Single(journeys, j => j.Conversions == 1);
        Assert.Equal(["LinkedIn"], order.Keys);
        Assert.Equal(40m, order.Value);
        Assert.Equal(["Facebook"], Assert.Single(journeys, j => j.Nulls == 1).Keys);
    }

    [Fact]
    public async Task Regression_journeys_of_a_named_conversion_left_out_customer_events_of_that_name_and_an_unknown_name_is_refused()
    {
        // Issue 13 §3.6: only events of type 'conversion' counted, so the demo's customer events named "order" gave no conversion at all.
        using var test = new TestDatabase();
        test.Write(
            TestDatabase.Visit("1", "v1", "2025-06-10T10:00:00Z", "https://shop.example.com/?utm_source=linkedin&utm_medium=social"),
            TestDatabase.Conversion("2", "v1", "2025-06-10T10:05:00Z", EventType.Customer, "c1", 40m, "USD") with { Name = "order" },
            TestDatabase.Visit("3", "v2", "2025-06-11T10:00:00Z", "https://shop.example.com/?utm_source=facebook&utm_medium=social"),
            TestDatabase.Conversion("4", "v2", "2025-06-11T10:05:00Z", EventType.Conversion, value: 10m, currency: "USD") with { Name = "Order" });
        var reader = new DuckDbJourneyReader(test.Db);
        var journeys = (await reader.ReadEventsAsync(test.Workspace, new JourneyQuery(new DateRange(new DateOnly(2025, 6, 1), new DateOnly(2025, 6, 30)), Conversion: "order"))).Journeys;
        Assert.Equal([("LinkedIn", 40m), ("Facebook", 10m)], journeys.Where(j => j.Conversions == 1).Select(j => (string.Join(" > ", j.Keys), j.Value)).OrderByDescending(j => j.Value).ToList());
        Assert.Null(await reader.ConversionErrorAsync(test.Workspace, "ORDER"));
        Assert.Null(await reader.ConversionErrorAsync(test.Workspace, "customer"));
        Assert.Equal("Unknown conversion 'nosuchthing': known are lead, customer, order.", await reader.ConversionErrorAsync(test.Workspace, "nosuchthing"));
    }
}
