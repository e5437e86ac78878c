using Payoff.Core.Workspaces;

namespace Payoff.Storage.DuckDb;

/// <summary>Work on a whole workspace's derived data.</summary>
public static class DuckDbMaintenance
{
    /// <summary>
    /// Rebuilds every session, person and revenue row of <paramref name="workspace"/> from its events and
    /// contacts, with their daily rollups, in one transaction (after a session-timeout or currency change).
    /// </summary>
    public static void Rederive(DuckDbDatabase db, Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(workspace);
        db.InTransaction(() =>
        {
            DuckDbDerivations.RebuildSessions(db, workspace, visitorTable: null);
            DuckDbDerivations.RebuildPeople(db, workspace);
            return 0;
        });
    }

    /// <summary>
    /// Cuts <paramref name="workspace"/>'s sessions into its local days again and rebuilds all its daily rollups from
    /// the rows they summarise, in one transaction (<c>payoff maintenance rebuild-rollups</c>).
    /// </summary>
    public static void RebuildRollups(DuckDbDatabase db, Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(workspace);
        db.InTransaction(() =>
        {
            DuckDbRollups.RebuildAll(db, workspace);
            return 0;
        });
    }
}
