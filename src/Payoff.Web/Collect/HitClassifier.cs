using System.Text.RegularExpressions;
using Payoff.Core.Channels;
using Payoff.Core.Collect;
using Payoff.Core.Links;
using Payoff.Core.Tracking;

namespace Payoff.Web.Collect;

/// <summary>
/// The pure, per-string work of the collect and redirect paths — URL check, host, channel classification,
/// click reference, referrer spam, bot and device detection — done once per distinct input and cached.
/// </summary>
/// <remarks>
/// Page URLs, referrers and user agents are chosen by whoever sends the request, so both caches are
/// bounded (<see cref="BoundedCache{TKey,TValue}"/>) and inputs longer than <see cref="MaxCachedLength"/>
/// characters are computed without being cached: at most about
/// <see cref="Capacity"/> × 2 × <see cref="MaxCachedLength"/> characters per cache, whatever is sent.
/// </remarks>
public sealed partial class HitClassifier
{
    /// <summary>The entries each cache holds at most.</summary>
    public const int Capacity = 4096;

    /// <summary>The longest input (URL and referrer together, or user agent) that is cached.</summary>
    public const int MaxCachedLength = 1024;

    private readonly BoundedCache<(string? Url, string? Referrer), Landing> landings;
    private readonly BoundedCache<string, Agent> agents;

    /// <summary>A classifier with empty caches of <paramref name="capacity"/> entries each.</summary>
    public HitClassifier(int capacity = Capacity)
    {
        landings = new(capacity);
        agents = new(capacity, StringComparer.Ordinal);
    }

    /// <summary>The entries in the landing cache (tests check its bound).</summary>
    public int CachedLandings => landings.Count;

    /// <summary>The entries in the user-agent cache (tests check its bound).</summary>
    public int CachedAgents => agents.Count;

    /// <summary>What <paramref name="url"/> and <paramref name="referrer"/> say about the hit.</summary>
    public Landing Landing(string? url, string? referrer) =>
        (url?.Length ?? 0) + (referrer?.Length ?? 0) > MaxCachedLength
            ? Read((url, referrer))
            : landings.GetOrAdd((url, referrer), Read);

    /// <summary>What <paramref name="userAgent"/> says about the hit.</summary>
    public Agent Agent(string userAgent)
    {
        ArgumentNullException.ThrowIfNull(userAgent);
        return userAgent.Length > MaxCachedLength ? Read(userAgent) : agents.GetOrAdd(userAgent, Read);
    }

    private static Landing Read((string? Url, string? Referrer) key)
    {
        var (url, referrer) = key;
        var isWebUrl = url is null || Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
        var query = isWebUrl ? QueryString.Parse(url) : null;
        var clickRef = query is not null && query.TryGetValue(TrackedLink.ClickParameter, out var lc) && ClickRefPattern().IsMatch(lc) ? lc : null;
        return new Landing(
            isWebUrl,
            HostName.Of(url),
            isWebUrl ? ChannelClassifier.Default.Classify(url, referrer) : null,
            clickRef,
            ReferrerSpamList.Default.IsSpam(referrer));
    }

    private static Agent Read(string userAgent) => new(BotDetector.Classify(userAgent), DeviceClass.Of(userAgent));

    [GeneratedRegex("^[a-f0-9]{32}$")]
    private static partial Regex ClickRefPattern();
}
