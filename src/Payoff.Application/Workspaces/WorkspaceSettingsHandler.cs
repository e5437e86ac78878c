using Payoff.Application.Requests;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Workspaces;

/// <summary>
/// Changes a workspace's time zone, currency, session timeout or display locale (<c>payoff workspace set</c>, the settings page).
/// A new session timeout or currency rebuilds the workspace's sessions, people and revenue
/// (<see cref="Core.Importing.IImportStore.RederiveAsync"/>); a new time zone cuts the stored sessions and daily rollups
/// into the new local days in the same write (<see cref="IWorkspaceStore.UpdateAsync"/>); a new locale only changes how pages show numbers.
/// </summary>
public sealed class WorkspaceSettingsHandler(IStore store) : IApplicationHandler
{
    /// <summary>Applies the changes in a store session of its own; see <see cref="HandleAsync(IStoreSession, Workspace, string?, string?, int?, string?, RequestValues, CancellationToken)"/>.</summary>
    public async Task<Workspace> HandleAsync(Workspace workspace, string? timeZone, string? currency, int? timeoutMinutes, string? locale, RequestValues values, CancellationToken cancellationToken = default)
    {
        await using var session = await store.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        return await HandleAsync(session, workspace, timeZone, currency, timeoutMinutes, locale, values, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Applies the changes through the caller's <paramref name="session"/>; a null value keeps the current one.</summary>
    /// <param name="session">The caller's store session.</param>
    /// <param name="workspace">The workspace as it is now.</param>
    /// <param name="timeZone">A new IANA time zone id, or null.</param>
    /// <param name="currency">A new ISO 4217 currency code in use, or null.</param>
    /// <param name="timeoutMinutes">A new session timeout (1 to 240 minutes), or null.</param>
    /// <param name="locale">A new display locale (a culture name such as <c>pl-PL</c>), or null.</param>
    /// <param name="values">Where the values came from: its prefix names the fields in messages (<c>--session-timeout</c>).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The workspace as saved.</returns>
    /// <exception cref="RequestException">A value breaks a rule of <see cref="WorkspaceRules"/>; nothing was changed.</exception>
    public async Task<Workspace> HandleAsync(IStoreSession session, Workspace workspace, string? timeZone, string? currency, int? timeoutMinutes, string? locale, RequestValues values, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(values);
        var timeout = timeoutMinutes is { } m ? WorkspaceRules.Timeout(m, values.Name("session-timeout")) : workspace.SessionTimeout;
        var changed = workspace with
        {
            TimeZone = timeZone is { } z ? WorkspaceRules.Zone(z) : workspace.TimeZone,
            Currency = currency is { } c ? WorkspaceRules.Currency(c, values.Name("currency")) : workspace.Currency,
            SessionTimeout = timeout,
            Locale = locale is { } l ? WorkspaceRules.Locale(l, values.Name("locale")) : workspace.Locale,
        };
        await session.Workspaces.UpdateAsync(changed, cancellationToken).ConfigureAwait(false);
        if (changed.SessionTimeout != workspace.SessionTimeout || changed.Currency != workspace.Currency)
        {
            await session.Importing.RederiveAsync(changed, cancellationToken).ConfigureAwait(false);
        }

        store.Changed();
        return changed;
    }
}
