using Payoff.Core.Networks;
using Payoff.Core.Tracking;

namespace Payoff.Core.Channels;

/// <summary>
/// Decides which <see cref="SourceCategory"/> a source (a <c>utm_source</c> value or a referrer host) is.
/// </summary>
/// <remarks>
/// Social networks come first, so YouTube, Vimeo and TikTok count as social as the reference asks.
/// Search engines match by name (<c>google</c>) or by a host whose registrable name is the engine
/// (<c>www.google.co.uk</c>, <c>search.yahoo.com</c>), never a service host such as
/// <c>mail.google.com</c> or <c>docs.google.com</c>.
/// </remarks>
public sealed class SourceCatalog(NetworkCatalog networks)
{
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

    private static readonly HashSet<string> VideoNames = new(StringComparer.Ordinal)
    {
        "twitch", "dailymotion", "wistia", "vidyard", "ted", "rumble", "loom", "youku", "iqiyi", "vidio",
    };

    private static readonly HashSet<string> ShoppingNames = new(StringComparer.Ordinal)
    {
        "amazon", "ebay", "etsy", "shopify", "walmart", "aliexpress", "alibaba", "allegro", "tokopedia", "shopee",
        "lazada", "bukalapak", "blibli", "mercadolibre", "rakuten", "zalando", "ceneo", "olx", "google shopping",
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

        if (Networks.FromSource(source) is not null)
        {
            return SourceCategory.Social;
        }

        var value = source.Trim().ToLowerInvariant();
        var host = value.Contains('.', StringComparison.Ordinal) ? HostName.Of(value) : null;
        if (host is null)
        {
            return SearchEngines.Contains(value) && value != "search" ? SourceCategory.Search
                : VideoNames.Contains(value) ? SourceCategory.Video
                : ShoppingNames.Contains(value) ? SourceCategory.Shopping
                : SourceCategory.Other;
        }

        if (SearchHosts.Contains(host) || IsEngineHost(host))
        {
            return SourceCategory.Search;
        }

        var name = RegistrableName(host);
        return name is not null && VideoNames.Contains(name) ? SourceCategory.Video
            : name is not null && ShoppingNames.Contains(name) ? SourceCategory.Shopping
            : SourceCategory.Other;
    }

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
