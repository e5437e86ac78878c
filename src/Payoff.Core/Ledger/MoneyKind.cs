namespace Payoff.Core.Ledger;

/// <summary>The kinds of money in the ledger.</summary>
public enum MoneyKind
{
    /// <summary>Revenue: customer and conversion values and CRM revenue.</summary>
    Revenue,

    /// <summary>Ad spend from the ad managers' exports.</summary>
    AdSpend,

    /// <summary>Referral rewards earned and not voided (issue 19): counted with the other costs, on the referral's network and the program's campaign.</summary>
    Reward,
}
