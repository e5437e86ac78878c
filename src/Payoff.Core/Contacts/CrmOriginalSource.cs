using Payoff.Core.Channels;
using Payoff.Core.Networks;

namespace Payoff.Core.Contacts;

/// <summary>Maps a CRM's "original source" (HubSpot's values) onto Payoff's channels and networks.</summary>
/// <remarks>
/// HubSpot's values, in either form (<c>SOCIAL_MEDIA</c> or <c>Social media</c>): organic search,
/// paid search, email marketing, social media, paid social, referrals, other campaigns, direct traffic,
/// offline sources, AI referrals. Drill-down 1 names the network (social) or site, drill-down 2 the
/// campaign. A value Payoff does not know becomes <see cref="Channel.Unassigned"/> with the value as source.
/// </remarks>
public static class CrmOriginalSource
{
    /// <summary>Maps one CRM original source to a traffic source.</summary>
    /// <param name="value">The original source, e.g. <c>SOCIAL_MEDIA</c>.</param>
    /// <param name="detail1">Drill-down 1, e.g. <c>LinkedIn</c>.</param>
    /// <param name="detail2">Drill-down 2, e.g. a campaign.</param>
    public static TrafficSource Map(string value, string? detail1, string? detail2)
    {
        ArgumentNullException.ThrowIfNull(value);
        var key = value.Trim().ToUpperInvariant().Replace(' ', '_').Replace('-', '_');
        var network = NetworkCatalog.Default.FromSource(detail1);
        var detail = string.IsNullOrWhiteSpace(detail1) ? null : detail1.Trim();
        var campaign = string.IsNullOrWhiteSpace(detail2) ? null : detail2.Trim();
        var (channel, medium) = key switch
        {
            "ORGANIC_SEARCH" => (Channel.OrganicSearch, "organic"),
            "PAID_SEARCH" => (Channel.PaidSearch, "cpc"),
            "EMAIL_MARKETING" or "EMAIL" => (Channel.Email, "email"),
            "SOCIAL_MEDIA" or "ORGANIC_SOCIAL" => (Channel.OrganicSocial, "social"),
            "PAID_SOCIAL" => (Channel.PaidSocial, "paid_social"),
            "REFERRALS" or "REFERRAL" or "AI_REFERRALS" => (Channel.Referral, "referral"),
            "OTHER_CAMPAIGNS" => (Channel.Unassigned, "(not set)"),
            "DIRECT_TRAFFIC" or "DIRECT" => (Channel.Direct, "(none)"),
            "OFFLINE" or "OFFLINE_SOURCES" => (Channel.Offline, "offline"),
            _ => (Channel.Unassigned, "(not set)"),
        };
        var source = channel == Channel.Direct ? "(direct)" : detail ?? value.Trim();
        return new TrafficSource(channel, Channel.IsSocial(channel) ? network : null, source, medium, campaign, null, null, null);
    }

    /// <summary>The source of a CRM contact that no visit and no CRM attribution explains.</summary>
    public static TrafficSource Offline { get; } = new(Channel.Offline, null, "offline", "offline", null, null, null, null);
}
