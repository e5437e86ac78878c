namespace Payoff.Core.Workspaces;

/// <summary>Creates, finds and changes workspaces.</summary>
/// <remarks>
/// Every adapter honours these rules:
/// <list type="bullet">
/// <item>Names are unique and compared case-sensitively (<c>Acme</c> and <c>acme</c> are two workspaces); creating a taken
/// name throws <see cref="Stores.StoreException"/>.</item>
/// <item>A store always holds the <see cref="Workspace.DefaultName"/> workspace (UTC, USD), created when the store is first opened.</item>
/// <item><see cref="ListAsync"/> returns workspaces ordered by name (ordinal).</item>
/// <item><see cref="UpdateAsync"/> stores the time zone (IANA id), currency (ISO 4217), session timeout (whole minutes) and
/// locale (a culture name; a workspace that never set one reads as <see cref="Workspace.DefaultLocale"/>);
/// a new time zone cuts everything stored by local day (sessions' days, daily summaries) into the new zone's days in the
/// same transaction, so every report follows at once; sessions and people are not rebuilt by a new timeout or currency
/// (<see cref="Importing.IImportStore.RederiveAsync"/> does that).</item>
/// <item><see cref="DeleteAsync"/> deletes every row scoped to the workspace, and the workspace, in one transaction; other
/// workspaces are untouched.</item>
/// </list>
/// </remarks>
public interface IWorkspaceStore
{
    /// <summary>The workspace called <paramref name="name"/>, or <see langword="null"/>.</summary>
    Task<Workspace?> FindAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>All workspaces, by name.</summary>
    Task<IReadOnlyList<Workspace>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Creates a workspace; throws <see cref="Stores.StoreException"/> when the name is taken.</summary>
    Task<Workspace> CreateAsync(string name, string timeZone, string currency, CancellationToken cancellationToken = default);

    /// <summary>Changes a workspace's time zone, currency, session timeout and locale; reports follow at once (see the rules above).</summary>
    Task<Workspace> UpdateAsync(Workspace workspace, CancellationToken cancellationToken = default);

    /// <summary>Deletes a workspace and all its data.</summary>
    Task DeleteAsync(Workspace workspace, CancellationToken cancellationToken = default);
}
