using System.Globalization;
using Payoff.Core.Channels;
using Payoff.Core.Events;

namespace Payoff.Core.Demo;

/// <summary>
/// Makes a realistic, deterministic year of tracked events: visitors arriving from social networks,
/// search, email, referrals and direct, coming back over days and weeks, some becoming contacts and
/// customers with revenue.
/// </summary>
/// <remarks>Randomness is seeded by <see cref="DemoOptions.Seed"/>; the same options give the same events.</remarks>
public sealed class DemoDataGenerator(ChannelClassifier classifier)
{
    private readonly Dictionary<(string?, string?), TrafficSource> _classified = [];

    /// <summary>A generator with the default classifier.</summary>
    public DemoDataGenerator()
        : this(ChannelClassifier.Default)
    {
    }

    /// <summary>Generates the events, visitor by visitor, each visitor's in time order.</summary>
    public IEnumerable<TrackedEvent> Generate(DemoOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var random = new Random(options.Seed);
        var start = options.End.AddDays(-options.Days);
        var weights = DemoSources.FirstTouch.Select(s => s.Weight).ToArray();
        var sessions = 0;
        for (var visitor = 1; sessions < options.TargetSessions; visitor++)
        {
            var source = DemoSources.FirstTouch[Pick(random, weights)];
            var first = start + TimeSpan.FromDays(options.Days * SkewedPosition(random, source.Growth)) + TimeSpan.FromHours(DaytimeHour(random));
            if (first >= options.End)
            {
                continue;
            }

            var visitorId = string.Create(CultureInfo.InvariantCulture, $"v{options.Seed}-{visitor:D7}");
            var events = new List<TrackedEvent>();
            var returns = Geometric(random, 0.45, 6);
            var at = first;
            var lastSessionEnd = first;
            for (var s = 0; s <= returns && at < options.End; s++)
            {
                var (referrer, tags) = s == 0 || random.NextDouble() < 0.6
                    ? (source.Referrer, source.Tags)
                    : PickReturning(random);
                lastSessionEnd = AddSession(events, random, options, visitorId, at, referrer, tags);
                sessions++;
                at = lastSessionEnd + TimeSpan.FromHours(2 + (random.NextDouble() * 24 * 14));
            }

            if (random.NextDouble() < source.LeadRate * 1.6)
            {
                AddConversions(events, random, options, source, visitorId, lastSessionEnd);
            }

            foreach (var e in events.Where(e => e.Timestamp <= options.End))
            {
                yield return e;
            }
        }
    }

    private DateTimeOffset AddSession(List<TrackedEvent> events, Random random, DemoOptions options, string visitorId, DateTimeOffset at, string? referrer, string? tags)
    {
        var landing = DemoSources.LandingPaths[random.Next(DemoSources.LandingPaths.Count)];
        var url = options.SiteUrl + landing + (tags is null ? string.Empty : "?" + tags);
        var pages = 1 + Geometric(random, 0.5, 6);
        for (var p = 0; p < pages; p++)
        {
            var pageUrl = p == 0 ? url : options.SiteUrl + DemoSources.BrowsePaths[random.Next(DemoSources.BrowsePaths.Count)];
            var pageReferrer = p == 0 ? referrer : options.SiteUrl + "/";
            events.Add(new TrackedEvent
            {
                EventId = string.Create(CultureInfo.InvariantCulture, $"{visitorId}-{events.Count}"),
                Timestamp = at,
                VisitorId = visitorId,
                Type = EventType.Pageview,
                Url = pageUrl,
                Referrer = pageReferrer,
                Source = Classify(pageUrl, pageReferrer),
            });
            at += TimeSpan.FromSeconds(15 + random.Next(240));
        }

        return at;
    }

    private void AddConversions(List<TrackedEvent> events, Random random, DemoOptions options, DemoSource source, string visitorId, DateTimeOffset lastSessionEnd)
    {
        var contactId = "C-" + visitorId;
        var leadAt = lastSessionEnd;
        var leadUrl = options.SiteUrl + "/contact";
        events.Add(new TrackedEvent
        {
            EventId = $"{visitorId}-lead",
            Timestamp = leadAt,
            VisitorId = visitorId,
            Type = EventType.Lead,
            Url = leadUrl,
            ContactId = contactId,
            Name = "contact-form",
            Source = Classify(leadUrl, options.SiteUrl + "/"),
        });
        if (random.NextDouble() >= source.CustomerRate)
        {
            return;
        }

        var value = Math.Round((decimal)(120 + (random.NextDouble() * random.NextDouble() * 1800)), 2);
        var customerAt = leadAt + TimeSpan.FromDays(1 + (random.NextDouble() * 30));
        events.Add(new TrackedEvent
        {
            EventId = $"{visitorId}-order",
            Timestamp = customerAt,
            VisitorId = visitorId,
            Type = EventType.Customer,
            ContactId = contactId,
            Value = value,
            Currency = options.Currency,
            Name = "order",
            Source = TrafficSource.Direct,
        });
    }

    private TrafficSource Classify(string url, string? referrer)
    {
        var question = url.IndexOf('?', StringComparison.Ordinal);
        var key = (question < 0 ? "/" : url[question..], referrer);
        if (!_classified.TryGetValue(key, out var source))
        {
            source = classifier.Classify(url, referrer);
            _classified[key] = source;
        }

        return source;
    }

    private static (string? Referrer, string? Tags) PickReturning(Random random)
    {
        var pick = Pick(random, DemoSources.Returning.Select(r => r.Weight).ToArray());
        return (DemoSources.Returning[pick].Referrer, DemoSources.Returning[pick].Tags);
    }

    private static int Pick(Random random, double[] weights) => DemoRandom.Pick(random, weights);

    private static int Geometric(Random random, double continueChance, int max)
    {
        var n = 0;
        while (n < max && random.NextDouble() < continueChance)
        {
            n++;
        }

        return n;
    }

    /// <summary>A position in [0, 1) whose density grows linearly by <paramref name="growth"/> from start to end.</summary>
    private static double SkewedPosition(Random random, double growth)
    {
        var u = random.NextDouble();
        if (Math.Abs(growth - 1) < 1e-9)
        {
            return u;
        }

        // Inverse CDF of the density proportional to 1 + (growth - 1) x on [0, 1].
        var g = growth - 1;
        return (-1 + Math.Sqrt(1 + (g * (2 + g) * u))) / g;
    }

    private static double DaytimeHour(Random random) => 6 + (random.NextDouble() * 12) + (random.NextDouble() * 4);
}
