using Payoff.Core.Importing;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Importing;

/// <summary>Undoes an import exactly (<c>payoff imports undo</c>, <c>POST /api/imports/{id}/undo</c>, the Imports page).</summary>
public sealed class UndoImportHandler(IStore store) : IApplicationHandler
{
    /// <summary>
    /// Removes import <paramref name="id"/>'s rows, restores the rows it replaced and derives sessions, people and
    /// revenue again (<see cref="IImportStore.UndoAsync"/>), voids the referral rewards it earned
    /// (<see cref="Core.Advocacy.IAdvocacyStore.VoidImportAsync"/>); returns the import, now marked undone.
    /// </summary>
    /// <exception cref="StoreException">No such import, undone already, or a later import must be undone first; the message says which.</exception>
    public async Task<ImportRecord> HandleAsync(Workspace workspace, long id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ImportRecord record;
        await using (var session = await store.OpenSessionAsync(cancellationToken))
        {
            record = await session.Importing.UndoAsync(workspace, id, cancellationToken);
            // The rewards the import's friend actions earned are voided, with the reason, never deleted (issue 19).
            await session.Advocacy.VoidImportAsync(workspace, id, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"import #{id} that brought the friend's action was undone."), cancellationToken);
        }

        store.Changed();
        return record;
    }
}
