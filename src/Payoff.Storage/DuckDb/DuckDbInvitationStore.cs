using Payoff.Core.Access;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.DuckDb;

/// <summary>
/// One-time links (invitations and password resets). Only the SHA-256 of a link's secret is stored;
/// the link itself exists only in the answer of <see cref="Create"/>.
/// </summary>
public sealed class DuckDbInvitationStore(DuckDbDatabase db) : IInvitationStore
{
    /// <summary>Makes a link for <paramref name="email"/>, valid for <see cref="Invitation.Lifetime"/> from now; returns its token (shown once).</summary>
    /// <param name="kind">An invitation (needs <paramref name="workspace"/> and <paramref name="role"/>) or a reset.</param>
    /// <param name="email">Whom it is for (stored lower-cased).</param>
    /// <param name="workspace">The workspace an invitation grants.</param>
    /// <param name="role">The role an invitation grants.</param>
    /// <param name="invitedBy">The admin who made it; null from the command line.</param>
    /// <exception cref="ArgumentException">An invitation without a workspace or role.</exception>
    internal OneTimeToken Create(InvitationKind kind, string email, Workspace? workspace = null, Role? role = null, long? invitedBy = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        if (kind == InvitationKind.Invite && (workspace is null || role is null))
        {
            throw new ArgumentException("An invitation names its workspace and role.", nameof(workspace));
        }

        var token = OneTimeToken.New();
        var now = db.Time.GetUtcNow();
        db.Execute(
            "INSERT INTO invitations VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, NULL)",
            token.Selector, token.SecretHash, kind.ToString().ToLowerInvariant(), email.Trim().ToLowerInvariant(), workspace?.Id, role?.ToString().ToLowerInvariant(), invitedBy,
            DuckDbDatabase.ToDb(now), DuckDbDatabase.ToDb(now + Invitation.Lifetime(kind)));
        return token;
    }

    /// <summary>The open link of <paramref name="token"/>: null when the token is malformed, unknown, wrong, used or expired.</summary>
    internal Invitation? FindOpen(string? token)
    {
        if (OneTimeToken.Parse(token) is not { } parsed)
        {
            return null;
        }

        var found = db.Query(
            "SELECT selector, kind, email, workspace_id, role, invited_by, created_at, expires_at, used_at, secret_hash FROM invitations WHERE selector = $1",
            r => (Invitation: new Invitation(
                r.GetString(0),
                Enum.Parse<InvitationKind>(r.GetString(1), ignoreCase: true),
                r.GetString(2),
                r.IsDBNull(3) ? null : r.GetInt64(3),
                r.IsDBNull(4) ? null : Enum.Parse<Role>(r.GetString(4), ignoreCase: true),
                r.IsDBNull(5) ? null : r.GetInt64(5),
                DuckDbDatabase.FromDb(r.GetDateTime(6)),
                DuckDbDatabase.FromDb(r.GetDateTime(7)),
                r.IsDBNull(8) ? null : DuckDbDatabase.FromDb(r.GetDateTime(8))), Hash: r.GetString(9)),
            parsed.Selector).FirstOrDefault();
        return found.Invitation is { UsedAt: null } open && parsed.Matches(found.Hash) && db.Time.GetUtcNow() < open.ExpiresAt ? open : null;
    }

    /// <summary>Marks the link used; false when it was used already or has expired (so of two uses at once, one wins).</summary>
    internal bool Use(Invitation invitation)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        var now = DuckDbDatabase.ToDb(db.Time.GetUtcNow());
        return db.Execute("UPDATE invitations SET used_at = $2 WHERE selector = $1 AND used_at IS NULL AND expires_at > $2", invitation.Selector, now) == 1;
    }

    /// <summary>The open invitations to <paramref name="workspace"/>, newest first (what its admins see as pending).</summary>
    internal IReadOnlyList<(string Email, Role Role, DateTimeOffset ExpiresAt)> Pending(Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return db.Query(
            "SELECT email, role, expires_at FROM invitations WHERE workspace_id = $1 AND kind = 'invite' AND used_at IS NULL AND expires_at > $2 ORDER BY created_at DESC",
            r => (r.GetString(0), Enum.Parse<Role>(r.GetString(1), ignoreCase: true), DuckDbDatabase.FromDb(r.GetDateTime(2))),
            workspace.Id, DuckDbDatabase.ToDb(db.Time.GetUtcNow()));
    }

    /// <inheritdoc />
    Task<OneTimeToken> IInvitationStore.CreateAsync(InvitationKind kind, string email, Workspace? workspace, Role? role, long? invitedBy, CancellationToken cancellationToken) => Sync.Run(() => Create(kind, email, workspace, role, invitedBy), cancellationToken);

    /// <inheritdoc />
    Task<Invitation?> IInvitationStore.FindOpenAsync(string? token, CancellationToken cancellationToken) => Sync.Run(() => FindOpen(token), cancellationToken);

    /// <inheritdoc />
    Task<bool> IInvitationStore.UseAsync(Invitation invitation, CancellationToken cancellationToken) => Sync.Run(() => Use(invitation), cancellationToken);

    /// <inheritdoc />
    Task<IReadOnlyList<(string Email, Role Role, DateTimeOffset ExpiresAt)>> IInvitationStore.PendingAsync(Workspace workspace, CancellationToken cancellationToken) => Sync.Run(() => Pending(workspace), cancellationToken);
}
