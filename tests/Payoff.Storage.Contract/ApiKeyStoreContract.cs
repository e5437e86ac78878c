using Payoff.Core.Access;

namespace Payoff.Storage.Contract;

/// <summary><see cref="IApiKeyStore"/>: a key is found by its secret until revoked, and listed by id.</summary>
public abstract class ApiKeyStoreContract : StoreContract
{
    [Fact]
    public async Task A_key_is_found_by_its_secret_until_it_is_revoked()
    {
        await using var session = await OpenAsync();
        var workspace = await WorkspaceAsync(session);
        var (key, secret) = await session.ApiKeys.CreateAsync(workspace, "ci", ApiKeyScope.Read);

        Assert.Equal(key.Id, (await session.ApiKeys.FindAsync(secret))!.Id);
        Assert.Null(await session.ApiKeys.FindAsync(secret + "x"));
        Assert.True(await session.ApiKeys.RevokeAsync(workspace, key.Id));

        Assert.Null(await session.ApiKeys.FindAsync(secret));
        Assert.False(await session.ApiKeys.RevokeAsync(workspace, key.Id));
        Assert.NotNull(Assert.Single(await session.ApiKeys.ListAsync(workspace)).RevokedAt);
    }

    [Fact]
    public async Task Keys_are_listed_by_id_and_only_their_workspace_can_revoke_them()
    {
        await using var session = await OpenAsync();
        var workspace = await WorkspaceAsync(session);
        var other = await session.Workspaces.CreateAsync("other", "UTC", "USD");
        var (first, _) = await session.ApiKeys.CreateAsync(workspace, "b", ApiKeyScope.Read);
        var (second, _) = await session.ApiKeys.CreateAsync(workspace, "a", ApiKeyScope.Read);

        Assert.Equal([first.Id, second.Id], (await session.ApiKeys.ListAsync(workspace)).Select(k => k.Id));
        Assert.False(await session.ApiKeys.RevokeAsync(other, first.Id));
        Assert.Empty(await session.ApiKeys.ListAsync(other));
    }
}
