using Payoff.Core.Links;
using Payoff.Core.Stores;

namespace Payoff.Storage.Contract;

/// <summary><see cref="ILinkStore"/>: slugs unique across workspaces, newest first, enable and disable.</summary>
public abstract class LinkStoreContract : StoreContract
{
    private static readonly LinkTags Tags = new("linkedin", "social", "launch");

    [Fact]
    public async Task A_slug_is_unique_across_workspaces()
    {
        await using var session = await OpenAsync();
        var first = await WorkspaceAsync(session);
        var second = await session.Workspaces.CreateAsync("other", "UTC", "USD");
        await session.Links.AddAsync(first, "spring", "https://shop.example.com/", Tags);

        await Assert.ThrowsAsync<StoreException>(() => session.Links.AddAsync(second, "spring", "https://other.example.com/", Tags));

        var found = await session.Links.FindBySlugAsync("spring");
        Assert.Equal(first.Id, found!.Value.WorkspaceId);
    }

    [Fact]
    public async Task Links_are_listed_newest_first_and_only_the_workspaces_own()
    {
        await using var session = await OpenAsync();
        var workspace = await WorkspaceAsync(session);
        var other = await session.Workspaces.CreateAsync("other", "UTC", "USD");
        await session.Links.AddAsync(workspace, "a", "https://shop.example.com/a", Tags);
        await session.Links.AddAsync(other, "b", "https://shop.example.com/b", Tags);
        await session.Links.AddAsync(workspace, "c", "https://shop.example.com/c", Tags);

        Assert.Equal(["c", "a"], (await session.Links.ListAsync(workspace)).Select(l => l.Slug));
    }

    [Fact]
    public async Task A_disabled_link_is_kept_and_only_its_own_workspace_can_change_it()
    {
        await using var session = await OpenAsync();
        var workspace = await WorkspaceAsync(session);
        var other = await session.Workspaces.CreateAsync("other", "UTC", "USD");
        await session.Links.AddAsync(workspace, "spring", "https://shop.example.com/", Tags);

        Assert.False(await session.Links.SetEnabledAsync(other, "spring", false));
        Assert.True(await session.Links.SetEnabledAsync(workspace, "spring", false));

        var link = Assert.Single(await session.Links.ListAsync(workspace));
        Assert.False(link.Enabled);
        Assert.Equal(Tags, link.Tags);
    }
}
