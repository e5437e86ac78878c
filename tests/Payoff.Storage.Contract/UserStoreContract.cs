using Payoff.Core.Access;
using Payoff.Core.Stores;

namespace Payoff.Storage.Contract;

/// <summary><see cref="IUserStore"/>: e-mail addresses unique case-insensitively, roles, stamps, removal.</summary>
public abstract class UserStoreContract : StoreContract
{
    [Fact]
    public async Task An_email_is_unique_whatever_its_case_and_found_in_any_case()
    {
        await using var session = await OpenAsync();
        var ana = await session.Users.AddAsync("Ana@Example.com", "hash");

        await Assert.ThrowsAsync<StoreException>(() => session.Users.AddAsync(" ana@example.COM", "hash"));

        Assert.Equal(ana.Id, (await session.Users.FindAsync("ANA@example.com"))!.Id);
        Assert.Equal("ana@example.com", ana.Email);
    }

    [Fact]
    public async Task Users_are_listed_by_id_and_members_by_email()
    {
        await using var session = await OpenAsync();
        var workspace = await WorkspaceAsync(session);
        var zed = await session.Users.AddAsync("zed@example.com", "hash");
        var amy = await session.Users.AddAsync("amy@example.com", "hash");
        await session.Users.GrantAsync(zed.Id, workspace, Role.Viewer);
        await session.Users.GrantAsync(amy.Id, workspace, Role.Viewer);
        await session.Users.GrantAsync(amy.Id, workspace, Role.Owner);

        Assert.Equal([zed.Id, amy.Id], (await session.Users.ListAsync()).Select(u => u.Id));
        Assert.Equal([("amy@example.com", Role.Owner), ("zed@example.com", Role.Viewer)], (await session.Users.MembersAsync(workspace)).Select(m => (m.User.Email, m.Role)));
    }

    [Fact]
    public async Task Renewing_the_security_stamp_changes_it_and_removing_a_user_removes_their_memberships()
    {
        await using var session = await OpenAsync();
        var workspace = await WorkspaceAsync(session);
        var ana = await session.Users.AddAsync("ana@example.com", "hash");
        await session.Users.GrantAsync(ana.Id, workspace, Role.Editor);
        var stamp = await session.Users.SecurityStampAsync(ana.Id);

        Assert.NotEqual(stamp, await session.Users.RenewSecurityStampAsync(ana.Id));
        Assert.True(await session.Users.RemoveAsync(ana.Id));

        Assert.Empty(await session.Users.MembersAsync(workspace));
        Assert.Null(await session.Users.SecurityStampAsync(ana.Id));
        Assert.False(await session.Users.RemoveAsync(ana.Id));
    }
}
