using Payoff.Core.Channels;
using Payoff.Core.Networks;
using Payoff.Core.Tracking;

namespace Payoff.Core.Contacts;

/// <summary>Maps a CRM's "original source" (HubSpot's values) onto Payoff's channels and networks.</summary>
/// <remarks>
/// <para>
/// HubSpot's values, in either form (<c>SOCIAL_MEDIA</c> or <c>Social media</c>), and what its two
/// drill-downs mean for each — HubSpot's "Understand Original and Latest source properties":
/// </para>
/// <list type="table">
/// <listheader><term>original source → channel</term><description>drill-down 1 / drill-down 2</description></listheader>
/// <item><term>Organic search → Organic Search</term><description>the search term (if known) / the search engine's site</description></item>
/// <item><term>Paid search → Paid Search</term><description>the campaign (<c>utm_campaign</c>) / the keyword</description></item>
/// <item><term>Email marketing → Email</term><description>the campaign (<c>utm_campaign</c>) / the e-mail's name</description></item>
/// <item><term>Organic social, Social media → Organic Social</term><description>the social network / the campaign</description></item>
/// <item><term>Paid social → Paid Social</term><description>the social network / the campaign</description></item>
/// <item><term>Referrals, AI referrals → Referral</term><description>the referring domain / the referring URL</description></item>
/// <item><term>Other campaigns → Unassigned</term><description>the campaign / the <c>utm_source</c></description></item>
/// <item><term>Direct traffic → Direct</term><description>no campaign: the pages first seen</description></item>
/// <item><term>Offline sources → Offline</term><description>no campaign: how the record was made (import, API, integration) and its name</description></item>
/// </list>
/// <para>
/// So the campaign is drill-down 1 for e-mail, paid search and other campaigns, drill-down 2 for social
/// sources, and none for the rest: a search keyword, an e-mail's name or an import file never becomes a
/// campaign (issue 13, §3.2). A value Payoff does not know becomes <see cref="Channel.Unassigned"/> with
/// the value as source and no campaign.
/// </para>
/// </remarks>
public static class CrmOriginalSource
{
    /// <summary>Maps one CRM original source to a traffic source.</summary>
    /// <param name="value">The original source, e.g. <c>SOCIAL_MEDIA</c> or <c>Email marketing</c>.</param>
    /// <param name="detail1">Drill-down 1, whose meaning depends on <paramref name="value"/> (see the remarks).</param>
    /// <param name="detail2">Drill-down 2, whose meaning depends on <paramref name="value"/> (see the remarks).</param>
    /// <returns>The channel, network (social sources only), source, medium, campaign and term the values mean.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static TrafficSource Map(string value, string? detail1, string? detail2)
    {
        ArgumentNullException.ThrowIfNull(value);
        var key = value.Trim().ToUpperInvariant().Replace(' ', '_').Replace('-', '_');
        var first = Clean(detail1);
        var second = Clean(detail2);
        return key switch
        {
            "ORGANIC_SEARCH" => Source(Channel.OrganicSearch, null, Engine(second) ?? "(not set)", "organic", campaign: null, term: first),
            "PAID_SEARCH" => Source(Channel.PaidSearch, null, "(not set)", "cpc", campaign: first, term: second),
            "EMAIL_MARKETING" or "EMAIL" => Source(Channel.Email, null, "(not set)", "email", campaign: first, term: null),
            "SOCIAL_MEDIA" or "ORGANIC_SOCIAL" => Social(Channel.OrganicSocial, "social", first, second),
            "PAID_SOCIAL" => Social(Channel.PaidSocial, "paid_social", first, second),
            "REFERRALS" or "REFERRAL" or "AI_REFERRALS" => Source(Channel.Referral, null, first is null ? "(not set)" : HostName.WithoutWww(first), "referral", campaign: null, term: null),
            "OTHER_CAMPAIGNS" => Source(Channel.Unassigned, null, second ?? "(not set)", "(not set)", campaign: first, term: null),
            "DIRECT_TRAFFIC" or "DIRECT" => Source(Channel.Direct, null, "(direct)", "(none)", campaign: null, term: null),
            "OFFLINE" or "OFFLINE_SOURCES" => Source(Channel.Offline, null, "offline", "offline", campaign: null, term: null),
            _ => Source(Channel.Unassigned, null, value.Trim(), "(not set)", campaign: null, term: null),
        };
    }

    /// <summary>The source of a CRM contact that no visit and no CRM attribution explains.</summary>
    public static TrafficSource Offline { get; } = new(Channel.Offline, null, "offline", "offline", null, null, null, null);

    private static TrafficSource Social(string channel, string medium, string? network, string? campaign) =>
        Source(channel, NetworkCatalog.Default.FromSource(network), network ?? "(not set)", medium, campaign, term: null);

    private static TrafficSource Source(string channel, string? network, string source, string medium, string? campaign, string? term) =>
        new(channel, network, source, medium, campaign, null, term, null);

    /// <summary>The engine's site as a source, without <c>www.</c> (<c>www.google.com</c> → <c>google.com</c>), as an untagged search visit's source is.</summary>
    private static string? Engine(string? site) => site is null ? null : HostName.WithoutWww(HostName.Of(site) ?? site);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
