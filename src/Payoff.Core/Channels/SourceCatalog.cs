using Payoff.Core.Networks;
using Payoff.Core.Tracking;

namespace Payoff.Core.Channels;

/// <summary>
/// Decides which <see cref="SourceCategory"/> a source (a <c>utm_source</c> value or a referrer host) is.
/// </summary>
/// <remarks>
/// <para>
/// GA4's own list comes first (<see cref="Ga4SourceCategories"/>, exact and case-insensitive), so
/// <c>IGShopping</c> is shopping and <c>google</c> search, as in GA4. One deliberate difference: a video
/// site that Payoff knows as a social network (YouTube, Vimeo) counts as social, so its visits stay on
/// the network's page and in the social totals (docs/METRICS.md, "Channels").
/// </para>
/// <para>
/// A source GA4 does not list is social when the network catalog knows it (Matomo's list and Payoff's
/// aliases). A host is search when it is an engine's (<c>www.google.co.uk</c>, <c>search.yahoo.com</c>,
/// never a service host such as <c>docs.google.com</c>), else shopping, video or social by the name before
/// its public suffix (<c>shop.amazon.co.uk</c> → <c>amazon</c>, <c>someone.blogspot.com</c> → <c>blogspot</c>)
/// in GA4's list or Payoff's additions below.
/// </para>
/// </remarks>
public sealed class SourceCatalog(NetworkCatalog networks)
{
    /// <summary>Engine names for recognising engine hosts (GA4's list names hosts, not their country variants).</summary>
    private static readonly HashSet<string> SearchEngines = new(StringComparer.Ordinal)
    {
        "google", "bing", "yahoo", "duckduckgo", "baidu", "yandex", "ecosia", "ask", "aol", "naver", "seznam",
        "qwant", "startpage", "sogou", "so", "daum", "mojeek", "coccoc", "petalsearch", "onet", "msn",
        "brave", "yahoo! japan", "search",
    };

    private static readonly HashSet<string> SearchHosts = new(StringComparer.Ordinal)
    {
        "search.brave.com", "search.yahoo.com", "search.aol.com", "search.naver.com", "m.search.naver.com",
        "com.google.android.googlequicksearchbox", "search.seznam.cz", "go.mail.ru", "search.onet.pl",
        "szukaj.onet.pl", "szukaj.wp.pl", "yandex.ru", "ya.ru", "kvasir.no", "search.daum.net",
    };

    private static readonly HashSet<string> SearchPrefixes = new(StringComparer.Ordinal)
    {
        "www", "m", "search", "html", "cn", "uk", "de", "fr", "es", "it", "br", "jp", "au", "ca", "in", "id", "my", "pl",
    };

    /// <summary>Payoff's additions to GA4's video sites.</summary>
    private static readonly HashSet<string> VideoNames = new(StringComparer.Ordinal)
    {
        "vidyard", "rumble", "loom", "vidio",
    };

    /// <summary>Payoff's additions to GA4's shopping sites (marketplaces it does not list).</summary>
    private static readonly HashSet<string> ShoppingNames = new(StringComparer.Ordinal)
    {
        "aliexpress", "allegro", "tokopedia", "shopee", "lazada", "bukalapak", "blibli", "zalando", "ceneo", "olx",
        "shopping", "temu", "bol",
    };

    /// <summary>The network catalog social sources are recognised with.</summary>
    public NetworkCatalog Networks { get; } = networks;

    /// <summary>A catalog over <see cref="NetworkCatalog.Default"/>.</summary>
    public static SourceCatalog Default { get; } = new(NetworkCatalog.Default);

    /// <summary>The category of a <c>utm_source</c> value or a host; <see cref="SourceCategory.Other"/> when unknown.</summary>
    public SourceCategory Categorize(string? source)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            return SourceCategory.Other;
        }

        var value = source.Trim().ToLowerInvariant();
        var host = value.Contains('.', StringComparison.Ordinal) ? HostName.Of(value) : null;
        var listed = Ga4SourceCategories.Of(value) ?? (host is null ? null : Ga4SourceCategories.Of(HostName.WithoutWww(host)));
        var social = Networks.FromSource(source) is not null;
        if (listed is { } category)
        {
            return category == SourceCategory.Video && social ? SourceCategory.Social : category;
        }

        if (social)
        {
            return SourceCategory.Social;
        }

        if (host is null)
        {
            return SearchEngines.Contains(value) && value != "search" ? SourceCategory.Search : ByName(value);
        }

        if (SearchHosts.Contains(host) || IsEngineHost(host))
        {
            return SourceCategory.Search;
        }

        return RegistrableName(host) is { } name ? ByName(name) : SourceCategory.Other;
    }

    /// <summary>The shopping, video or social site a bare name is in GA4's list or Payoff's additions; never search, which hosts must earn by <see cref="IsEngineHost"/>.</summary>
    private static SourceCategory ByName(string name) =>
        Ga4SourceCategories.Of(name) is { } listed && listed != SourceCategory.Search ? listed
        : VideoNames.Contains(name) ? SourceCategory.Video
        : ShoppingNames.Contains(name) ? SourceCategory.Shopping
        : SourceCategory.Other;

    /// <summary>True for <c>engine.tld</c>, <c>engine.co.tld</c> and those behind www/m/search/locale labels.</summary>
    private static bool IsEngineHost(string host)
    {
        var labels = host.Split('.');
        for (var i = 0; i < labels.Length - 1; i++)
        {
            if (!SearchEngines.Contains(labels[i]) || labels[i] == "search")
            {
                if (!SearchPrefixes.Contains(labels[i]))
                {
                    return false;
                }

                continue;
            }

            var tail = labels.Length - i - 1;
            return tail is 1 or 2 && labels.Skip(i + 1).All(l => l.Length is >= 2 and <= 3);
        }

        return false;
    }

    /// <summary>The label before the public suffix, approximated: <c>shop.amazon.co.uk</c> gives <c>amazon</c>.</summary>
    private static string? RegistrableName(string host)
    {
        var labels = HostName.WithoutWww(host).Split('.');
        if (labels.Length < 2)
        {
            return null;
        }

        var last = labels.Length - 1;
        var secondLevelSuffix = labels.Length >= 3 && labels[last - 1].Length <= 3 && labels[last].Length == 2;
        return secondLevelSuffix ? labels[last - 2] : labels[last - 1];
    }
}
