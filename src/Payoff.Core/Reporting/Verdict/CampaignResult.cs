using Payoff.Core.Statistics;

namespace Payoff.Core.Reporting.Verdict;

/// <summary>A campaign inside a network, with its contact rate's Wilson interval.</summary>
/// <param name="Campaign">The campaign.</param>
/// <param name="Sessions">Its sessions.</param>
/// <param name="Contacts">Its new contacts.</param>
public sealed record CampaignResult(string Campaign, long Sessions, long Contacts)
{
    /// <summary>The contact rate's interval.</summary>
    public WilsonInterval Rate => new(Contacts, Sessions);
}
