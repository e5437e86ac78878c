namespace Payoff.Core.Contacts;

/// <summary>Reads the people a store derived from a workspace's events, sessions and CRM contacts.</summary>
/// <remarks>
/// Every adapter honours these rules:
/// <list type="bullet">
/// <item>The people are exactly those <see cref="IdentityStitcher.People"/> computes from the workspace's stored events
/// (each event id once), the sessions <see cref="Sessions.Sessionizer"/> makes of them with the workspace's session
/// timeout, and its stored contacts (one per contact id, the latest import's) — the contract tests compare both.</item>
/// <item>They are current after every import, undo and <see cref="Importing.IImportStore.RederiveAsync"/>: a reader never
/// sees a half-applied import.</item>
/// <item>People come back ordered by <see cref="Person.Key"/> (ordinal), each person's visitor ids sorted ordinally;
/// instants are UTC.</item>
/// </list>
/// </remarks>
public interface IPeopleReader
{
    /// <summary>The people of <paramref name="workspace"/>, by key.</summary>
    Task<IReadOnlyList<Person>> ReadAsync(Workspaces.Workspace workspace, CancellationToken cancellationToken = default);
}
