using Payoff.Core.Importing;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.Contract;

/// <summary>
/// Local days across daylight-saving changes (<see cref="Core.Reporting.IDataDaysReader"/>, <see cref="Core.Ledger.ILedgerReader"/>):
/// a workspace in Europe/Warsaw, whose clocks go forward on the last Sunday of March (a 23-hour day) and back on
/// the last Sunday of October (a 25-hour day).
/// </summary>
public abstract class LocalDaysContract : StoreContract
{
    [Fact]
    public async Task A_session_at_23_30_utc_on_the_last_saturday_of_march_falls_on_the_local_sunday()
    {
        await using var session = await OpenAsync();
        var workspace = await WarsawAsync(session, Some.Visit("e1", "v1", "2025-03-29T23:30:00Z"));

        var days = await session.DataDays.ReadAsync(workspace, new DateRange(new DateOnly(2025, 3, 28), new DateOnly(2025, 3, 31)));

        Assert.Equal([new DateOnly(2025, 3, 30)], days.Order());
    }

    [Fact]
    public async Task A_session_at_23_30_utc_on_the_last_saturday_of_october_falls_on_the_local_sunday()
    {
        await using var session = await OpenAsync();
        var workspace = await WarsawAsync(session, Some.Visit("e1", "v1", "2025-10-25T23:30:00Z"));

        var days = await session.DataDays.ReadAsync(workspace, new DateRange(new DateOnly(2025, 10, 24), new DateOnly(2025, 10, 27)));

        Assert.Equal([new DateOnly(2025, 10, 26)], days.Order());
    }

    [Fact]
    public async Task The_23_hour_day_holds_its_23_hours_and_no_more()
    {
        await using var session = await OpenAsync();
        var workspace = await WarsawAsync(
            session,
            Some.Visit("e1", "v1", "2025-03-29T22:59:00Z"),
            Some.Visit("e2", "v2", "2025-03-29T23:00:00Z"),
            Some.Visit("e3", "v3", "2025-03-30T21:59:00Z"),
            Some.Visit("e4", "v4", "2025-03-30T22:00:00Z"));

        Assert.Equal(
            [(new DateOnly(2025, 3, 29), 1L), (new DateOnly(2025, 3, 30), 2L), (new DateOnly(2025, 3, 31), 1L)],
            await SessionsPerDayAsync(session, workspace, new DateOnly(2025, 3, 29)));
    }

    [Fact]
    public async Task The_25_hour_day_holds_its_25_hours()
    {
        await using var session = await OpenAsync();
        var workspace = await WarsawAsync(
            session,
            Some.Visit("e1", "v1", "2025-10-25T21:59:00Z"),
            Some.Visit("e2", "v2", "2025-10-25T22:00:00Z"),
            Some.Visit("e3", "v3", "2025-10-26T22:59:00Z"),
            Some.Visit("e4", "v4", "2025-10-26T23:00:00Z"));

        Assert.Equal(
            [(new DateOnly(2025, 10, 25), 1L), (new DateOnly(2025, 10, 26), 2L), (new DateOnly(2025, 10, 27), 1L)],
            await SessionsPerDayAsync(session, workspace, new DateOnly(2025, 10, 25)));
    }

    [Fact]
    public async Task Days_outside_the_asked_range_are_not_returned()
    {
        await using var session = await OpenAsync();
        var workspace = await WarsawAsync(session, Some.Visit("e1", "v1", "2025-03-29T23:30:00Z"), Some.Visit("e2", "v2", "2025-04-02T10:00:00Z"));

        var days = await session.DataDays.ReadAsync(workspace, new DateRange(new DateOnly(2025, 3, 31), new DateOnly(2025, 4, 2)));

        Assert.Equal([new DateOnly(2025, 4, 2)], days);
    }

    /// <summary>The ledger's sessions per local day of the three days from <paramref name="from"/>.</summary>
    private static async Task<List<(DateOnly Day, long Sessions)>> SessionsPerDayAsync(IStoreSession session, Workspace workspace, DateOnly from)
    {
        var web = (await session.Ledger.ReadAsync(workspace, new DateRange(from, from.AddDays(2)))).Web;
        return [.. web.GroupBy(d => d.Day).Select(g => (g.Key, g.Sum(d => d.Sessions))).Order()];
    }

    private static async Task<Workspace> WarsawAsync(IStoreSession session, params Core.Events.TrackedEvent[] events)
    {
        var workspace = await WorkspaceAsync(session, "Europe/Warsaw");
        await session.Importing.WriteEventsAsync(workspace, Some.Request(ImportKind.Events, events.Length), events);
        return workspace;
    }
}
