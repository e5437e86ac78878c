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

    /// <summary>
    /// Stores the records of one file as <paramref name="kind"/> and returns the import record with its counts
    /// (rows and rejected as <paramref name="rows"/> ended with; imported and duplicates as the kind's rule decided).
    /// </summary>
    /// <remarks>
    /// The one write of every import kind; what differs between kinds is the rule of
    /// <see cref="ImportRecordKind{T}.Data"/> (<see cref="ImportedData"/> documents each), which every store honours:
    /// <list type="bullet">
    /// <item>Atomic: the rows are enumerated once inside one transaction, and an exception from the enumeration
    /// (a file that must not be written) or from the store rolls all of it back.</item>
    /// <item>Idempotent: a record whose key is stored already, or repeated in the file, is replaced (or skipped and
    /// counted as a duplicate for events) — never stored twice; writing the same rows twice leaves the same data.</item>
    /// <item>Replace-on-overlap per kind: metrics, costs, posts and traffic replace the stored rows of their key
    /// (the first row of a key in the file wins), an audience's dimension (network, account, audience, dimension) is
    /// replaced as a whole by a newer list of it (the first row of a value wins), contacts the stored contact (the last
    /// row wins), journeys the whole path data set; traffic refuses a partly overlapping period with a <see cref="Stores.StoreException"/>.
    /// Replaced rows are archived with the import's id so <see cref="UndoAsync"/> is exact.</item>
    /// </list>
    /// </remarks>
    /// <exception cref="Stores.StoreException">The store refused the rows (a partly overlapping traffic period).</exception>
    Task<ImportRecord> WriteAsync<T>(Workspace workspace, ImportRequest request, ImportRecordKind<T> kind, IImportRows<T> rows, CancellationToken cancellationToken = default)
        where T : class;

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
    /// contacts, with their daily rollups, in one transaction (after a change of the workspace's session timeout or currency).
    /// </summary>
    Task RederiveAsync(Workspace workspace, CancellationToken cancellationToken = default);

    /// <summary>
    /// Rebuilds <paramref name="workspace"/>'s daily rollups (the per-day sums reports read instead of raw rows) from the
    /// stored sessions, people, revenue, conversions and costs, cutting each session into the workspace's local day again,
    /// in one transaction (<c>payoff maintenance rebuild-rollups</c>). Every write keeps the rollups current already, and
    /// a time-zone change rebuilds them itself; this repairs a file whose rollups are suspected wrong. Reports give the
    /// same figures before and after it.
    /// </summary>
    Task RebuildRollupsAsync(Workspace workspace, CancellationToken cancellationToken = default);
}
