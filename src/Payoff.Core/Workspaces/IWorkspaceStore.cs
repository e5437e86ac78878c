namespace Payoff.Core.Workspaces;

/// <summary>Creates, finds and changes workspaces.</summary>
/// <remarks>
/// Names are unique and compared case-sensitively. A store always holds the
/// <see cref="Workspace.DefaultName"/> workspace. Deleting a workspace deletes every row scoped to it.
/// </remarks>
public interface IWorkspaceStore
{
    /// <summary>The workspace called <paramref name="name"/>, or <see langword="null"/>.</summary>
    Task<Workspace?> FindAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>All workspaces, by name.</summary>
    Task<IReadOnlyList<Workspace>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Creates a workspace; fails when the name is taken.</summary>
    Task<Workspace> CreateAsync(string name, string timeZone, string currency, CancellationToken cancellationToken = default);

    /// <summary>Changes a workspace's time zone and currency. Reports are computed at query time, so they follow at once.</summary>
    Task<Workspace> UpdateAsync(Workspace workspace, CancellationToken cancellationToken = default);

    /// <summary>Deletes a workspace and all its data.</summary>
    Task DeleteAsync(Workspace workspace, CancellationToken cancellationToken = default);
}
