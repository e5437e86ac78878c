using Payoff.Core.Collect;
using Payoff.Core.Stores;

namespace Payoff.Storage.Contract;

/// <summary><see cref="ISiteStore"/>: a domain registered once across workspaces, and the orders of the lists.</summary>
public abstract class SiteStoreContract : StoreContract
{
    [Fact]
    public async Task A_domain_is_registered_once_across_workspaces()
    {
        await using var session = await OpenAsync();
        var workspace = await WorkspaceAsync(session);
        var other = await session.Workspaces.CreateAsync("other", "UTC", "USD");
        await session.Sites.AddAsync(workspace, "shop.example.com", IdentityMode.Cookie, honourDoNotTrack: true);

        await Assert.ThrowsAsync<StoreException>(() => session.Sites.AddAsync(other, "shop.example.com", IdentityMode.Cookie, honourDoNotTrack: false));
    }

    [Fact]
    public async Task Sites_are_listed_by_domain_and_all_sites_by_id()
    {
        await using var session = await OpenAsync();
        var workspace = await WorkspaceAsync(session);
        var other = await session.Workspaces.CreateAsync("other", "UTC", "USD");
        var zeta = await session.Sites.AddAsync(workspace, "zeta.example.com", IdentityMode.Cookie, true);
        var beta = await session.Sites.AddAsync(other, "beta.example.com", IdentityMode.Cookie, true);
        var alpha = await session.Sites.AddAsync(workspace, "alpha.example.com", IdentityMode.Cookie, true);

        Assert.Equal(["alpha.example.com", "zeta.example.com"], (await session.Sites.ListAsync(workspace)).Select(s => s.Domain));
        Assert.Equal([zeta.Id, beta.Id, alpha.Id], (await session.Sites.AllAsync()).Select(s => s.Id));
        Assert.NotEqual(zeta.SiteKey, alpha.SiteKey);
    }

    [Fact]
    public async Task An_update_changes_the_identity_mode_and_do_not_track()
    {
        await using var session = await OpenAsync();
        var workspace = await WorkspaceAsync(session);
        var site = await session.Sites.AddAsync(workspace, "shop.example.com", IdentityMode.Cookie, true);
        var changed = site with { Identity = IdentityMode.Cookieless, HonourDoNotTrack = false };

        await session.Sites.UpdateAsync(changed);

        Assert.Equal(changed, Assert.Single(await session.Sites.ListAsync(workspace)));
    }
}
