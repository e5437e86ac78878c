using Payoff.Application.Importing;
using Payoff.Application.Tables;
using Payoff.Core.Importing;
using Payoff.Import;
using Payoff.Web.Components;

namespace Payoff.Web.Uploading;

/// <summary>The imports page's history: every import of the workspace, newest first.</summary>
public static class ImportsModel
{
    /// <summary>The history as a table, read through the scope's session (<see cref="ImportHistoryHandler"/>).</summary>
    public static async Task<ReportTable> TableAsync(DashboardScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return Table(await ImportHistoryHandler.HandleAsync(scope.Session, scope.Workspace, cancellationToken), scope);
    }

    /// <summary>
    /// <paramref name="records"/> as the history table: id, file, kind (its label: "LinkedIn page export"), when (in the workspace's time zone, to the minute), rows, stored,
    /// rejected, duplicates, and whether it is imported or undone.
    /// </summary>
    private static ReportTable Table(IReadOnlyList<ImportRecord> records, DashboardScope scope)
    {
        ArgumentNullException.ThrowIfNull(records);
        return new ReportTable(
            "history",
            "Import history",
            [new("Id", CellKind.Count), new("File"), new("Kind"), new($"Imported at ({scope.ZoneName})"), new("Rows", CellKind.Count), new("Stored", CellKind.Count), new("Rejected", CellKind.Count), new("Duplicates", CellKind.Count), new("State")],
            [.. records.Select(r => new TableRow([r.Id, r.FileName, ImportKinds.Label(r.Kind), scope.LocalTime(r.ImportedAt), r.Rows, r.Imported, r.Rejected, r.Duplicates, r.UndoneAt is null ? "imported" : "undone"]))]);
    }
}
