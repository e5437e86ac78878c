using Payoff.Storage.DuckDb;
using Payoff.Application.Tables;

namespace Payoff.Web.Components.Models;

/// <summary>The imports page's history: every import of the workspace, newest first.</summary>
public static class ImportsModel
{
    /// <summary>The history as a table.</summary>
    public static ReportTable Table(DashboardScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var records = new DuckDbImportStore(scope.Db).ListAsync(scope.Workspace).GetAwaiter().GetResult();
        return new ReportTable(
            "history",
            "Import history",
            [new("Id", CellKind.Count), new("File"), new("Kind"), new("Imported at"), new("Rows", CellKind.Count), new("Stored", CellKind.Count), new("Rejected", CellKind.Count), new("Duplicates", CellKind.Count), new("State")],
            [.. records.Select(r => new TableRow([r.Id, r.FileName, Payoff.Import.ImportKinds.Name(r.Kind), r.ImportedAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) + " UTC", r.Rows, r.Imported, r.Rejected, r.Duplicates, r.UndoneAt is null ? "imported" : "undone"]))]);
    }
}
