using Payoff.Core.Audience;
using Payoff.Core.Importing;
using Payoff.Core.Social;
using Payoff.Core.Stores;

namespace Payoff.Storage.Contract;

/// <summary>
/// Audience demographics written through <see cref="IImportStore"/> and read through <see cref="IAudienceReader"/>: a
/// newer snapshot of a dimension replaces it whole, nothing is doubled, undo restores the older one exactly.
/// </summary>
public abstract class AudienceStoreContract : StoreContract
{
    private static AudienceRow Row(string network, string dimension, string value, decimal share, int position, string? account = null, string audience = "followers") =>
        new(network, account, audience, dimension, value, null, share, new DateOnly(2026, 5, 31), dimension, position);

    private static Task<ImportRecord> WriteAsync(IStoreSession session, Core.Workspaces.Workspace workspace, params AudienceRow[] rows) =>
        session.Importing.WriteAsync(workspace, Some.Request(ImportKind.MetaAudience, rows.Length), ImportRecords.Social, Some.Rows([.. rows.Select(SocialRecord.Of)]));

    private static async Task<List<string>> ReadAsync(IStoreSession session, Core.Workspaces.Workspace workspace, string? network = null) =>
        [.. (await session.Audience.ReadAsync(workspace, network)).Select(r => $"{r.Network}/{r.Dimension}/{r.Value}={r.Share}")];

    [Fact]
    public async Task A_newer_snapshot_of_a_dimension_replaces_it_whole_and_a_repeated_value_is_stored_once()
    {
        await using var session = await OpenAsync();
        var workspace = await WorkspaceAsync(session);
        await WriteAsync(session, workspace, Row("Instagram", "gender", "Women", 0.6m, 0), Row("Instagram", "gender", "Men", 0.4m, 1), Row("Instagram", "age", "18-24", 1m, 0));

        var second = await WriteAsync(session, workspace, Row("Instagram", "gender", "Women", 0.55m, 0), Row("Instagram", "gender", "Other", 0.05m, 1), Row("Instagram", "gender", "Other", 0.4m, 2));

        Assert.Equal((2L, 1L), (second.Imported, second.Duplicates));
        Assert.Equal(["Instagram/age/18-24=1", "Instagram/gender/Women=0.55", "Instagram/gender/Other=0.05"], await ReadAsync(session, workspace));
    }

    [Fact]
    public async Task The_same_snapshot_written_twice_leaves_the_same_rows()
    {
        await using var session = await OpenAsync();
        var workspace = await WorkspaceAsync(session);
        AudienceRow[] rows = [Row("TikTok", "country", "Indonesia", 0.412m, 0), Row("TikTok", "country", "Others", 0.588m, 1)];

        await WriteAsync(session, workspace, rows);
        var once = await ReadAsync(session, workspace);
        await WriteAsync(session, workspace, rows);

        Assert.Equal(once, await ReadAsync(session, workspace));
        Assert.Equal(2, once.Count);
    }

    [Fact]
    public async Task Undo_removes_a_snapshot_and_restores_the_one_it_replaced_exactly()
    {
        await using var session = await OpenAsync();
        var workspace = await WorkspaceAsync(session);
        await WriteAsync(session, workspace, Row("Facebook", "city", "Berlin", 0.12m, 0), Row("Facebook", "city", "Hamburg", 0.06m, 1));
        var before = await ReadAsync(session, workspace);
        var newer = await WriteAsync(session, workspace, Row("Facebook", "city", "Munich", 0.2m, 0));

        await session.Importing.UndoAsync(workspace, newer.Id);

        Assert.Equal(before, await ReadAsync(session, workspace));
    }

    [Fact]
    public async Task An_older_snapshot_cannot_be_undone_before_the_one_that_replaced_it()
    {
        await using var session = await OpenAsync();
        var workspace = await WorkspaceAsync(session);
        var older = await WriteAsync(session, workspace, Row("Facebook", "city", "Berlin", 0.12m, 0));
        var newer = await WriteAsync(session, workspace, Row("Facebook", "city", "Munich", 0.2m, 0));

        var refused = await Assert.ThrowsAsync<StoreException>(() => session.Importing.UndoAsync(workspace, older.Id));

        Assert.Contains($"undo #{newer.Id} first", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rows_come_by_network_account_audience_and_dimension_in_the_platforms_order_and_a_network_filters_case_insensitively()
    {
        await using var session = await OpenAsync();
        var workspace = await WorkspaceAsync(session);
        await WriteAsync(
            session,
            workspace,
            Row("TikTok", "gender", "Male", 0.4m, 1),
            Row("TikTok", "gender", "Female", 0.6m, 0),
            Row("LinkedIn", "location", "Jakarta", 1m, 0, "acme", "visitors"),
            Row("LinkedIn", "location", "Jakarta", 1m, 0, "acme"),
            Row("LinkedIn", "location", "Berlin", 1m, 0));

        var rows = await session.Audience.ReadAsync(workspace);

        Assert.Equal(
            ["LinkedIn//followers/Berlin", "LinkedIn/acme/followers/Jakarta", "LinkedIn/acme/visitors/Jakarta", "TikTok//followers/Female", "TikTok//followers/Male"],
            rows.Select(r => $"{r.Network}/{r.Account}/{r.Audience}/{r.Value}"));
        Assert.Equal(["TikTok/gender/Female=0.6", "TikTok/gender/Male=0.4"], await ReadAsync(session, workspace, "tiktok"));
        Assert.Equal(5, rows.Count(r => r.AsOf == new DateOnly(2026, 5, 31)));
    }

    [Fact]
    public async Task A_workspace_reads_only_its_own_audience_and_its_networks_are_known_names()
    {
        await using var session = await OpenAsync();
        var workspace = await WorkspaceAsync(session);
        var other = await session.Workspaces.CreateAsync("other", "UTC", "USD");
        await WriteAsync(session, workspace, Row("Threads", "age", "18-24", 1m, 0));

        Assert.Empty(await session.Audience.ReadAsync(other));
        Assert.Contains("Threads", await session.NetworkNames.ReadAsync(workspace));
    }
}
