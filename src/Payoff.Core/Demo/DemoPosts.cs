using System.Globalization;
using Payoff.Core.Social;

namespace Payoff.Core.Demo;

/// <summary>A demo post whose caption carries a tracked URL: the sessions that follow it may carry its key.</summary>
/// <param name="Network">The network.</param>
/// <param name="Campaign">The <c>utm_campaign</c> of its URL.</param>
/// <param name="Key">The URL's <c>utm_content</c>, the post's own.</param>
/// <param name="PublishedAt">When it was published.</param>
public sealed record DemoTrackedPost(string Network, string Campaign, string Key, DateTimeOffset PublishedAt);

/// <summary>The demo's posts, and those of them with a tracked URL.</summary>
/// <param name="Posts">Every post, network by network, each network's in time order.</param>
/// <param name="Tracked">The posts with a tracked URL, in the same order.</param>
public sealed record DemoPostSet(IReadOnlyList<SocialPost> Posts, IReadOnlyList<DemoTrackedPost> Tracked);

/// <summary>
/// Makes a deterministic year of posts for each of the demo's six networks, as their exports report them: types,
/// labels, captions with hashtags in several languages, publication times in the workspace's time zone with each
/// network's daily rhythm, and lifetime metrics (a metric the platform does not report is null). Some differences
/// between the posts are real and some are not — <see cref="DemoPostProfiles"/> lists them.
/// </summary>
/// <remarks>
/// Randomness is seeded by <see cref="DemoOptions.Seed"/> (its own stream: the demo's events and other data do not
/// change); the same options and zone give the same posts. A post's engagement rate is the network's plain rate times
/// its type's, label's and local time's multipliers times a log-normal spread; its basis (impressions or views) grows
/// with the account over the year and is drawn apart from the rate.
/// </remarks>
public static class DemoPosts
{
    private const double RateSpread = 0.35;
    private const double AudienceSpread = 0.5;

    private static readonly string[] TrackedPaths = ["/pricing", "/products/starter-kit", "/products/pro-plan", "/blog/social-roi", "/webinar"];

    /// <summary>The posts of the local days that end at <see cref="DemoOptions.End"/> in <paramref name="zone"/>, none after it.</summary>
    public static DemoPostSet Generate(DemoOptions options, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(zone);
        var random = new Random(options.Seed + 3);
        var lastDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(options.End, zone).DateTime);
        var (posts, tracked) = (new List<SocialPost>(), new List<DemoTrackedPost>());
        foreach (var profile in DemoPostProfiles.All)
        {
            var weekdaySum = profile.Weekdays.Sum();
            var hourWeights = profile.Hours.Select(h => h.Weight).ToArray();
            for (var i = 0; i < options.Days; i++)
            {
                var day = lastDay.AddDays(i + 1 - options.Days);
                var weekday = ((int)day.DayOfWeek + 6) % 7;
                var count = DemoRandom.Poisson(random, profile.PostsPerWeek * profile.Weekdays[weekday] / weekdaySum);
                for (var k = 0; k < count; k++)
                {
                    var hour = profile.Hours[DemoRandom.Pick(random, hourWeights)].Hour;
                    var local = day.ToDateTime(new TimeOnly(hour, random.Next(60)), DateTimeKind.Unspecified);
                    var at = new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
                    var post = Post(random, options, profile, posts.Count, at, local, (double)i / options.Days, out var key);
                    if (at > options.End)
                    {
                        continue;
                    }

                    posts.Add(post);
                    if (key is not null)
                    {
                        tracked.Add(new DemoTrackedPost(profile.Network, profile.Campaign, key, at));
                    }
                }
            }
        }

        return new DemoPostSet(posts, tracked);
    }

    private static SocialPost Post(Random random, DemoOptions options, DemoPostProfile profile, int index, DateTimeOffset at, DateTime local, double yearShare, out string? key)
    {
        var (type, _, typeRate) = profile.Types[DemoRandom.Pick(random, [.. profile.Types.Select(t => t.Weight)])];
        var labelPick = random.NextDouble();
        var (label, labelRate) = (default(string), 1.0);
        foreach (var (name, weight, multiplier) in profile.Labels)
        {
            if (labelPick < weight)
            {
                (label, labelRate) = (name, multiplier);
                break;
            }

            labelPick -= weight;
        }

        var language = profile.Languages[DemoRandom.Pick(random, [.. profile.Languages.Select(l => l.Weight)])].Language;
        var id = PostId(profile, options.Seed, index);
        key = type == "link" || random.NextDouble() < profile.Tracked
            ? string.Create(CultureInfo.InvariantCulture, $"{profile.Prefix}-{local:yyyyMMdd}-{index:D4}")
            : null;
        var caption = Caption(random, options, profile, language, label, key);

        var audience = profile.Audience * (1 + (profile.Growth * yearShare)) * (type is "video" or "reel" ? 1.6 : 1) * DemoRandom.LogNormal(random, AudienceSpread);
        var rate = profile.Rate * typeRate * labelRate * profile.TimeEffect(local.DayOfWeek, local.Hour) * DemoRandom.LogNormal(random, RateSpread);
        var basis = Math.Max(20, (long)Math.Round(audience));
        var engagements = (long)Math.Round(basis * Math.Min(rate, 0.9));
        var (comments, shares, saves) = (Part(random, engagements, 0.08), Part(random, engagements, 0.07), Part(random, engagements, 0.09));
        var has = profile.Reports;
        saves = has.HasFlag(DemoPostMetrics.Saves) ? saves : 0;
        var clickRate = type == "link" ? 0.03 : 0.008;
        return new SocialPost
        {
            Network = profile.Network,
            Account = profile.Account,
            PostId = id,
            Permalink = string.Format(CultureInfo.InvariantCulture, profile.Permalink, id),
            PublishedAt = at,
            Type = type,
            Text = caption,
            Labels = label,
            Impressions = Reported(has, DemoPostMetrics.Impressions, basis),
            Views = Reported(has, DemoPostMetrics.Views, basis),
            Reach = Reported(has, DemoPostMetrics.Reach, (long)Math.Round(basis * (0.55 + (0.25 * random.NextDouble())))),
            Likes = Reported(has, DemoPostMetrics.Likes, Math.Max(0, engagements - comments - shares - saves)),
            Comments = Reported(has, DemoPostMetrics.Comments, comments),
            Shares = Reported(has, DemoPostMetrics.Shares, shares),
            Saves = Reported(has, DemoPostMetrics.Saves, saves),
            Clicks = Reported(has, DemoPostMetrics.Clicks, (long)Math.Round(basis * clickRate * (0.5 + random.NextDouble()))),
            VideoViews = type is "video" or "reel" ? Reported(has, DemoPostMetrics.VideoViews, (long)Math.Round(basis * (0.3 + (0.3 * random.NextDouble())))) : null,
            Follows = Reported(has, DemoPostMetrics.Follows, (long)Math.Round(basis * 0.002 * random.NextDouble())),
        };
    }

    private static string Caption(Random random, DemoOptions options, DemoPostProfile profile, string language, string? label, string? key)
    {
        var text = DemoPostCaptions.Line(random, language, label);
        if (key is not null)
        {
            var path = TrackedPaths[random.Next(TrackedPaths.Length)];
            text += $" {options.SiteUrl}{path}?utm_source={profile.UtmSource}&utm_medium=social&utm_campaign={Uri.EscapeDataString(profile.Campaign)}&utm_content={key}";
        }

        var tags = DemoPostCaptions.Hashtags(random, language);
        return tags.Count == 0 ? text : text + "\n\n" + string.Join(' ', tags.Select(t => "#" + t));
    }

    /// <summary>A platform-like id: numeric for Facebook, LinkedIn, X and TikTok, a short code for Instagram and YouTube.</summary>
    private static string PostId(DemoPostProfile profile, int seed, int index)
    {
        var number = (((long)seed & 0xFFFF) * 1_000_003L) + (index * 7_919L) + 7_300_000_000_000_000_000L;
        return profile.Prefix is "ig" or "yt"
            ? string.Create(CultureInfo.InvariantCulture, $"D{profile.Prefix}{seed & 0xFFFF:X4}{index:D5}")
            : number.ToString(CultureInfo.InvariantCulture);
    }

    private static long Part(Random random, long engagements, double share) => (long)Math.Round(engagements * share * (0.5 + random.NextDouble()));

    private static long? Reported(DemoPostMetrics reports, DemoPostMetrics metric, long value) => reports.HasFlag(metric) ? value : null;
}
