using Payoff.Core.Stores;

namespace Payoff.Cli.Remote;

/// <summary>
/// The server's store as a forwarded command sees it: named by the path the client typed (for its
/// messages), and not closed when the command disposes it.
/// </summary>
/// <param name="inner">The server's store.</param>
/// <param name="location">The database path as the client named it.</param>
public sealed class ServedStore(IStore inner, string location) : IStore
{
    /// <inheritdoc />
    public string Location { get; } = location;

    /// <inheritdoc />
    public long Version => inner.Version;

    /// <inheritdoc />
    public void Changed() => inner.Changed();

    /// <inheritdoc />
    public Task<IAsyncDisposable?> TryLeaseAsync(string name, CancellationToken cancellationToken = default) => inner.TryLeaseAsync(name, cancellationToken);

    /// <inheritdoc />
    public ValueTask<IStoreSession> OpenSessionAsync(CancellationToken cancellationToken = default) => inner.OpenSessionAsync(cancellationToken);

    /// <summary>Does nothing: the server closes its store when it stops.</summary>
    public void Dispose()
    {
    }
}
