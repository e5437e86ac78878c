using Payoff.Core.Access;
using Payoff.Core.Workspaces;
using Payoff.Core.Stores;

namespace Payoff.Storage.DuckDb;

/// <summary>Dashboard accounts and their memberships. E-mail addresses compare case-insensitively (stored lower-cased).</summary>
public sealed class DuckDbUserStore(DuckDbDatabase db) : IUserStore
{
    /// <summary>Stores a new user with an already hashed password.</summary>
    /// <exception cref="StoreException">The e-mail address already has an account.</exception>
    internal UserAccount Add(string email, string passwordHash)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        ArgumentException.ThrowIfNullOrWhiteSpace(passwordHash);
        var normalized = email.Trim().ToLowerInvariant();
        if (Find(normalized) is not null)
        {
            throw new StoreException($"{normalized} already has an account.");
        }

        var now = db.Time.GetUtcNow();
        var id = db.Scalar<long>("INSERT INTO users (email, password_hash, created_at) VALUES ($1, $2, $3) RETURNING id", normalized, passwordHash, now);
        RenewSecurityStamp(id);
        return new UserAccount(id, normalized, passwordHash, now);
    }

    /// <summary>The account of <paramref name="email"/>, or null.</summary>
    internal UserAccount? Find(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        return db.Query(
            "SELECT id, email, password_hash, created_at FROM users WHERE email = $1",
            r => new UserAccount(r.GetInt64(0), r.GetString(1), r.GetString(2), DuckDbDatabase.FromDb(r.GetDateTime(3))),
            email.Trim().ToLowerInvariant()).FirstOrDefault();
    }

    /// <summary>Every account, oldest first.</summary>
    internal IReadOnlyList<UserAccount> List() => db.Query(
        "SELECT id, email, password_hash, created_at FROM users ORDER BY id",
        r => new UserAccount(r.GetInt64(0), r.GetString(1), r.GetString(2), DuckDbDatabase.FromDb(r.GetDateTime(3))));

    /// <summary>Replaces a user's password hash (a changed password, or a hash upgraded at sign-in).</summary>
    internal void SetPasswordHash(long userId, string passwordHash) =>
        db.Execute("UPDATE users SET password_hash = $2 WHERE id = $1", userId, passwordHash);

    /// <summary>
    /// The user's security stamp, or null when there is no such user. A session is valid only while the
    /// stamp it was signed in with is still the user's: <see cref="RenewSecurityStamp"/> ends every session.
    /// </summary>
    internal string? SecurityStamp(long userId) =>
        db.Query("SELECT coalesce(s.security_stamp, '') FROM users u LEFT JOIN user_stamps s ON s.user_id = u.id WHERE u.id = $1", r => r.GetString(0), userId).FirstOrDefault();

    /// <summary>Gives the user a new random security stamp (sign-out, a new password, removal from a workspace), which ends every session signed in before; returns it.</summary>
    internal string RenewSecurityStamp(long userId)
    {
        var stamp = NewStamp();
        db.Execute("INSERT OR REPLACE INTO user_stamps VALUES ($1, $2)", userId, stamp);
        return stamp;
    }

    /// <summary>Gives <paramref name="userId"/> <paramref name="role"/> in <paramref name="workspace"/> (replacing a role they had there).</summary>
    internal void Grant(long userId, Workspace workspace, Role role)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        db.Execute("INSERT OR REPLACE INTO memberships VALUES ($1, $2, $3)", userId, workspace.Id, role.ToString().ToLowerInvariant());
    }

    /// <summary>Removes a user's access to a workspace; false when they had none.</summary>
    internal bool Revoke(long userId, Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return db.Execute("DELETE FROM memberships WHERE user_id = $1 AND workspace_id = $2", userId, workspace.Id) > 0;
    }

    /// <summary>Deletes an account and its memberships; false when there is none.</summary>
    internal bool Remove(long userId)
    {
        db.Execute("DELETE FROM memberships WHERE user_id = $1", userId);
        db.Execute("DELETE FROM user_stamps WHERE user_id = $1", userId);
        return db.Execute("DELETE FROM users WHERE id = $1", userId) > 0;
    }

    /// <summary>The workspaces a user may see, with their role in each.</summary>
    internal IReadOnlyList<Membership> Memberships(long userId) => db.Query(
        "SELECT m.user_id, m.workspace_id, w.name, m.role FROM memberships m JOIN workspaces w ON w.id = m.workspace_id WHERE m.user_id = $1 ORDER BY w.name",
        r => new Membership(r.GetInt64(0), r.GetInt64(1), r.GetString(2), Enum.Parse<Role>(r.GetString(3), ignoreCase: true)),
        userId);

    /// <summary>The members of a workspace with their roles, by email.</summary>
    internal IReadOnlyList<(UserAccount User, Role Role)> Members(Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return db.Query(
            "SELECT u.id, u.email, u.password_hash, u.created_at, m.role FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.workspace_id = $1 ORDER BY u.email",
            r => (new UserAccount(r.GetInt64(0), r.GetString(1), r.GetString(2), DuckDbDatabase.FromDb(r.GetDateTime(3))), Enum.Parse<Role>(r.GetString(4), ignoreCase: true)),
            workspace.Id);
    }

    private static string NewStamp() => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    /// <inheritdoc />
    Task<UserAccount> IUserStore.AddAsync(string email, string passwordHash, CancellationToken cancellationToken) => Sync.Run(() => Add(email, passwordHash), cancellationToken);

    /// <inheritdoc />
    Task<UserAccount?> IUserStore.FindAsync(string email, CancellationToken cancellationToken) => Sync.Run(() => Find(email), cancellationToken);

    /// <inheritdoc />
    Task<IReadOnlyList<UserAccount>> IUserStore.ListAsync(CancellationToken cancellationToken) => Sync.Run(() => List(), cancellationToken);

    /// <inheritdoc />
    Task IUserStore.SetPasswordHashAsync(long userId, string passwordHash, CancellationToken cancellationToken) => Sync.Run(() => SetPasswordHash(userId, passwordHash), cancellationToken);

    /// <inheritdoc />
    Task<string?> IUserStore.SecurityStampAsync(long userId, CancellationToken cancellationToken) => Sync.Run(() => SecurityStamp(userId), cancellationToken);

    /// <inheritdoc />
    Task<string> IUserStore.RenewSecurityStampAsync(long userId, CancellationToken cancellationToken) => Sync.Run(() => RenewSecurityStamp(userId), cancellationToken);

    /// <inheritdoc />
    Task IUserStore.GrantAsync(long userId, Workspace workspace, Role role, CancellationToken cancellationToken) => Sync.Run(() => Grant(userId, workspace, role), cancellationToken);

    /// <inheritdoc />
    Task<bool> IUserStore.RevokeAsync(long userId, Workspace workspace, CancellationToken cancellationToken) => Sync.Run(() => Revoke(userId, workspace), cancellationToken);

    /// <inheritdoc />
    Task<bool> IUserStore.RemoveAsync(long userId, CancellationToken cancellationToken) => Sync.Run(() => Remove(userId), cancellationToken);

    /// <inheritdoc />
    Task<IReadOnlyList<Membership>> IUserStore.MembershipsAsync(long userId, CancellationToken cancellationToken) => Sync.Run(() => Memberships(userId), cancellationToken);

    /// <inheritdoc />
    Task<IReadOnlyList<(UserAccount User, Role Role)>> IUserStore.MembersAsync(Workspace workspace, CancellationToken cancellationToken) => Sync.Run(() => Members(workspace), cancellationToken);
}
