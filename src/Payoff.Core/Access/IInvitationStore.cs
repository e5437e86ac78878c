using Payoff.Core.Workspaces;

namespace Payoff.Core.Access;

/// <summary>One-time invitation and password-reset tokens.</summary>
/// <remarks>
/// Every adapter honours these rules:
/// <list type="bullet">
/// <item>Only a SHA-256 hash of a token is stored; the token is returned once, by <see cref="CreateAsync"/>.</item>
/// <item>A token is used at most once (<see cref="UseAsync"/> is atomic: of two concurrent uses, one wins) and expires after
/// its lifetime; times are UTC instants of the store's clock.</item>
/// <item><see cref="PendingAsync"/> lists the workspace's open invitations newest first.</item>
/// <item>An invitation must name its workspace and role (<see cref="ArgumentException"/> otherwise).</item>
/// </list>
/// </remarks>
public interface IInvitationStore
{
    /// <summary>Creates a token for <paramref name="email"/>; an invitation names the workspace and role.</summary>
    Task<OneTimeToken> CreateAsync(InvitationKind kind, string email, Workspace? workspace = null, Role? role = null, long? invitedBy = null, CancellationToken cancellationToken = default);

    /// <summary>The open (unused, unexpired) invitation of this token, or null.</summary>
    Task<Invitation?> FindOpenAsync(string? token, CancellationToken cancellationToken = default);

    /// <summary>Marks the invitation used; false when it was used or expired meanwhile.</summary>
    Task<bool> UseAsync(Invitation invitation, CancellationToken cancellationToken = default);

    /// <summary>The workspace's open invitations.</summary>
    Task<IReadOnlyList<(string Email, Role Role, DateTimeOffset ExpiresAt)>> PendingAsync(Workspace workspace, CancellationToken cancellationToken = default);
}
