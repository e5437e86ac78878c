using System.Globalization;
using System.Security.Cryptography;
using Payoff.Core.Access;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.ClickHouse.Adapters;

/// <summary>Dashboard users, their security stamps and memberships on the state node. An e-mail is claimed once.</summary>
internal sealed class ClickHouseUserStore(ClickHouseDatabase db) : IUserStore
{
    private readonly StateTable users = new(db, "users", "id", "email", "password_hash", "security_stamp", "created_at");
    private readonly StateTable memberships = new(db, "memberships", "user_id", "workspace_id", "role");

    /// <inheritdoc />
    public async Task<UserAccount> AddAsync(string email, string passwordHash, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        ArgumentException.ThrowIfNullOrWhiteSpace(passwordHash);
        var normalized = email.Trim().ToLowerInvariant();
        if (await FindAsync(normalized, cancellationToken).ConfigureAwait(false) is not null)
        {
            throw Taken(normalized);
        }

        var id = await db.NextIdAsync("user_ids").ConfigureAwait(false);
        if (!await db.ClaimAsync("user-email", normalized, id.ToString(CultureInfo.InvariantCulture), db.RowHolds("users")).ConfigureAwait(false))
        {
            throw Taken(normalized);
        }

        var user = new UserAccount(id, normalized, passwordHash, db.Time.GetUtcNow());
        await users.PutAsync(user.Id, user.Email, user.PasswordHash, NewStamp(), ClickHouseDatabase.Micros(user.CreatedAt)).ConfigureAwait(false);
        return user;
    }

    /// <inheritdoc />
    public async Task<UserAccount?> FindAsync(string email, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(email);
        var normalized = email.Trim().ToLowerInvariant();
        return (await AllAsync().ConfigureAwait(false)).Select(r => r.User).FirstOrDefault(u => u.Email == normalized);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken cancellationToken = default) =>
        (await AllAsync().ConfigureAwait(false)).Select(r => r.User).ToList();

    /// <inheritdoc />
    public async Task SetPasswordHashAsync(long userId, string passwordHash, CancellationToken cancellationToken = default)
    {
        if (await OneAsync(userId).ConfigureAwait(false) is { } found)
        {
            await users.PutAsync(Row(found.User with { PasswordHash = passwordHash }, found.Stamp)).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async Task<string?> SecurityStampAsync(long userId, CancellationToken cancellationToken = default) =>
        (await OneAsync(userId).ConfigureAwait(false))?.Stamp;

    /// <inheritdoc />
    public async Task<string> RenewSecurityStampAsync(long userId, CancellationToken cancellationToken = default)
    {
        var stamp = NewStamp();
        if (await OneAsync(userId).ConfigureAwait(false) is { } found)
        {
            await users.PutAsync(Row(found.User, stamp)).ConfigureAwait(false);
        }

        return stamp;
    }

    /// <inheritdoc />
    public Task GrantAsync(long userId, Workspace workspace, Role role, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return memberships.PutAsync(userId, workspace.Id, role.ToString().ToLowerInvariant());
    }

    /// <inheritdoc />
    public async Task<bool> RevokeAsync(long userId, Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return await memberships.RemoveAsync(["user_id", "workspace_id"], "WHERE user_id = $1 AND workspace_id = $2", userId, workspace.Id).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<bool> RemoveAsync(long userId, CancellationToken cancellationToken = default)
    {
        await memberships.DeleteWhereAsync(["user_id", "workspace_id"], "WHERE user_id = $1", userId).ConfigureAwait(false);
        if (await OneAsync(userId).ConfigureAwait(false) is null)
        {
            return false;
        }

        await users.DeleteAsync(["id"], [[userId]]).ConfigureAwait(false);
        return true;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Membership>> MembershipsAsync(long userId, CancellationToken cancellationToken = default)
    {
        var names = await WorkspaceNamesAsync().ConfigureAwait(false);
        return (await memberships.ReadAsync("WHERE user_id = $1", string.Empty, userId).ConfigureAwait(false))
            .Where(r => names.ContainsKey(ClickHouseDatabase.Number(r[1])))
            .Select(r => new Membership(userId, ClickHouseDatabase.Number(r[1]), names[ClickHouseDatabase.Number(r[1])], Enum.Parse<Role>(r[2]!, ignoreCase: true)))
            .OrderBy(m => m.WorkspaceName, StringComparer.Ordinal)
            .ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<(UserAccount User, Role Role)>> MembersAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var all = (await AllAsync().ConfigureAwait(false)).ToDictionary(r => r.User.Id, r => r.User);
        return (await memberships.ReadAsync("WHERE workspace_id = $1", string.Empty, workspace.Id).ConfigureAwait(false))
            .Where(r => all.ContainsKey(ClickHouseDatabase.Number(r[0])))
            .Select(r => (all[ClickHouseDatabase.Number(r[0])], Enum.Parse<Role>(r[2]!, ignoreCase: true)))
            .OrderBy(m => m.Item1.Email, StringComparer.Ordinal)
            .ToList();
    }

    private async Task<Dictionary<long, string>> WorkspaceNamesAsync() =>
        (await db.RowsAsync("SELECT id, name FROM (SELECT id, name, deleted FROM workspaces FINAL) WHERE deleted = 0").ConfigureAwait(false))
            .ToDictionary(r => ClickHouseDatabase.Number(r[0]), r => r[1]!);

    private async Task<List<(UserAccount User, string Stamp)>> AllAsync() =>
        (await users.ReadAsync(string.Empty, "ORDER BY id").ConfigureAwait(false)).Select(Read).ToList();

    private async Task<(UserAccount User, string Stamp)?> OneAsync(long userId) =>
        (await users.ReadAsync("WHERE id = $1", string.Empty, userId).ConfigureAwait(false)).Select(r => ((UserAccount, string)?)Read(r)).FirstOrDefault();

    private static StoreException Taken(string email) => new($"{email} already has an account.");

    private static string NewStamp() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    private static object?[] Row(UserAccount u, string stamp) => [u.Id, u.Email, u.PasswordHash, stamp, ClickHouseDatabase.Micros(u.CreatedAt)];

    private static (UserAccount User, string Stamp) Read(string?[] r) =>
        (new UserAccount(ClickHouseDatabase.Number(r[0]), r[1]!, r[2]!, ClickHouseDatabase.Instant(r[4])), r[3]!);
}
