using System.Security.Cryptography;
using System.Text;
using Payoff.Storage.DuckDb;
using Payoff.Web.Hosting;

namespace Payoff.Web.Access;

/// <summary>
/// The first run: while the database has no account, <c>/setup?token=…</c> lets one person create the
/// owner account (of every workspace). The token is random (128 bits), made when the server starts,
/// printed on its console only, and useless once any account exists.
/// </summary>
public sealed class FirstRun
{
    private readonly StoreGate gate;

    /// <summary>Makes the token when the database has no account yet.</summary>
    public FirstRun(StoreGate gate)
    {
        ArgumentNullException.ThrowIfNull(gate);
        this.gate = gate;
        Token = Open ? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)) : null;
    }

    /// <summary>The setup token, or null when accounts existed at start.</summary>
    public string? Token { get; }

    /// <summary>True while there is no account.</summary>
    public bool Open => gate.Run(db => new DuckDbUserStore(db).List().Count == 0);

    /// <summary>True when <paramref name="token"/> is this run's token and setup is still open.</summary>
    public bool Accepts(string? token) =>
        Token is not null && token is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(token), Encoding.ASCII.GetBytes(Token))
        && Open;
}
