using System.Globalization;
using Payoff.Core.Channels;
using Payoff.Core.Collect;
using Payoff.Core.Events;
using Payoff.Core.Links;

namespace Payoff.Cli.Demo;

/// <summary>
/// The demo's tracked short links and their clicks. Each link carries exactly the UTM tags of one of the demo's
/// social campaigns and points at one landing page; every demo session that lands on that page with those tags came
/// through the link, so it gets a click (2 s before the landing page view, same visitor) whose click event starts the
/// session — the links report's clicks and sessions of a link are then the same number. A few bot clicks (link
/// preview fetchers) per link are kept as the redirect keeps them: counted apart, with no event.
/// </summary>
/// <remarks>
/// The click events go into the demo's event import, in the visitor's time order, so the one derivation of sessions and
/// people after the import sees them (a second derivation after an ingest of the clicks would add seconds to the demo);
/// <see cref="Clicks"/> are then the click records the redirect stores, each naming its event by
/// <see cref="LinkClick.EventIdOf"/> but carrying none.
/// </remarks>
internal sealed class DemoLinks
{
    /// <summary>How long before the landing page view a click happens.</summary>
    private static readonly TimeSpan ClickLead = TimeSpan.FromSeconds(2);

    /// <summary>One link in forty gets a preview fetcher's request besides.</summary>
    private const int BotEvery = 40;

    /// <summary>The links: short name, network, UTM source, medium and campaign as the demo's sessions carry them, and the landing path.</summary>
    public static readonly IReadOnlyList<(string Slug, string Network, string Source, string Medium, string Campaign, string Path)> Plans =
    [
        ("spring-sale", "Facebook", "facebook", "paid_social", "spring-sale", "/products/starter-kit"),
        ("live-qna", "Facebook", "facebook", "social", "live-qna", "/webinar"),
        ("reels", "Instagram", "ig", "social", "reels-launch", "/products/pro-plan"),
        ("announcements", "LinkedIn", "linkedin", "social", "Announcements", "/pricing"),
        ("product-news", "X", "x", "social", "product-news", "/blog/social-roi"),
        ("trend-video", "TikTok", "tiktok", "paid_social", "trend-video", "/"),
        ("tutorials", "YouTube", "youtube", "social", "tutorials", "/blog/social-roi"),
    ];

    private readonly Dictionary<string, TrackedLink> _byLanding;
    private readonly List<LinkClick> _clicks = [];
    private readonly long _workspaceId;
    private readonly int _seed;

    /// <summary>Clicks for the stored <paramref name="links"/> (in <see cref="Plans"/> order) of workspace <paramref name="workspaceId"/>.</summary>
    public DemoLinks(long workspaceId, int seed, string siteUrl, IReadOnlyList<TrackedLink> links)
    {
        _workspaceId = workspaceId;
        _seed = seed;
        _byLanding = Plans.Zip(links).ToDictionary(p => Landing(siteUrl, p.First.Path, p.First.Source, p.First.Medium, p.First.Campaign), p => p.Second, StringComparer.Ordinal);
    }

    /// <summary>The slug of a plan in workspace <paramref name="workspace"/>: slugs are unique across workspaces, so other than 'demo' the name comes first.</summary>
    public static string SlugOf(string workspace, string slug)
    {
        if (workspace == DemoCommand.WorkspaceName)
        {
            return slug;
        }

        var name = new string([.. workspace.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
        var full = (char.IsAsciiLetterOrDigit(name[0]) ? name : "d" + name) + "-" + slug;
        return full.Length <= 64 ? full : full[..(64 - slug.Length - 1)] + "-" + slug;
    }

    /// <summary>The human and bot clicks seen so far.</summary>
    public IReadOnlyList<LinkClick> Clicks => _clicks;

    /// <summary>Whether <paramref name="url"/> is the landing page view's URL of a link's sessions.</summary>
    public bool Leads(string url) => _byLanding.ContainsKey(url);

    /// <summary>Passes <paramref name="events"/> through, with a link's click event before each landing page view the link leads to (and its click noted).</summary>
    public IEnumerable<TrackedEvent> Watch(IEnumerable<TrackedEvent> events)
    {
        _clicks.Clear();
        foreach (var e in events)
        {
            if (e.Type == EventType.Pageview && e.VisitorId is { } visitor && _byLanding.TryGetValue(e.Url ?? string.Empty, out var link))
            {
                yield return Add(link, visitor, e.Timestamp - ClickLead);
            }

            yield return e;
        }
    }

    private TrackedEvent Add(TrackedLink link, string visitor, DateTimeOffset at)
    {
        var clickId = string.Create(CultureInfo.InvariantCulture, $"demo{_seed}-{_clicks.Count:D7}");
        var target = TaggedUrl.Build(link.Destination, link.Tags, (TrackedLink.ClickParameter, clickId));
        var click = new TrackedEvent
        {
            EventId = LinkClick.EventIdOf(clickId),
            Timestamp = at,
            VisitorId = visitor,
            Type = EventType.Click,
            Url = target,
            Name = link.Slug,
            Source = ChannelClassifier.Default.Classify(target, null),
        };
        _clicks.Add(new LinkClick { WorkspaceId = _workspaceId, ClickId = clickId, LinkId = link.Id, Timestamp = at, VisitorId = visitor, Destination = target });
        if (_clicks.Count % BotEvery == 0)
        {
            var botId = string.Create(CultureInfo.InvariantCulture, $"demo{_seed}-{_clicks.Count:D7}");
            _clicks.Add(new LinkClick
            {
                WorkspaceId = _workspaceId,
                ClickId = botId,
                LinkId = link.Id,
                Timestamp = at - TimeSpan.FromMinutes(7),
                VisitorId = "bot-" + botId,
                Reason = DropReason.PreviewFetcher,
                Destination = link.TaggedUrl,
            });
        }

        return click;
    }

    /// <summary>The landing page view's URL of the demo's sessions from a campaign (as <c>DemoDataGenerator</c> writes it).</summary>
    private static string Landing(string siteUrl, string path, string source, string medium, string campaign) =>
        $"{siteUrl}{path}?utm_source={source}&utm_medium={medium}&utm_campaign={Uri.EscapeDataString(campaign)}";
}
