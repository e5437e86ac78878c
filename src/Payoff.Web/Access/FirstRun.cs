using System.Security.Cryptography;
using System.Text;
using Payoff.Core.Stores;

namespace Payoff.Web.Access;

/// <summary>
/// The first run: while the database has no account, <c>/setup?token=…</c> lets one person create the
/// owner account (of every workspace). The token is random (128 bits), made when the server starts,
/// printed on its console only (when there is no account yet), and useless once any account exists.
/// </summary>
public sealed class FirstRun(IStore store)
{
    /// <summary>This run's setup token (32 hex digits); it opens setup only while there is no account.</summary>
    public string Token { get; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>True while there is no account.</summary>
    public async Task<bool> OpenAsync(CancellationToken cancellationToken = default)
    {
        await using var session = await store.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        return (await session.Users.ListAsync(cancellationToken).ConfigureAwait(false)).Count == 0;
    }

    /// <summary>True when <paramref name="token"/> is this run's token and setup is still open.</summary>
    public async Task<bool> AcceptsAsync(string? token, CancellationToken cancellationToken = default) =>
        token is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(token), Encoding.ASCII.GetBytes(Token))
        && await OpenAsync(cancellationToken).ConfigureAwait(false);
}
