using Payoff.Core.Workspaces;

namespace Payoff.Core.Ledger;

/// <summary>Reads the ledger's raw material for the workspace-local days of a range (both ends included).</summary>
public interface ILedgerReader
{
    /// <summary>Reads <paramref name="range"/> of <paramref name="workspace"/>.</summary>
    Task<LedgerData> ReadAsync(Workspace workspace, DateRange range, CancellationToken cancellationToken = default);

    /// <summary>
    /// Where <paramref name="workspace"/>'s web data begins, over all its history: the first local day
    /// of a session or a new contact, for the workspace and per network (or channel, for traffic from
    /// no network), names grouped case-insensitively as <see cref="ReadAsync"/> groups them.
    /// </summary>
    Task<DataCoverage> ReadCoverageAsync(Workspace workspace, CancellationToken cancellationToken = default);
}
