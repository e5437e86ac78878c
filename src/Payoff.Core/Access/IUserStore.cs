using Payoff.Core.Workspaces;

namespace Payoff.Core.Access;

/// <summary>People who sign in to the dashboard, their password hashes, security stamps and workspace roles.</summary>
/// <remarks>
/// Every adapter honours these rules:
/// <list type="bullet">
/// <item>E-mail addresses are trimmed and lower-cased when stored and when looked up, so they are unique
/// case-insensitively; adding a taken address throws <see cref="Stores.StoreException"/>.</item>
/// <item><see cref="ListAsync"/> orders users by id; <see cref="MembersAsync"/> by e-mail; <see cref="MembershipsAsync"/> by
/// workspace name.</item>
/// <item>A security stamp is a random string renewed when a password changes or a person is removed from a workspace;
/// sessions carrying an older stamp are signed out. A new user gets one at once.</item>
/// <item>A user holds at most one role per workspace: granting again replaces it. Removing a user removes their
/// memberships and stamp in the same transaction.</item>
/// </list>
/// </remarks>
public interface IUserStore
{
    /// <summary>Adds a user; throws <see cref="Stores.StoreException"/> when the e-mail is taken.</summary>
    Task<UserAccount> AddAsync(string email, string passwordHash, CancellationToken cancellationToken = default);

    /// <summary>The user with this e-mail (case-insensitive), or null.</summary>
    Task<UserAccount?> FindAsync(string email, CancellationToken cancellationToken = default);

    /// <summary>Every user, by id.</summary>
    Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Replaces a user's password hash (PBKDF2 as produced by ASP.NET Core Identity's hasher).</summary>
    Task SetPasswordHashAsync(long userId, string passwordHash, CancellationToken cancellationToken = default);

    /// <summary>The user's current security stamp, or null for an unknown user.</summary>
    Task<string?> SecurityStampAsync(long userId, CancellationToken cancellationToken = default);

    /// <summary>Gives the user a new security stamp and returns it: every session signed in before is signed out.</summary>
    Task<string> RenewSecurityStampAsync(long userId, CancellationToken cancellationToken = default);

    /// <summary>Gives the user <paramref name="role"/> in the workspace, replacing a role held before.</summary>
    Task GrantAsync(long userId, Workspace workspace, Role role, CancellationToken cancellationToken = default);

    /// <summary>Removes the user from the workspace; false when they were not a member.</summary>
    Task<bool> RevokeAsync(long userId, Workspace workspace, CancellationToken cancellationToken = default);

    /// <summary>Deletes the user and their memberships; false for an unknown user.</summary>
    Task<bool> RemoveAsync(long userId, CancellationToken cancellationToken = default);

    /// <summary>The workspaces the user belongs to, with their roles.</summary>
    Task<IReadOnlyList<Membership>> MembershipsAsync(long userId, CancellationToken cancellationToken = default);

    /// <summary>The members of a workspace with their roles, by e-mail.</summary>
    Task<IReadOnlyList<(UserAccount User, Role Role)>> MembersAsync(Workspace workspace, CancellationToken cancellationToken = default);
}
