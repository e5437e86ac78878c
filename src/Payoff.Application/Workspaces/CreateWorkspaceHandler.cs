using Payoff.Application.Requests;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Workspaces;

/// <summary>Creates a workspace (<c>payoff workspace add</c>, the demo), checking its name, zone and currency by <see cref="WorkspaceRules"/>.</summary>
public sealed class CreateWorkspaceHandler(IStore store) : IApplicationHandler
{
    /// <summary>Creates workspace <paramref name="name"/> in a store session of its own.</summary>
    /// <param name="name">The name (1 to 100 characters, no control characters).</param>
    /// <param name="timeZone">An IANA time zone id.</param>
    /// <param name="currency">An ISO 4217 currency code in use.</param>
    /// <param name="values">Where the values came from: its prefix names the fields in messages (<c>--currency</c>).</param>
    /// <param name="cancellationToken">Cancels the wait for the store.</param>
    /// <exception cref="RequestException">A value breaks a rule of <see cref="WorkspaceRules"/>.</exception>
    /// <exception cref="StoreException">A workspace of that name exists.</exception>
    public async Task<Workspace> HandleAsync(string name, string timeZone, string currency, RequestValues values, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var checkedName = WorkspaceRules.Name(name);
        var zone = WorkspaceRules.Zone(timeZone);
        var code = WorkspaceRules.Currency(currency, values.Name("currency"));
        await using var session = await store.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        var workspace = await session.Workspaces.CreateAsync(checkedName, zone, code, cancellationToken).ConfigureAwait(false);
        store.Changed();
        return workspace;
    }
}
