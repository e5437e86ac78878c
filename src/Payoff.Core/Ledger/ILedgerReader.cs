using Payoff.Core.Workspaces;

namespace Payoff.Core.Ledger;

/// <summary>Reads the ledger's raw material for the workspace-local days of a range (both ends included).</summary>
/// <remarks>
/// Every adapter honours these rules:
/// <list type="bullet">
/// <item>Sessions, contacts and customers count on the local day (workspace time zone, DST-safe: a day of 23 or 25 hours
/// holds exactly its hours) of the instant they started or happened; contacts and customers are credited to the
/// person's original source (<see cref="Contacts.OriginalSource"/>).</item>
/// <item>Imported costs and metrics count on the day their export gives; days outside the range are not returned.</item>
/// <item>Money is exact, each amount in the currency its record names.</item>
/// </list>
/// </remarks>
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

    /// <summary>
    /// Reads <paramref name="range"/> as <see cref="ReadAsync"/> and the coverage as <see cref="ReadCoverageAsync"/>, together:
    /// the same data and the same coverage as the two calls, for a page that shows both (the verdict) and should pay one
    /// round trip, not two — an adapter reads both in one statement where it can.
    /// </summary>
    Task<(LedgerData Data, DataCoverage Coverage)> ReadWithCoverageAsync(Workspace workspace, DateRange range, CancellationToken cancellationToken = default);
}
