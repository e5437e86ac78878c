namespace Payoff.Core.Ledger;

/// <summary>
/// Sums of ledger entries and the money ratios of reference §5: cost = ad spend + staff time + fees;
/// ROI = (revenue + value − cost) / cost; ROAS = revenue / ad spend; CPL = cost / contacts; CAC =
/// cost / customers; cost and value per visit. A ratio with a zero denominator is null, never 0 or ∞.
/// </summary>
public sealed record LedgerTotals
{
    /// <summary>Nothing.</summary>
    public static readonly LedgerTotals Zero = new();

    /// <summary>Sessions.</summary>
    public long Sessions { get; init; }

    /// <summary>New contacts.</summary>
    public long Contacts { get; init; }

    /// <summary>New customers.</summary>
    public long Customers { get; init; }

    /// <summary>Revenue.</summary>
    public decimal Revenue { get; init; }

    /// <summary>Assigned value.</summary>
    public decimal Value { get; init; }

    /// <summary>Ad spend.</summary>
    public decimal AdSpend { get; init; }

    /// <summary>Staff hours.</summary>
    public decimal TimeHours { get; init; }

    /// <summary>Staff time cost.</summary>
    public decimal TimeCost { get; init; }

    /// <summary>Other costs: fees and referral rewards (<see cref="RewardCost"/> is the rewards' part).</summary>
    public decimal OtherCost { get; init; }

    /// <summary>The referral rewards earned and not voided (issue 19), a part of <see cref="OtherCost"/>.</summary>
    public decimal RewardCost { get; init; }

    /// <summary>Ad spend + time cost + fees.</summary>
    public decimal TotalCost => AdSpend + TimeCost + OtherCost;

    /// <summary>Revenue + value.</summary>
    public decimal Return => Revenue + Value;

    /// <summary>(revenue + value − cost) / cost.</summary>
    public decimal? Roi => TotalCost == 0 ? null : (Return - TotalCost) / TotalCost;

    /// <summary>Revenue / ad spend.</summary>
    public decimal? Roas => AdSpend == 0 ? null : Revenue / AdSpend;

    /// <summary>Cost / sessions; null without sessions or without any cost recorded (no cost is "—", not 0.00: issue 13 §1).</summary>
    public decimal? CostPerVisit => Sessions == 0 || TotalCost == 0 ? null : TotalCost / Sessions;

    /// <summary>Cost / new contacts (CPL); null without contacts or without any cost recorded.</summary>
    public decimal? CostPerLead => Contacts == 0 || TotalCost == 0 ? null : TotalCost / Contacts;

    /// <summary>Cost / new customers (CAC); null without customers or without any cost recorded.</summary>
    public decimal? CostPerCustomer => Customers == 0 || TotalCost == 0 ? null : TotalCost / Customers;

    /// <summary>(Revenue + value) / sessions.</summary>
    public decimal? ValuePerVisit => Sessions == 0 ? null : Return / Sessions;

    /// <summary>Contacts / sessions.</summary>
    public double? ContactRate => Sessions == 0 ? null : (double)Contacts / Sessions;

    /// <summary>Customers / sessions.</summary>
    public double? CustomerRate => Sessions == 0 ? null : (double)Customers / Sessions;

    /// <summary>
    /// The sum of <paramref name="totals"/>, added in their order from <see cref="Zero"/> — what folding them with
    /// <see cref="Add(LedgerTotals)"/> gives (the same decimals, scale included), without a record per step.
    /// </summary>
    public static LedgerTotals Sum(IEnumerable<LedgerTotals> totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        long sessions = 0, contacts = 0, customers = 0;
        decimal revenue = 0, value = 0, adSpend = 0, timeHours = 0, timeCost = 0, otherCost = 0, rewardCost = 0;
        foreach (var t in totals)
        {
            sessions += t.Sessions;
            contacts += t.Contacts;
            customers += t.Customers;
            revenue += t.Revenue;
            value += t.Value;
            adSpend += t.AdSpend;
            timeHours += t.TimeHours;
            timeCost += t.TimeCost;
            otherCost += t.OtherCost;
            rewardCost += t.RewardCost;
        }

        return new LedgerTotals
        {
            Sessions = sessions,
            Contacts = contacts,
            Customers = customers,
            Revenue = revenue,
            Value = value,
            AdSpend = adSpend,
            TimeHours = timeHours,
            TimeCost = timeCost,
            OtherCost = otherCost,
            RewardCost = rewardCost,
        };
    }

    /// <summary>The sum of the <paramref name="entries"/>' totals (<see cref="Sum(IEnumerable{LedgerTotals})"/>).</summary>
    public static LedgerTotals Sum(IEnumerable<LedgerEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return Sum(entries.Select(e => e.Totals));
    }

    /// <summary>This plus <paramref name="entry"/>'s totals.</summary>
    public LedgerTotals Add(LedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Add(entry.Totals);
    }

    /// <summary>This plus <paramref name="e"/>.</summary>
    public LedgerTotals Add(LedgerTotals e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return this with
        {
            Sessions = Sessions + e.Sessions,
            Contacts = Contacts + e.Contacts,
            Customers = Customers + e.Customers,
            Revenue = Revenue + e.Revenue,
            Value = Value + e.Value,
            AdSpend = AdSpend + e.AdSpend,
            TimeHours = TimeHours + e.TimeHours,
            TimeCost = TimeCost + e.TimeCost,
            OtherCost = OtherCost + e.OtherCost,
            RewardCost = RewardCost + e.RewardCost,
        };
    }
}
