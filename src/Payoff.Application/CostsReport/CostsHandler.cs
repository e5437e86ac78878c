using Payoff.Core.Reporting.Costs;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.CostsReport;

/// <summary>Reads the costs report: the one place a host reads ad costs and the ledger's staff time and fees for it.</summary>
/// <param name="store">The store a session is opened on.</param>
public sealed class CostsHandler(IStore store) : ReportHandler<CostsRequest, CostsResult>(store)
{
    /// <summary>Reads the report in <paramref name="session"/> (a caller already holding one passes it: sessions never nest).</summary>
    public override async Task<CostsResult> HandleAsync(IStoreSession session, Workspace workspace, CostsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(request);
        var range = request.Range;
        var rows = await session.Costs.ReadAsync(workspace, range, request.Grouping, cancellationToken);
        IReadOnlyList<StaffCostRow> staff = [];
        if (request.Grouping != CostsGrouping.Campaign)
        {
            var ledger = Core.Ledger.Ledger.Build(await session.Ledger.ReadAsync(workspace, range, cancellationToken), workspace.Currency, range);
            staff = StaffCostRow.From(ledger, request.Grouping == CostsGrouping.Month);
        }

        return new CostsResult(workspace.Name, workspace.Currency, range, request.Grouping, rows, staff);
    }
}
