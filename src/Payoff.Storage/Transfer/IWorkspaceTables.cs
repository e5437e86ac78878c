using Payoff.Core.Workspaces;

namespace Payoff.Storage.Transfer;

/// <summary>A member of a workspace as a copy carries it: the user's sign-in (password hash and security stamp) with the e-mail that identifies them in any store.</summary>
/// <param name="Id">The user's id in its store.</param>
/// <param name="Email">The normalized e-mail address.</param>
/// <param name="PasswordHash">The ASP.NET Core Identity password hash.</param>
/// <param name="SecurityStamp">The stamp that ends other sign-ins when it changes.</param>
/// <param name="CreatedAt">When the user was made.</param>
public sealed record TransferUser(long Id, string Email, string PasswordHash, string SecurityStamp, DateTimeOffset CreatedAt);

/// <summary>
/// A store's workspace tables as rows of <see cref="TransferCatalog"/>'s layout: what <see cref="StoreCopy"/> reads from a
/// source store and writes into a target, whatever the engines. Values travel as the .NET types of <see cref="TransferKind"/>.
/// </summary>
public interface IWorkspaceTables : IAsyncDisposable
{
    /// <summary>The store's address, for messages.</summary>
    string Location { get; }

    /// <summary>The store's workspaces.</summary>
    IWorkspaceStore Workspaces { get; }

    /// <summary>
    /// The rows of <paramref name="table"/> for <paramref name="workspace"/>, in the catalog's column order. A
    /// <see cref="TransferForm.History"/> table gives every import's rows still current or restorable by an undo (never an
    /// undone import's), oldest write first; other tables give their current rows.
    /// </summary>
    IAsyncEnumerable<object?[]> ReadAsync(TransferTable table, Workspace workspace, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes <paramref name="rows"/> (ids already the target's) into <paramref name="table"/> for <paramref name="workspace"/>.
    /// A <see cref="TransferForm.History"/> table's rows come oldest write first, and may come in several calls.
    /// </summary>
    Task WriteAsync(TransferTable table, Workspace workspace, IReadOnlyList<object?[]> rows, CancellationToken cancellationToken = default);

    /// <summary><paramref name="count"/> new ids of <paramref name="sequence"/>, never handed out before, in increasing order.</summary>
    Task<IReadOnlyList<long>> NewIdsAsync(string sequence, int count, CancellationToken cancellationToken = default);

    /// <summary>Which of <paramref name="values"/> of <paramref name="table"/>'s <paramref name="column"/> any workspace of the store holds.</summary>
    Task<IReadOnlySet<string>> HeldAsync(TransferTable table, string column, IReadOnlyCollection<string> values, CancellationToken cancellationToken = default);

    /// <summary>The members of <paramref name="workspace"/>.</summary>
    Task<IReadOnlyList<TransferUser>> MembersAsync(Workspace workspace, CancellationToken cancellationToken = default);

    /// <summary>The id of the user with <paramref name="user"/>'s e-mail, adding the user (with its password hash and stamp) when the store has none.</summary>
    Task<long> EnsureUserAsync(TransferUser user, CancellationToken cancellationToken = default);

    /// <summary>
    /// Ends writing <paramref name="workspace"/>: what the engine keeps beside the rows (ClickHouse's claims of unique keys, the
    /// embedded store's counters of share links), then every derived table again (sessions, people, revenue, conversions,
    /// rollups) by the engine's own rules.
    /// </summary>
    Task FinishAsync(Workspace workspace, CancellationToken cancellationToken = default);

    /// <summary>
    /// Totals of what the engine derived for <paramref name="workspace"/>, by name: <c>sessions</c> (count), <c>session hits</c>,
    /// <c>people</c>, <c>customers</c>, <c>revenue</c> (sum of amounts in their currencies), <c>conversions</c>. A copy's
    /// check compares them between the source and the target.
    /// </summary>
    Task<IReadOnlyDictionary<string, decimal>> DerivedTotalsAsync(Workspace workspace, CancellationToken cancellationToken = default);

    /// <summary>Gives <paramref name="workspace"/> the name <paramref name="name"/>.</summary>
    /// <exception cref="Core.Stores.StoreException">Another workspace of the store has the name.</exception>
    Task<Workspace> RenameAsync(Workspace workspace, string name, CancellationToken cancellationToken = default);
}
