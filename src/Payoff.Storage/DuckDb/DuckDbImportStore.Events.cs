using Payoff.Core.Events;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.DuckDb;

/// <content>Writing events: staged, deduplicated by event id, then sessions and people derived again.</content>
public sealed partial class DuckDbImportStore
{
    /// <summary>
    /// Stores new events (skipping ids already stored or repeated in <paramref name="events"/>),
    /// rebuilds the touched visitors' sessions and the workspace's people. Call inside a transaction.
    /// </summary>
    /// <returns>How many events were stored, and how many were skipped as duplicates.</returns>
    internal (long Imported, long Duplicates) AppendEvents(Workspace workspace, long? importId, IEnumerable<TrackedEvent> events)
    {
        var counts = EventWriter.Insert(db, workspace, importId, events);
        EventWriter.Derive(db, workspace, forcePeople: true);
        return counts;
    }
}
