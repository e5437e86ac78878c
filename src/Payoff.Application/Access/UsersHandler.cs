using Payoff.Application.Requests;
using Payoff.Core.Access;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Access;

/// <summary>
/// Who may sign in and their role per workspace (<c>payoff user …</c>, the settings page). Nobody but the person
/// sees or sets their password: inviting and resetting make a one-time link (issue 13 §4.2).
/// </summary>
public sealed class UsersHandler(IStore store) : IApplicationHandler
{
    /// <summary>An e-mail address as accounts are keyed: trimmed, lower case.</summary>
    /// <exception cref="RequestException">Not an e-mail address (3 to 254 characters with an @, no spaces; field <c>email</c>).</exception>
    public static string Email(string? text)
    {
        var address = (text ?? string.Empty).Trim().ToLowerInvariant();
        return address.Length is < 3 or > 254 || !address.Contains('@', StringComparison.Ordinal) || address.Any(char.IsWhiteSpace)
            ? throw new RequestException("email", $"'{Text.Visible(address)}' is not an e-mail address.")
            : address;
    }

    /// <summary>Invites a person without an account to <paramref name="workspace"/> as <paramref name="role"/>, in a store session of its own.</summary>
    /// <exception cref="RequestException">Not an e-mail address, or it has an account already (field <c>email</c>).</exception>
    public async Task<(string Email, OneTimeToken Token)> InviteNewAsync(Workspace workspace, string? email, Role role, CancellationToken cancellationToken = default)
    {
        var address = Email(email);
        await using var session = await store.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        if (await session.Users.FindAsync(address, cancellationToken).ConfigureAwait(false) is not null)
        {
            throw new RequestException("email", $"{address} already has an account. Give it a role here with 'payoff user grant {address} --role …'.");
        }

        return (address, await InviteAsync(session, workspace, address, role, null, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>A one-time invitation link's token for <paramref name="email"/> (with or without an account) to <paramref name="workspace"/>, through the caller's session.</summary>
    /// <exception cref="RequestException">Not an e-mail address (field <c>email</c>).</exception>
    public static Task<OneTimeToken> InviteAsync(IStoreSession session, Workspace workspace, string email, Role role, long? invitedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.Invitations.CreateAsync(InvitationKind.Invite, Email(email), workspace, role, invitedBy, cancellationToken);
    }

    /// <summary>Gives the account <paramref name="email"/> <paramref name="role"/> in <paramref name="workspace"/> (replacing its role there), in a store session of its own.</summary>
    /// <exception cref="RequestException">No such account (field <c>email</c>).</exception>
    public async Task<UserAccount> GrantAsync(Workspace workspace, string email, Role role, CancellationToken cancellationToken = default)
    {
        await using var session = await store.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        var account = await FindAsync(session, email, "; create it with 'payoff user add'", cancellationToken).ConfigureAwait(false);
        await session.Users.GrantAsync(account.Id, workspace, role, cancellationToken).ConfigureAwait(false);
        store.Changed();
        return account;
    }

    /// <summary>Takes the account's access to <paramref name="workspace"/> away and ends its sessions (a new security stamp), in a store session of its own.</summary>
    /// <exception cref="RequestException">No such account, or it has no access to the workspace (field <c>email</c>).</exception>
    public async Task<UserAccount> RevokeAsync(Workspace workspace, string email, CancellationToken cancellationToken = default)
    {
        await using var session = await store.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        var account = await FindAsync(session, email, string.Empty, cancellationToken).ConfigureAwait(false);
        if (!await RevokeAsync(session, workspace, account.Id, cancellationToken).ConfigureAwait(false))
        {
            throw new RequestException("email", $"{account.Email} has no access to workspace {workspace.Name}.");
        }

        return account;
    }

    /// <summary>Takes account <paramref name="userId"/>'s access to <paramref name="workspace"/> away and renews its security stamp (ending its sessions) through the caller's session; false when it had none.</summary>
    public async Task<bool> RevokeAsync(IStoreSession session, Workspace workspace, long userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (!await session.Users.RevokeAsync(userId, workspace, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        await session.Users.RenewSecurityStampAsync(userId, cancellationToken).ConfigureAwait(false);
        store.Changed();
        return true;
    }

    /// <summary>Deletes the account and all its access, in a store session of its own.</summary>
    /// <exception cref="RequestException">No such account (field <c>email</c>).</exception>
    public async Task<UserAccount> RemoveAsync(string email, CancellationToken cancellationToken = default)
    {
        await using var session = await store.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        var account = await FindAsync(session, email, string.Empty, cancellationToken).ConfigureAwait(false);
        await session.Users.RemoveAsync(account.Id, cancellationToken).ConfigureAwait(false);
        store.Changed();
        return account;
    }

    /// <summary>A one-time link's token where the account sets a new password (a forgotten password), in a store session of its own.</summary>
    /// <exception cref="RequestException">No such account (field <c>email</c>).</exception>
    public async Task<(UserAccount Account, OneTimeToken Token)> ResetPasswordAsync(string email, CancellationToken cancellationToken = default)
    {
        await using var session = await store.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        var account = await FindAsync(session, email, string.Empty, cancellationToken).ConfigureAwait(false);
        return (account, await session.Invitations.CreateAsync(InvitationKind.Reset, account.Email, cancellationToken: cancellationToken).ConfigureAwait(false));
    }

    private static async Task<UserAccount> FindAsync(IStoreSession session, string email, string hint, CancellationToken cancellationToken) =>
        await session.Users.FindAsync(email, cancellationToken).ConfigureAwait(false) ?? throw new RequestException("email", $"No account {email}{hint}.");
}
