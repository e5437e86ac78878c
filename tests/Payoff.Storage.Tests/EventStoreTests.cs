using Payoff.Core.Events;

namespace Payoff.Storage.Tests;

public class EventStoreTests
{
    [Fact]
    public void Writing_the_same_event_twice_stores_it_once()
    {
        using var test = new TestDatabase();
        var visit = TestDatabase.Visit("e1", "v1", "2025-06-01T10:00:00Z");

        var first = test.Write(visit, visit);
        var second = test.Write(visit);

        Assert.Equal((1L, 1L), (first.Imported, first.Duplicates));
        Assert.Equal((0L, 1L), (second.Imported, second.Duplicates));
        Assert.Equal(1, test.Count("events"));
        Assert.Equal(1, test.Count("sessions"));
    }

    [Fact]
    public void Sessions_are_rebuilt_when_a_later_import_fills_a_gap()
    {
        using var test = new TestDatabase();
        test.Write(TestDatabase.Visit("e1", "v1", "2025-06-01T10:00:00Z"), TestDatabase.Visit("e3", "v1", "2025-06-01T10:50:00Z"));
        Assert.Equal(2, test.Count("sessions"));

        test.Write(TestDatabase.Visit("e2", "v1", "2025-06-01T10:25:00Z"));

        Assert.Equal(1, test.Count("sessions"));
        Assert.Equal(3, test.Db.Scalar<long>("SELECT hits FROM sessions"));
    }

    [Fact]
    public void Every_stored_row_keeps_the_import_that_brought_it()
    {
        using var test = new TestDatabase();
        var first = test.Write(TestDatabase.Visit("e1", "v1", "2025-06-01T10:00:00Z"));
        var second = test.Write(TestDatabase.Visit("e2", "v2", "2025-06-01T10:00:00Z"));

        Assert.Equal(first.Id, test.Db.Scalar<long>("SELECT import_id FROM events WHERE event_id = 'e1'"));
        Assert.Equal(second.Id, test.Db.Scalar<long>("SELECT import_id FROM events WHERE event_id = 'e2'"));
        Assert.Equal(2, test.Imports.ListAsync(test.Workspace).Result.Count);
    }

    [Fact]
    public void Timestamps_are_stored_as_utc_instants_whatever_their_offset()
    {
        using var test = new TestDatabase("Europe/Warsaw");

        test.Write(TestDatabase.Visit("e1", "v1", "2025-06-01T02:00:00+02:00"));

        Assert.Equal(new DateTime(2025, 6, 1, 0, 0, 0), test.Db.Scalar<DateTime>("SELECT ts FROM events"));
    }

    [Fact]
    public void A_failed_write_leaves_nothing_behind()
    {
        using var test = new TestDatabase();
        test.Write(TestDatabase.Visit("e1", "v1", "2025-06-01T10:00:00Z"));
        var bad = TestDatabase.Conversion("e2", "v1", "2025-06-01T10:05:00Z", EventType.Customer, value: 99999999999999999m);

        Assert.ThrowsAny<Exception>(() => test.Write(TestDatabase.Visit("e3", "v2", "2025-06-01T11:00:00Z"), bad));

        Assert.Equal(1, test.Count("events"));
        Assert.Equal(1, test.Count("imports"));
        Assert.Equal(1, test.Count("sessions"));
    }
}
