namespace Payoff.Core.Reporting.Links;

/// <summary>One tracked link's results in a period (docs/METRICS.md, "Links").</summary>
/// <param name="Slug">The short name.</param>
/// <param name="Destination">Where it points, without tags.</param>
/// <param name="Source">utm_source.</param>
/// <param name="Medium">utm_medium.</param>
/// <param name="Campaign">utm_campaign.</param>
/// <param name="Content">utm_content.</param>
/// <param name="Enabled">Whether it still redirects.</param>
/// <param name="Clicks">Human clicks.</param>
/// <param name="UniqueClicks">Human clicks counted once per visitor per UTC hour.</param>
/// <param name="BotClicks">Requests by bots, preview fetchers, HEAD and prefetch: kept, not counted as clicks.</param>
/// <param name="Sessions">Sessions that began with a click on the link.</param>
/// <param name="Contacts">People whose original session began with a click on the link and who became contacts in the period.</param>
/// <param name="Customers">The same people who became customers in the period.</param>
/// <param name="Revenue">Their revenue in the period, in the workspace currency.</param>
public sealed record LinksRow(
    string Slug,
    string Destination,
    string Source,
    string Medium,
    string Campaign,
    string? Content,
    bool Enabled,
    long Clicks,
    long UniqueClicks,
    long BotClicks,
    long Sessions,
    long Contacts,
    long Customers,
    decimal Revenue);
