using Payoff.Core.Reporting;
using Payoff.Core.Workspaces;

namespace Payoff.Core.Ledger;

/// <summary>Reads the ledger's raw material for the workspace-local days of a range (both ends included).</summary>
public interface ILedgerReader
{
    /// <summary>Reads <paramref name="range"/> of <paramref name="workspace"/>.</summary>
    Task<LedgerData> ReadAsync(Workspace workspace, DateRange range, CancellationToken cancellationToken = default);
}
