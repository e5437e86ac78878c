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
    /// <summary>Sessions.</summary>
    public long Sessions { get; init; }

    /// <summary>New contacts.</summary>
    public long Contacts { get; init; }

    /// <summary>New customers.</summary>
    public long Customers { get; init; }

    /// <summary>Revenue.</summary>
    public decimal Revenue { get; init; }

    /// <summary>Assigned value of conversions (and of visits, when a visit has a value).</summary>
    public decimal Value { get; init; }

    /// <summary>Ad spend.</summary>
    public decimal AdSpend { get; init; }

    /// <summary>Staff hours.</summary>
    public decimal TimeHours { get; init; }

    /// <summary>Staff time cost: hours × hourly rate.</summary>
    public decimal TimeCost { get; init; }

    /// <summary>Tools and agency fees allocated to the network.</summary>
    public decimal OtherCost { get; init; }
}
