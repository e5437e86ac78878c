using Payoff.Core.Contacts;
using Payoff.Core.Events;
using Payoff.Core.Journeys;
using Payoff.Core.Workspaces;

namespace Payoff.Core.Importing;

/// <summary>Writes imported data into a store, one file at a time.</summary>
/// <remarks>
/// Every implementation honours these rules:
/// <list type="bullet">
/// <item>Each write is all-or-nothing: one transaction; on any failure nothing of it is visible.</item>
/// <item>Events are idempotent by (workspace, event id): an id already stored, or repeated in the
/// batch, is skipped and counted as a duplicate, never stored twice.</item>
/// <item>After events are written, the sessions of every visitor they touch are rebuilt with
/// <see cref="Sessions.Sessionizer"/>, and the people (contacts, customers, original sources) and
/// revenue of the workspace are derived again, so reports never see a half-applied import.</item>
/// <item>Contacts are upserted by contact id: a newer import of the same contact replaces the older.</item>
/// <item>Journey paths replace the workspace's previous path data set.</item>
/// <item>Account metrics and costs replace the overlap: a row for the same network, account, metric
/// and day (metrics) or network, campaign and day (costs) replaces the stored one, so re-importing an
/// overlapping period never adds. Within one file the first row of a key wins; later ones are
/// counted as duplicates.</item>
/// <item>Every stored row keeps the id of the import that brought it; rows an import replaces are
/// archived with its id, so it can be undone exactly.</item>
/// <item>Timestamps are stored as UTC instants.</item>
/// <item>The store does not refuse a file it saw before: callers check <see cref="FindBySha256Async"/> first (as the
/// import pipeline does) and report the repeat; an undone import no longer counts as seen.</item>
/// <item>People follow <see cref="Contacts.IdentityStitcher"/> exactly (read them with <see cref="Contacts.IPeopleReader"/>);
/// a conversion must carry a visitor id or a contact id (the importers refuse one with neither).</item>
/// <item>Person-actionable refusals (a traffic period partly overlapping a stored one, an undo that would not be exact)
/// throw <see cref="Stores.StoreException"/> with a message saying what to do; nothing of the refused write is stored.</item>
/// </list>
/// </remarks>
public interface IImportStore
{
    /// <summary>The earlier import of a file with the same SHA-256 in this workspace, if any.</summary>
    Task<ImportRecord?> FindBySha256Async(Workspace workspace, string sha256, CancellationToken cancellationToken = default);

    /// <summary>Stores events and returns the import record with its counts.</summary>
    Task<ImportRecord> WriteEventsAsync(Workspace workspace, ImportRequest request, IEnumerable<TrackedEvent> events, CancellationToken cancellationToken = default);

    /// <summary>Upserts CRM contacts and returns the import record.</summary>
    Task<ImportRecord> WriteContactsAsync(Workspace workspace, ImportRequest request, IReadOnlyList<CrmContact> contacts, CancellationToken cancellationToken = default);

    /// <summary>Replaces the path data set and returns the import record.</summary>
    Task<ImportRecord> WriteJourneysAsync(Workspace workspace, ImportRequest request, IReadOnlyList<JourneyPath> paths, CancellationToken cancellationToken = default);

    /// <summary>Stores daily account metrics, replacing the overlap, and returns the import record.</summary>
    Task<ImportRecord> WriteMetricsAsync(Workspace workspace, ImportRequest request, IImportRows<Social.AccountMetric> metrics, CancellationToken cancellationToken = default);

    /// <summary>Stores daily ad costs, replacing the overlap, and returns the import record.</summary>
    Task<ImportRecord> WriteCostsAsync(Workspace workspace, ImportRequest request, IImportRows<Costs.AdCost> costs, CancellationToken cancellationToken = default);

    /// <summary>Stores the posts and daily metrics of one export in one import: each replaced as <see cref="WritePostsAsync"/> and <see cref="WriteMetricsAsync"/> do.</summary>
    Task<ImportRecord> WriteSocialAsync(Workspace workspace, ImportRequest request, IImportRows<Social.SocialRecord> records, CancellationToken cancellationToken = default);

    /// <summary>Stores post snapshots; a post already stored (same network and post id) is replaced by the newer export.</summary>
    Task<ImportRecord> WritePostsAsync(Workspace workspace, ImportRequest request, IImportRows<Social.SocialPost> posts, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores analytics traffic. Rows for the same dimension, value and period replace the stored
    /// ones; a period that partly overlaps a stored one of the same dimension is refused, because
    /// period totals cannot be split without making numbers up.
    /// </summary>
    Task<ImportRecord> WriteTrafficAsync(Workspace workspace, ImportRequest request, IImportRows<Traffic.TrafficRow> rows, CancellationToken cancellationToken = default);

    /// <summary>The imports of a workspace, newest first.</summary>
    Task<IReadOnlyList<ImportRecord>> ListAsync(Workspace workspace, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes an import back: deletes the rows it added, restores the rows it replaced, re-derives what
    /// depends on them, and marks the import undone (so the same file can be imported again).
    /// </summary>
    /// <exception cref="Stores.StoreException">
    /// No such import, it was undone already, or a later import replaced its rows (or skipped events as
    /// duplicates of its own) — undo that one first, so the result is exact.
    /// </exception>
    Task<ImportRecord> UndoAsync(Workspace workspace, long importId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Rebuilds every session, person and revenue row of <paramref name="workspace"/> from its events and
    /// contacts, in one transaction (after a change of the workspace's time zone, session timeout or currency).
    /// </summary>
    Task RederiveAsync(Workspace workspace, CancellationToken cancellationToken = default);
}
