using System.Globalization;
using Payoff.Core.Importing;

namespace Payoff.Import;

/// <summary>
/// The names of import kinds as the CLI and the API spell them (<c>meta-posts</c>), their labels as a page shows them
/// ("Meta posts export"), and the culture names they accept.
/// </summary>
public static class ImportKinds
{
    /// <summary>The name of <paramref name="kind"/>.</summary>
    public static string Name(ImportKind kind) => kind switch
    {
        ImportKind.MetaPosts => "meta-posts",
        ImportKind.MetaAds => "meta-ads",
        ImportKind.Ga4Traffic => "ga4-traffic",
        ImportKind.HubSpotContacts => "hubspot-contacts",
        ImportKind.GoogleAds => "google-ads",
        ImportKind.MicrosoftAds => "microsoft-ads",
        ImportKind.LinkedInPage => "linkedin-page",
        ImportKind.LinkedInAds => "linkedin-ads",
        ImportKind.XAnalytics => "x-analytics",
        ImportKind.XAds => "x-ads",
        ImportKind.MetaDaily => "meta-daily",
        ImportKind.FacebookInsights => "facebook-insights",
        ImportKind.MetaAudience => "meta-audience",
        ImportKind.TikTokAudience => "tiktok-audience",
        ImportKind.YouTubeGeography => "youtube-geography",
        ImportKind.MentionExport => "mention",
        ImportKind.XArchive => "x-archive",
        ImportKind.MetaComments => "meta-comments",
        ImportKind.YouTubeComments => "youtube-comments",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>
    /// <paramref name="kind"/> in plain words for a page: "LinkedIn page export", "HubSpot contacts export". JSON and the
    /// CLI keep <see cref="Name"/>.
    /// </summary>
    public static string Label(ImportKind kind) => kind switch
    {
        ImportKind.Events => "Tracked events",
        ImportKind.Contacts => "CRM contacts",
        ImportKind.Journeys => "Conversion paths",
        ImportKind.Metrics => "Daily account metrics",
        ImportKind.Costs => "Daily ad costs",
        ImportKind.MetaPosts => "Meta posts export",
        ImportKind.MetaAds => "Meta Ads Manager export",
        ImportKind.Ga4Traffic => "GA4 traffic report",
        ImportKind.HubSpotContacts => "HubSpot contacts export",
        ImportKind.GoogleAds => "Google Ads report",
        ImportKind.MicrosoftAds => "Microsoft Advertising report",
        ImportKind.LinkedInPage => "LinkedIn page export",
        ImportKind.LinkedInAds => "LinkedIn Campaign Manager report",
        ImportKind.XAds => "X Ads export",
        ImportKind.XAnalytics => "X analytics export",
        ImportKind.TikTok => "TikTok Studio export",
        ImportKind.YouTube => "YouTube Studio export",
        ImportKind.MetaDaily => "Meta daily account file",
        ImportKind.FacebookInsights => "Facebook Page Insights export",
        ImportKind.MetaAudience => "Meta audience export",
        ImportKind.TikTokAudience => "TikTok follower demographics",
        ImportKind.YouTubeGeography => "YouTube geography export",
        ImportKind.Conversations => "Conversations file",
        ImportKind.Brand24 => "Brand24 mentions export",
        ImportKind.MentionExport => "Mention export",
        ImportKind.Zendesk => "Zendesk tickets export",
        ImportKind.Freshdesk => "Freshdesk tickets export",
        ImportKind.XArchive => "X archive tweets.js",
        ImportKind.MetaComments => "Meta download comments (JSON)",
        ImportKind.YouTubeComments => "YouTube Takeout comments",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "An import kind without a label: add it here."),
    };

    /// <summary>The kind called <paramref name="name"/>; false for a name no kind has.</summary>
    public static bool TryParse(string? name, out ImportKind kind)
    {
        foreach (var candidate in Enum.GetValues<ImportKind>())
        {
            if (string.Equals(Name(candidate), name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>The predefined culture called <paramref name="name"/> (<c>de-DE</c>); false when .NET does not know it.</summary>
    public static bool TryCulture(string? name, out CultureInfo? culture)
    {
        culture = null;
        if (string.IsNullOrWhiteSpace(name))
        {
            return false;
        }

        try
        {
            culture = CultureInfo.GetCultureInfo(name.Trim(), predefinedOnly: true);
            return true;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}
