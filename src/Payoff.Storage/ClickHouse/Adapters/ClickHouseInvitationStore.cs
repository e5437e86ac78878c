using Payoff.Core.Access;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.ClickHouse.Adapters;

/// <summary>Invitations and password resets on the state node; a token's use is claimed, so it works once across nodes.</summary>
internal sealed class ClickHouseInvitationStore(ClickHouseDatabase db) : IInvitationStore
{
    private readonly StateTable table = new(db, "invitations", "selector", "secret_hash", "kind", "email", "workspace_id", "role", "invited_by", "created_at", "expires_at", "used_at");

    /// <inheritdoc />
    public async Task<OneTimeToken> CreateAsync(InvitationKind kind, string email, Workspace? workspace = null, Role? role = null, long? invitedBy = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        if (kind == InvitationKind.Invite && (workspace is null || role is null))
        {
            throw new ArgumentException("An invitation names its workspace and role.", nameof(workspace));
        }

        var token = OneTimeToken.New();
        var now = db.Time.GetUtcNow();
        await table.PutAsync(
            token.Selector, token.SecretHash, kind.ToString().ToLowerInvariant(), email.Trim().ToLowerInvariant(), workspace?.Id, role?.ToString().ToLowerInvariant(), invitedBy,
            ClickHouseDatabase.Micros(now), ClickHouseDatabase.Micros(now + Invitation.Lifetime(kind)), null).ConfigureAwait(false);
        return token;
    }

    /// <inheritdoc />
    public async Task<Invitation?> FindOpenAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (OneTimeToken.Parse(token) is not { } parsed)
        {
            return null;
        }

        var rows = await table.ReadAsync("WHERE selector = $1", string.Empty, parsed.Selector).ConfigureAwait(false);
        if (rows.Count == 0)
        {
            return null;
        }

        var found = Read(rows[0]);
        return found is { UsedAt: null } && parsed.Matches(rows[0][1]!) && db.Time.GetUtcNow() < found.ExpiresAt ? found : null;
    }

    /// <inheritdoc />
    public async Task<bool> UseAsync(Invitation invitation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        var now = db.Time.GetUtcNow();
        var rows = await table.ReadAsync("WHERE selector = $1", string.Empty, invitation.Selector).ConfigureAwait(false);
        if (rows.Count == 0 || Read(rows[0]) is not { UsedAt: null } open || open.ExpiresAt <= now
            || !await db.ClaimAsync("token-use", invitation.Selector, Guid.NewGuid().ToString("N")).ConfigureAwait(false))
        {
            return false;
        }

        await table.PutAsync(
            rows[0][0], rows[0][1], rows[0][2], rows[0][3], ClickHouseDatabase.NumberOrNull(rows[0][4]), rows[0][5], ClickHouseDatabase.NumberOrNull(rows[0][6]),
            ClickHouseDatabase.Number(rows[0][7]), ClickHouseDatabase.Number(rows[0][8]), ClickHouseDatabase.Micros(now)).ConfigureAwait(false);
        return true;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<(string Email, Role Role, DateTimeOffset ExpiresAt)>> PendingAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var now = db.Time.GetUtcNow();
        return (await table.ReadAsync("WHERE workspace_id = $1", string.Empty, workspace.Id).ConfigureAwait(false))
            .Select(Read)
            .Where(i => i.Kind == InvitationKind.Invite && i.UsedAt is null && i.ExpiresAt > now)
            .OrderByDescending(i => i.CreatedAt)
            .Select(i => (i.Email, i.Role!.Value, i.ExpiresAt))
            .ToList();
    }

    private static Invitation Read(string?[] r) => new(
        r[0]!,
        Enum.Parse<InvitationKind>(r[2]!, ignoreCase: true),
        r[3]!,
        ClickHouseDatabase.NumberOrNull(r[4]),
        r[5] is { } role ? Enum.Parse<Role>(role, ignoreCase: true) : null,
        ClickHouseDatabase.NumberOrNull(r[6]),
        ClickHouseDatabase.Instant(r[7]),
        ClickHouseDatabase.Instant(r[8]),
        ClickHouseDatabase.InstantOrNull(r[9]));
}
