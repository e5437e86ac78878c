using System.Globalization;
using Payoff.Application.Links;
using Payoff.Core.Channels;
using Payoff.Core.Collect;
using Payoff.Core.Events;
using Payoff.Core.Links;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Cli.Demo;

/// <summary>
/// The demo's tracked short links and their clicks. While the demo's events stream into the import, it notes the
/// tagged landing pageviews of the social networks; then it creates, per network, a link for each of its two busiest
/// campaigns (through <see cref="CreateLinkHandler"/>, as <c>payoff link create</c>) and a click for some of their
/// sessions, two seconds before the landing pageview, by the same visitor and with the same tags, so each human click
/// is the start of a session the demo already has (the session counts do not change). About one click in twelve is
/// a link-preview fetcher's, which the reports count as a bot request and never as a visit.
/// </summary>
internal sealed class DemoLinks(int seed)
{
    /// <summary>At most this many human clicks per link, spread evenly over the link's sessions of the year.</summary>
    public const int ClicksPerLink = 240;

    private static readonly string[] Networks = ["Facebook", "Instagram", "LinkedIn", "X", "TikTok", "YouTube"];

    private readonly Dictionary<(string Network, string Source, string Medium, string Campaign), List<(DateTimeOffset At, string Visitor, string? Referrer, string Page)>> landings = [];

    /// <summary>Passes <paramref name="events"/> through, noting the tagged landing pageviews of the social networks.</summary>
    public IEnumerable<TrackedEvent> Watch(IEnumerable<TrackedEvent> events)
    {
        foreach (var e in events)
        {
            if (e.Type == EventType.Pageview && e.Source is { Network: { } network, Campaign: { } campaign } source && e.VisitorId is { } visitor
                && e.Url is { } url && Networks.Contains(network) && url.Contains("utm_campaign=", StringComparison.Ordinal))
            {
                var key = (network, source.Source, source.Medium, campaign);
                if (!landings.TryGetValue(key, out var list))
                {
                    landings[key] = list = [];
                }

                list.Add((e.Timestamp, visitor, e.Referrer, url.Split('?')[0]));
            }

            yield return e;
        }
    }

    /// <summary>Creates the links through <paramref name="create"/> and writes their clicks; returns the links and human clicks made.</summary>
    public async Task<(int Links, int Clicks)> AddAsync(IStore store, CreateLinkHandler create, Workspace workspace, CancellationToken cancellationToken)
    {
        var random = new Random(seed);
        var clicks = new List<IngestRecord>();
        var made = 0;
        var human = 0;
        foreach (var network in Networks)
        {
            foreach (var (key, sessions) in landings.Where(l => l.Key.Network == network).OrderByDescending(l => l.Value.Count).ThenBy(l => l.Key.Campaign, StringComparer.Ordinal).Take(2))
            {
                var slug = Slugged($"{network}-{key.Campaign}");
                var created = await create.HandleAsync(workspace, new LinkRequest(sessions[0].Page, key.Source, key.Medium, key.Campaign, Slug: slug), cancellationToken);
                var link = created.Link;
                made++;
                var ordered = sessions.OrderBy(s => s.At).ThenBy(s => s.Visitor, StringComparer.Ordinal).ToList();
                var step = Math.Max(1, ordered.Count / ClicksPerLink);
                for (var i = 0; i < ordered.Count && i / step < ClicksPerLink; i += step)
                {
                    var landing = ordered[i];
                    var at = landing.At.AddSeconds(-2);
                    var clickId = Convert.ToHexStringLower(RandomBytes(random));
                    var target = TaggedUrl.Build(link.Destination, link.Tags, (TrackedLink.ClickParameter, clickId));
                    clicks.Add(new LinkClick
                    {
                        WorkspaceId = workspace.Id,
                        ClickId = clickId,
                        LinkId = link.Id,
                        Timestamp = at,
                        VisitorId = landing.Visitor,
                        Destination = target,
                        Event = new TrackedEvent
                        {
                            EventId = LinkClick.EventIdOf(clickId),
                            Timestamp = at,
                            VisitorId = landing.Visitor,
                            Type = EventType.Click,
                            Url = target,
                            Referrer = landing.Referrer,
                            Name = link.Slug,
                            Source = ChannelClassifier.Default.Classify(target, landing.Referrer),
                        },
                    });
                    human++;
                    if (random.Next(12) == 0)
                    {
                        var botId = Convert.ToHexStringLower(RandomBytes(random));
                        clicks.Add(new LinkClick
                        {
                            WorkspaceId = workspace.Id,
                            ClickId = botId,
                            LinkId = link.Id,
                            Timestamp = at.AddMinutes(-random.Next(1, 600)),
                            VisitorId = string.Create(CultureInfo.InvariantCulture, $"preview-{botId[..8]}"),
                            Reason = DropReason.PreviewFetcher,
                            Destination = link.TaggedUrl,
                        });
                    }
                }
            }
        }

        await using (var session = await store.OpenSessionAsync(cancellationToken))
        {
            await session.Ingest.ApplyAsync(clicks, cancellationToken);
        }

        return (made, human);
    }

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return bytes;
    }

    private static string Slugged(string text)
    {
        var chars = text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray();
        var slug = new string(chars).Trim('-');
        return slug.Length > 64 ? slug[..64] : slug;
    }
}
