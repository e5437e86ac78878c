using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application;

/// <summary>
/// A report's handler: one request in, one result out, read through the store contracts. The
/// <see cref="IStore"/> overload opens a session of its own; a caller already holding a session (a page that
/// composes several reports) passes it to the other overload, because the store serves one session at a time
/// and sessions never nest.
/// </summary>
/// <typeparam name="TRequest">The report's parsed request.</typeparam>
/// <typeparam name="TResult">What the report gives: its figures, for its table and JSON document.</typeparam>
/// <param name="store">The store a session is opened on.</param>
public abstract class ReportHandler<TRequest, TResult>(IStore store) : IApplicationHandler
{
    /// <summary>Builds the report in a session of its own.</summary>
    /// <exception cref="Requests.RequestException">A field of the request names something the workspace does not hold (a network, a conversion).</exception>
    public async Task<TResult> HandleAsync(Workspace workspace, TRequest request, CancellationToken cancellationToken = default)
    {
        await using var session = await store.OpenSessionAsync(cancellationToken);
        return await HandleAsync(session, workspace, request, cancellationToken);
    }

    /// <summary>Builds the report in <paramref name="session"/>.</summary>
    /// <exception cref="Requests.RequestException">A field of the request names something the workspace does not hold (a network, a conversion).</exception>
    public abstract Task<TResult> HandleAsync(IStoreSession session, Workspace workspace, TRequest request, CancellationToken cancellationToken = default);
}
