using Payoff.Core.Channels;
using Payoff.Core.Events;
using Payoff.Core.Importing;
using Payoff.Core.Reporting.Costs;
using Payoff.Core.Reporting.Social;
using Payoff.Core.Social;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;
using Payoff.Import;

namespace Payoff.Storage.Contract;

/// <summary><see cref="IImportStore"/>: repeats, replace-on-overlap, undo, atomicity and the order of the import list.</summary>
public abstract class ImportStoreContract : StoreContract
{
    private static readonly DateRange May2026 = new(new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 31));
    private static readonly DateRange June2025 = new(new DateOnly(2025, 6, 1), new DateOnly(2025, 6, 30));

    [Fact]
    public async Task The_same_file_imported_twice_is_reported_as_a_repeat_and_changes_no_total()
    {
        await using var session = await OpenAsync();
        var workspace = await WorkspaceAsync(session);
        var runner = new ImportRunner(session.Importing, ChannelClassifier.Default);
        var file = Path.Combine(AppContext.BaseDirectory, "Data", "ads-daily.csv");

        var first = await runner.ImportAsync(workspace, ImportKind.MetaAds, file, ImportOptions.Strict);
        var before = await SpendAsync(session, workspace, May2026);
        var second = await runner.ImportAsync(workspace, ImportKind.MetaAds, file, ImportOptions.Strict);

        Assert.True(first.Succeeded, first.Message);
        Assert.False(first.AlreadyImported);
        Assert.True(second.AlreadyImported);
        Assert.Equal(first.ImportId, second.ImportId);
        Assert.Equal(before, await SpendAsync(session, workspace, May2026));
        Assert.Single(await session.Importing.ListAsync(workspace));
    }

    [Fact]
    public async Task Events_already_stored_are_counted_as_duplicates_and_never_stored_twice()
    {
        await using var session = await OpenAsync();
        var workspace = await WorkspaceAsync(session);
        var visit = Some.Visit("e1", "v1", "2025-06-01T10:00:00Z");

        var first = await session.Importing.WriteEventsAsync(workspace, Some.Request(ImportKind.Events, 2), [visit, visit]);
        var second = await session.Importing.WriteEventsAsync(workspace, Some.Request(ImportKind.Events, 1), [visit]);

        Assert.Equal((1L, 1L), (first.Imported, first.Duplicates));
        Assert.Equal((0L, 1L), (second.Imported, second.Duplicates));
        Assert.Equal(1, await SessionsAsync(session, workspace));
    }

    [Fact]
    public async Task Costs_overlapping_a_stored_period_replace_it_and_never_add()
    {
        await using var session = await OpenAsync();
        var workspace = await WorkspaceAsync(session);

        await WriteCostsAsync(session, workspace, Some.Cost("2025-06-01", "Facebook", "Spring", 10m), Some.Cost("2025-06-02", "Facebook", "Spring", 20m));
        await WriteCostsAsync(session, workspace, Some.Cost("2025-06-02", "Facebook", "Spring", 25m), Some.Cost("2025-06-03", "Facebook", "Spring", 5m));

        Assert.Equal(40m, await SpendAsync(session, workspace, June2025));
    }

    [Fact]
    public async Task Account_metrics_overlapping_a_stored_period_replace_it_and_never_add()
    {
        await using var session = await OpenAsync();
        var workspace = await WorkspaceAsync(session);
        static AccountMetric Reach(int day, decimal value) => new(new DateOnly(2025, 6, day), "LinkedIn", "Acme", "reach", "Impressions", value);

        await session.Importing.WriteMetricsAsync(workspace, Some.Request(ImportKind.Metrics, 2), Some.Rows(Reach(1, 100m), Reach(2, 200m)));
        await session.Importing.WriteMetricsAsync(workspace, Some.Request(ImportKind.Metrics, 2), Some.Rows(Reach(2, 250m), Reach(3, 50m)));

        var sums = Assert.Single(await session.Social.ReadAsync(workspace, June2025, SocialGrouping.Network));
        Assert.Equal(400m, sums.Daily["reach"]);
    }

    [Fact]
    public async Task Undo_brings_totals_back_and_an_import_whose_rows_were_replaced_cannot_be_undone_first()
    {
        await using var session = await OpenAsync();
        var workspace = await WorkspaceAsync(session);
        var first = await WriteCostsAsync(session, workspace, Some.Cost("2025-06-01", "Facebook", "Spring", 10m), Some.Cost("2025-06-02", "Facebook", "Spring", 20m));
        var second = await WriteCostsAsync(session, workspace, Some.Cost("2025-06-02", "Facebook", "Spring", 25m));

        await Assert.ThrowsAsync<StoreException>(() => session.Importing.UndoAsync(workspace, first.Id));
        Assert.Equal(35m, await SpendAsync(session, workspace, June2025));

        var undone = await session.Importing.UndoAsync(workspace, second.Id);
        Assert.NotNull(undone.UndoneAt);
        Assert.Equal(30m, await SpendAsync(session, workspace, June2025));
        await Assert.ThrowsAsync<StoreException>(() => session.Importing.UndoAsync(workspace, second.Id));

        await session.Importing.UndoAsync(workspace, first.Id);
        Assert.Equal(0m, await SpendAsync(session, workspace, June2025));
        Assert.Null(await session.Importing.FindBySha256Async(workspace, first.Sha256));
    }

    [Fact]
    public async Task Undoing_events_takes_their_sessions_and_people_back()
    {
        await using var session = await OpenAsync();
        var workspace = await WorkspaceAsync(session);
        await session.Importing.WriteEventsAsync(workspace, Some.Request(ImportKind.Events, 1), [Some.Visit("e1", "v1", "2025-06-01T10:00:00Z")]);
        var later = await session.Importing.WriteEventsAsync(workspace, Some.Request(ImportKind.Events, 2), [Some.Visit("e2", "v2", "2025-06-02T10:00:00Z"), Some.Conversion("e3", "v2", "2025-06-02T10:05:00Z", EventType.Lead, "ana")]);

        await session.Importing.UndoAsync(workspace, later.Id);

        Assert.Equal(1, await SessionsAsync(session, workspace));
        Assert.Empty(await session.People.ReadAsync(workspace));
    }

    [Fact]
    public async Task A_write_that_fails_stores_nothing()
    {
        await using var session = await OpenAsync();
        var workspace = await WorkspaceAsync(session);
        await session.Importing.WriteEventsAsync(workspace, Some.Request(ImportKind.Events, 1), [Some.Visit("e1", "v1", "2025-06-01T10:00:00Z")]);
        var tooLarge = Some.Conversion("e2", "v1", "2025-06-01T10:05:00Z", EventType.Customer, value: 99999999999999999m);

        await Assert.ThrowsAnyAsync<Exception>(() => session.Importing.WriteEventsAsync(workspace, Some.Request(ImportKind.Events, 2), [Some.Visit("e3", "v2", "2025-06-01T11:00:00Z"), tooLarge]));

        Assert.Single(await session.Importing.ListAsync(workspace));
        Assert.Equal(1, await SessionsAsync(session, workspace));
        Assert.Empty(await session.People.ReadAsync(workspace));
    }

    [Fact]
    public async Task A_rejected_file_stores_nothing()
    {
        await using var session = await OpenAsync();
        var workspace = await WorkspaceAsync(session);
        var file = TempFile("events.csv");
        await File.WriteAllTextAsync(file, "event_id,timestamp,visitor_id,type,url\ne1,2025-06-01T10:00:00Z,v1,pageview,https://shop.example.com/\ne2,not a time,v2,pageview,https://shop.example.com/\n");

        var summary = await new ImportRunner(session.Importing, ChannelClassifier.Default).ImportAsync(workspace, ImportKind.Events, file, ImportOptions.Strict);

        Assert.False(summary.Succeeded);
        Assert.Empty(await session.Importing.ListAsync(workspace));
        Assert.Equal(0, await SessionsAsync(session, workspace));
    }

    [Fact]
    public async Task Imports_are_listed_newest_first()
    {
        await using var session = await OpenAsync();
        var workspace = await WorkspaceAsync(session);
        var first = await WriteCostsAsync(session, workspace, Some.Cost("2025-06-01", "Facebook", "Spring", 1m));
        var second = await WriteCostsAsync(session, workspace, Some.Cost("2025-06-05", "Facebook", "Spring", 1m));
        var third = await session.Importing.WriteEventsAsync(workspace, Some.Request(ImportKind.Events, 1), [Some.Visit("e1", "v1", "2025-06-01T10:00:00Z")]);

        Assert.Equal([third.Id, second.Id, first.Id], (await session.Importing.ListAsync(workspace)).Select(i => i.Id));
    }

    private static Task<ImportRecord> WriteCostsAsync(IStoreSession session, Workspace workspace, params Core.Costs.AdCost[] costs) =>
        session.Importing.WriteCostsAsync(workspace, Some.Request(ImportKind.Costs, costs.Length), Some.Rows(costs));

    private static async Task<decimal> SpendAsync(IStoreSession session, Workspace workspace, DateRange range) =>
        (await session.Costs.ReadAsync(workspace, range, CostsGrouping.Network)).Sum(r => r.AdSpend);

    private static async Task<long> SessionsAsync(IStoreSession session, Workspace workspace)
    {
        var sums = await session.Sources.ReadAsync(
            workspace,
            [(Some.Instant("2000-01-01T00:00:00Z"), Some.Instant("2100-01-01T00:00:00Z"))],
            Core.Reporting.Sources.SourcesGrouping.Channel,
            null);
        return sums.Rows.Sum(r => r.Counts.Sessions);
    }
}
