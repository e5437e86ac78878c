namespace Payoff.Core.Ledger;

/// <summary>
/// One day's web results of one network (or non-social channel) and campaign: sessions by their own
/// source; contacts and customers by the person's original source (first touch), as the sources report counts them.
/// </summary>
/// <param name="Day">The workspace-local day.</param>
/// <param name="Network">The network, or the channel for traffic from no network.</param>
/// <param name="Campaign">The campaign, or <c>(not set)</c>.</param>
/// <param name="Sessions">Sessions that started that day.</param>
/// <param name="Contacts">People who became contacts that day.</param>
/// <param name="Customers">People who became customers that day.</param>
public sealed record WebDay(DateOnly Day, string Network, string Campaign, long Sessions, long Contacts, long Customers);
