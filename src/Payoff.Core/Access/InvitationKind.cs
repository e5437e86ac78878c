namespace Payoff.Core.Access;

/// <summary>What a one-time link lets its holder do.</summary>
public enum InvitationKind
{
    /// <summary>Join a workspace with a role: a new e-mail sets its password; an existing account accepts while signed in.</summary>
    Invite,

    /// <summary>Set a new password for an existing account (made on the server with <c>payoff user reset</c>).</summary>
    Reset,
}
