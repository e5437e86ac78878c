namespace Payoff.Core.Channels;

/// <summary>
/// The default channel groups, named as Google Analytics 4 names them, plus <see cref="Offline"/> for
/// contacts a CRM knows that never visited the site.
/// </summary>
public static class Channel
{
    /// <summary>Campaigns run across networks (Performance Max, Smart Shopping).</summary>
    public const string CrossNetwork = "Cross-network";

    /// <summary>Paid clicks from shopping sites or shopping campaigns.</summary>
    public const string PaidShopping = "Paid Shopping";

    /// <summary>Paid clicks from search engines, or auto-tagged Google/Microsoft Ads clicks.</summary>
    public const string PaidSearch = "Paid Search";

    /// <summary>Paid clicks from social networks.</summary>
    public const string PaidSocial = "Paid Social";

    /// <summary>Paid clicks from video sites.</summary>
    public const string PaidVideo = "Paid Video";

    /// <summary>Display advertising (display, banner, interstitial, cpm).</summary>
    public const string Display = "Display";

    /// <summary>Paid traffic from no known kind of site.</summary>
    public const string PaidOther = "Paid Other";

    /// <summary>Unpaid visits from shopping sites.</summary>
    public const string OrganicShopping = "Organic Shopping";

    /// <summary>Unpaid visits from social networks, or tagged with a social medium.</summary>
    public const string OrganicSocial = "Organic Social";

    /// <summary>Unpaid visits from video sites.</summary>
    public const string OrganicVideo = "Organic Video";

    /// <summary>Unpaid visits from search engines.</summary>
    public const string OrganicSearch = "Organic Search";

    /// <summary>Links in email.</summary>
    public const string Email = "Email";

    /// <summary>Affiliate links.</summary>
    public const string Affiliates = "Affiliates";

    /// <summary>Audio ads and podcasts.</summary>
    public const string Audio = "Audio";

    /// <summary>Text messages.</summary>
    public const string Sms = "SMS";

    /// <summary>Mobile push notifications.</summary>
    public const string MobilePush = "Mobile Push Notifications";

    /// <summary>Links from other websites and apps.</summary>
    public const string Referral = "Referral";

    /// <summary>
    /// Payoff's addition to GA4's list: visits through an advocate's personal referral link (<c>utm_medium=advocate</c>,
    /// issue 19), matched right after Direct so the program's friends are never counted as Referral or Organic Social.
    /// </summary>
    public const string Advocates = "Advocates";

    /// <summary>No source, medium or external referrer.</summary>
    public const string Direct = "Direct";

    /// <summary>Tagged traffic that matches no rule.</summary>
    public const string Unassigned = "Unassigned";

    /// <summary>CRM contacts with no known visit (HubSpot's "Offline sources").</summary>
    public const string Offline = "Offline";

    /// <summary>All channel names, in GA4's rule order with Payoff's Advocates after Direct (Unassigned when none matches; Offline for CRM-only contacts).</summary>
    public static readonly IReadOnlyList<string> All =
    [
        Direct, Advocates, CrossNetwork, PaidShopping, PaidSearch, PaidSocial, PaidVideo, Display, PaidOther, OrganicShopping,
        OrganicSocial, OrganicVideo, OrganicSearch, Email, Affiliates, Referral, Audio, Sms, MobilePush,
        Unassigned, Offline,
    ];

    /// <summary>True for the two social channels.</summary>
    public static bool IsSocial(string? channel) => channel is OrganicSocial or PaidSocial;
}
