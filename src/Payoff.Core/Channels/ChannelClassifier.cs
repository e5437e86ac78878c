using System.Text.RegularExpressions;
using Payoff.Core.Tracking;

namespace Payoff.Core.Channels;

/// <summary>
/// Assigns the default channel group and social network to one hit (reference §2, GA4 rules, first
/// match wins, case-insensitive).
/// </summary>
/// <remarks>
/// <para>
/// The rules run in GA4's order — Direct, Cross-network, Paid Shopping, Paid Search, Paid Social, Paid
/// Video, Display, Paid Other, Organic Shopping, Organic Social, Organic Video, Organic Search, Email,
/// Affiliates, Referral, Audio, SMS, Mobile Push Notifications, else Unassigned — over the categories
/// of <see cref="SourceCatalog"/> (GA4's source lists; YouTube and Vimeo count as social on purpose).
/// So <c>utm_source=IGShopping&amp;utm_medium=Social</c> is Organic Shopping: the shopping rules come before
/// the social ones. The network is identified whatever the channel (IGShopping → Instagram).
/// </para>
/// <para>
/// Source and medium come from <c>utm_source</c>/<c>utm_medium</c>; without tags, from auto-tagging
/// click ids (<c>gclid</c> → google / cpc) or the referrer (a search engine gives <c>organic</c>, any
/// other site <c>referral</c>). A referrer on the page's own host is internal and counts as none.
/// The network comes from <c>utm_source</c> when it is tagged, otherwise from the referrer host,
/// otherwise from a network's click id (<c>fbclid</c> → Facebook).
/// </para>
/// </remarks>
public sealed partial class ChannelClassifier(SourceCatalog catalog)
{
    private static readonly HashSet<string> SocialMedia = new(StringComparer.Ordinal)
    {
        "social", "social-network", "social-media", "sm", "social network", "social media",
    };

    private static readonly HashSet<string> EmailNames = new(StringComparer.Ordinal) { "email", "e-mail", "e_mail", "e mail" };

    private static readonly HashSet<string> DisplayMedia = new(StringComparer.Ordinal)
    {
        "display", "banner", "expandable", "interstitial", "cpm",
    };

    private static readonly HashSet<string> ReferralMedia = new(StringComparer.Ordinal) { "referral", "app", "link" };

    /// <summary>A classifier over the default catalogs.</summary>
    public static ChannelClassifier Default { get; } = new(SourceCatalog.Default);

    /// <summary>The medium of an advocate's referral link (<c>utm_medium=advocate</c>): the Advocates channel.</summary>
    public const string AdvocateMedium = "advocate";

    /// <summary>Classifies a hit from its landing URL and referrer (either may be missing).</summary>
    public TrafficSource Classify(string? url, string? referrer)
    {
        var query = QueryString.Parse(url);
        return Classify(TrackingParameters.ReadUtm(query), TrackingParameters.ReadClickId(query), HostName.Of(referrer), HostName.Of(url));
    }

    /// <summary>Classifies a hit from its parsed parts.</summary>
    /// <param name="utm">The UTM tags of the landing URL.</param>
    /// <param name="clickId">The click id of the landing URL, if any.</param>
    /// <param name="referrerHost">The referrer's host, if any.</param>
    /// <param name="pageHost">The landing page's host, to recognise internal referrers.</param>
    public TrafficSource Classify(UtmTags utm, ClickId? clickId, string? referrerHost, string? pageHost)
    {
        ArgumentNullException.ThrowIfNull(utm);
        if (referrerHost is not null && pageHost is not null
            && HostName.WithoutWww(referrerHost) == HostName.WithoutWww(pageHost))
        {
            referrerHost = null;
        }

        var (source, medium) = SourceAndMedium(utm, clickId, referrerHost);
        var category = catalog.Categorize(source);
        var channel = ChannelOf(source, medium, utm, clickId, referrerHost, category);
        // An advocate's link names the network it was shared on in utm_content (utm_source is "referral").
        var network = channel == Channel.Advocates
            ? NetworkOf(utm.Content)
            : utm.Source is not null
            ? NetworkOf(utm.Source)
            : NetworkOf(referrerHost) ?? clickId?.Network;
        return new TrafficSource(channel, network, source, medium, utm.Campaign, utm.Content, utm.Term, clickId);
    }

    private string? NetworkOf(string? source) => source is null ? null : catalog.Networks.FromSource(source);

    private (string Source, string Medium) SourceAndMedium(UtmTags utm, ClickId? clickId, string? referrerHost)
    {
        var referrerSource = referrerHost is null ? null : HostName.WithoutWww(referrerHost);
        if (utm.Source is not null || utm.Medium is not null)
        {
            return (utm.Source ?? referrerSource ?? "(not set)", utm.Medium ?? "(not set)");
        }

        if (clickId is not null)
        {
            switch (clickId.Parameter)
            {
                case "gclid" or "wbraid" or "gbraid":
                    return ("google", "cpc");
                case "msclkid":
                    return ("bing", "cpc");
                case "dclid":
                    return (referrerSource ?? "dv360", "display");
                case "ttclid" or "twclid" or "li_fat_id":
                    return (referrerSource ?? clickId.Network!.ToLowerInvariant(), "cpc");
                default:
                    break;
            }
        }

        if (referrerSource is null)
        {
            return clickId?.Network is { } network ? (network.ToLowerInvariant(), "referral") : ("(direct)", "(none)");
        }

        return (referrerSource, catalog.Categorize(referrerSource) == SourceCategory.Search ? "organic" : "referral");
    }

    private static string ChannelOf(string source, string medium, UtmTags utm, ClickId? clickId, string? referrerHost, SourceCategory category)
    {
        var s = source.ToLowerInvariant();
        var m = medium.ToLowerInvariant();
        var campaign = utm.Campaign?.ToLowerInvariant() ?? string.Empty;
        var paid = PaidMedium().IsMatch(m);
        var shoppingCampaign = ShoppingCampaign().IsMatch(campaign);

        if (s == "(direct)" && m is "(none)" or "(not set)")
        {
            return Channel.Direct;
        }

        if (m == AdvocateMedium)
        {
            return Channel.Advocates;
        }

        if (campaign.Contains("cross-network", StringComparison.Ordinal))
        {
            return Channel.CrossNetwork;
        }

        if ((category == SourceCategory.Shopping || shoppingCampaign) && paid)
        {
            return Channel.PaidShopping;
        }

        if ((category == SourceCategory.Search && paid) || (utm.Source is null && clickId is { IsPaidSearch: true }))
        {
            return Channel.PaidSearch;
        }

        if (category == SourceCategory.Social && paid)
        {
            return Channel.PaidSocial;
        }

        if (category == SourceCategory.Video && paid)
        {
            return Channel.PaidVideo;
        }

        if (DisplayMedia.Contains(m))
        {
            return Channel.Display;
        }

        if (paid)
        {
            return Channel.PaidOther;
        }

        if (category == SourceCategory.Shopping || shoppingCampaign)
        {
            return Channel.OrganicShopping;
        }

        if (category == SourceCategory.Social || SocialMedia.Contains(m))
        {
            return Channel.OrganicSocial;
        }

        if (category == SourceCategory.Video || m.Contains("video", StringComparison.Ordinal))
        {
            return Channel.OrganicVideo;
        }

        if (category == SourceCategory.Search || m == "organic")
        {
            return Channel.OrganicSearch;
        }

        if (EmailNames.Contains(s) || EmailNames.Contains(m))
        {
            return Channel.Email;
        }

        if (m == "affiliate")
        {
            return Channel.Affiliates;
        }

        if (ReferralMedia.Contains(m) || (utm.IsUntagged && referrerHost is not null))
        {
            return Channel.Referral;
        }

        if (m == "audio")
        {
            return Channel.Audio;
        }

        if (s == "sms" || m == "sms")
        {
            return Channel.Sms;
        }

        if (m.EndsWith("push", StringComparison.Ordinal) || m.Contains("mobile", StringComparison.Ordinal)
            || m.Contains("notification", StringComparison.Ordinal) || s == "firebase")
        {
            return Channel.MobilePush;
        }

        return Channel.Unassigned;
    }

    [GeneratedRegex("^(.*cp.*|ppc|retargeting|paid.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex PaidMedium();

    [GeneratedRegex("^(.*(([^a-df-z]|^)shop|shopping).*)$", RegexOptions.CultureInvariant)]
    private static partial Regex ShoppingCampaign();
}
