namespace Payoff.Core.Access;

/// <summary>
/// A one-time link: an invitation to a workspace, or a password reset. Nobody but the person it is for
/// sets a password: the admin who invites sees only the link, never a password.
/// </summary>
/// <remarks>
/// A link works once (<see cref="UsedAt"/> is set when it is used) and only before <see cref="ExpiresAt"/>;
/// an invitation to an e-mail that already has an account grants nothing until that person, signed in,
/// accepts it (issue 13 §4.2).
/// </remarks>
/// <param name="Selector">The token's public half (<see cref="OneTimeToken.Selector"/>), the row's key.</param>
/// <param name="Kind">An invitation or a password reset.</param>
/// <param name="Email">Whom it is for, lower-cased.</param>
/// <param name="WorkspaceId">The workspace an invitation grants access to (null for a reset).</param>
/// <param name="Role">The role an invitation grants (null for a reset).</param>
/// <param name="InvitedBy">The admin who made it, or null when it was made on the server's command line.</param>
/// <param name="CreatedAt">When it was made (UTC).</param>
/// <param name="ExpiresAt">When it stops working (UTC).</param>
/// <param name="UsedAt">When it was used, or null while it is open.</param>
public sealed record Invitation(
    string Selector, InvitationKind Kind, string Email, long? WorkspaceId, Role? Role, long? InvitedBy, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? UsedAt)
{
    /// <summary>How long an invitation works: 7 days, time for the person to find the message.</summary>
    public static readonly TimeSpan InviteLifetime = TimeSpan.FromDays(7);

    /// <summary>How long a password reset link works: 24 hours.</summary>
    public static readonly TimeSpan ResetLifetime = TimeSpan.FromHours(24);

    /// <summary>The lifetime of a link of <paramref name="kind"/>.</summary>
    public static TimeSpan Lifetime(InvitationKind kind) => kind == InvitationKind.Invite ? InviteLifetime : ResetLifetime;
}
