namespace Payoff.Core.Ledger;

/// <summary>
/// One day of one network (and campaign) with every amount in the workspace currency. Staff time and
/// fees belong to a network, not a campaign: they sit on rows whose <see cref="Campaign"/> is null.
/// </summary>
/// <param name="Day">The day.</param>
/// <param name="Network">The network (or channel).</param>
/// <param name="Campaign">The campaign, <c>(not set)</c>, or null on a network's cost row.</param>
public sealed record LedgerEntry(DateOnly Day, string Network, string? Campaign)
{
    /// <summary>The day's results and costs.</summary>
    public LedgerTotals Totals { get; init; } = LedgerTotals.Zero;
}
