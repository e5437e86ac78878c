using System.Globalization;

namespace Payoff.Core.Content;

/// <summary>One slot of the best-time grid: a local weekday and hour (or the weekday over all hours).</summary>
/// <param name="Weekday">ISO weekday: 1 Monday … 7 Sunday.</param>
/// <param name="Hour">The local hour 0–23 the posts were published in; null for the whole weekday.</param>
/// <param name="Posts">Posts published in the slot with a value of the metric.</param>
/// <param name="Median">The median of their values (a fraction for the engagement rate, else a count).</param>
/// <param name="Ranked">Whether the slot has enough posts (<see cref="BestTimeReport.MinPosts"/>) to be ranked; a slot with fewer is shown greyed, never ranked.</param>
public sealed record BestTimeSlot(int Weekday, int? Hour, long Posts, double? Median, bool Ranked);

/// <summary>One network's best-time grid.</summary>
/// <param name="Network">The network.</param>
/// <param name="Basis">The basis of its engagement rates (with the engagement-rate metric).</param>
/// <param name="Cells">Every weekday × hour slot with a post, by weekday then hour.</param>
/// <param name="Weekdays">Every weekday with a post, over all its hours.</param>
/// <param name="Best">The top three ranked hour slots by median as printed (0.1 % for a rate, 0.1 for a count; ties: more posts first, then earlier in the week and day).</param>
/// <param name="BestWeekday">The ranked weekday with the highest median, or null when none has enough posts.</param>
/// <param name="Finding">The sentence that says it, agreeing with the numbers above.</param>
public sealed record BestTimeNetwork(string Network, EngagementBasis? Basis, IReadOnlyList<BestTimeSlot> Cells, IReadOnlyList<BestTimeSlot> Weekdays, IReadOnlyList<BestTimeSlot> Best, BestTimeSlot? BestWeekday, string Finding);

/// <summary>
/// The best time to post (<c>payoff report best-time</c>, the Content page's heatmap): per network, a local weekday ×
/// hour grid (workspace time zone, DST-safe) of the median of a metric over the posts published in each slot, and the
/// slots with the most evidence on top. A median, not a mean: one viral post does not make its hour the best.
/// </summary>
/// <param name="Filter">The posts' days and network.</param>
/// <param name="Metric">The metric (engagement rate by default).</param>
/// <param name="MinPosts">The fewest posts a slot needs to be ranked: <see cref="DefaultMinPosts"/> unless asked otherwise.</param>
/// <param name="Networks">One grid per network with posts.</param>
public sealed record BestTimeReport(ContentFilter Filter, ContentMetric Metric, int MinPosts, IReadOnlyList<BestTimeNetwork> Networks)
{
    /// <summary>The fewest posts a slot needs to be ranked unless asked otherwise: 5 (a median of fewer says little).</summary>
    public const int DefaultMinPosts = 5;
}

/// <summary>Builds <see cref="BestTimeReport"/> from <see cref="IContentReader.ReadSlotsAsync"/>.</summary>
public static class BestTimeBuilder
{
    private static readonly string[] Days = ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    /// <summary>The report of <paramref name="filter"/> by <paramref name="metric"/>, slots with fewer than <paramref name="minPosts"/> posts unranked.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minPosts"/> is below 1.</exception>
    public static async Task<BestTimeReport> BuildAsync(IContentReader reader, Payoff.Core.Workspaces.Workspace workspace, ContentFilter filter, ContentMetric metric, int minPosts = BestTimeReport.DefaultMinPosts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentOutOfRangeException.ThrowIfLessThan(minPosts, 1);
        var (_, chosen) = await ContentReportBuilder.BasesAsync(reader, workspace, filter, cancellationToken);
        var slots = await reader.ReadSlotsAsync(workspace, filter, chosen, metric, cancellationToken);
        var networks = slots
            .GroupBy(s => s.Network, StringComparer.OrdinalIgnoreCase)
            .Select(g => Network(g.Key, chosen.TryGetValue(g.Key, out var b) ? b : null, [.. g], metric, minPosts))
            .OrderBy(n => n.Network, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new BestTimeReport(filter, metric, minPosts, networks);
    }

    /// <summary>One network's grid from its slots.</summary>
    public static BestTimeNetwork Network(string network, EngagementBasis? basis, IReadOnlyList<TimeSlot> slots, ContentMetric metric, int minPosts)
    {
        ArgumentNullException.ThrowIfNull(slots);
        BestTimeSlot Of(TimeSlot s) => new(s.Weekday, s.Hour, s.Posts, s.Median, s.Posts >= minPosts && s.Median is not null);
        var cells = slots.Where(s => s.Hour is not null).OrderBy(s => s.Weekday).ThenBy(s => s.Hour).Select(Of).ToList();
        var weekdays = slots.Where(s => s.Hour is null).OrderBy(s => s.Weekday).Select(Of).ToList();
        var best = Ranking(cells, metric).Take(3).ToList();
        var bestWeekday = Ranking(weekdays, metric).FirstOrDefault();
        var posts = weekdays.Sum(w => w.Posts);
        var what = Words(metric, basis);
        string finding;
        if (best.Count > 0)
        {
            var day = bestWeekday is null ? string.Empty : $" Best weekday: {Days[bestWeekday.Weekday]} (median {Value(bestWeekday.Median, metric)} {what}, {Posts(bestWeekday.Posts)}).";
            finding = $"Best times to post on {network}: {string.Join("; ", best.Select(s => $"{Slot(s)} (median {Value(s.Median, metric)} {what}, {Posts(s.Posts)})"))}.{day}";
        }
        else if (bestWeekday is not null)
        {
            finding = $"Too few posts per hour to rank hours on {network} (fewer than {minPosts} in every hour); best weekday: {Days[bestWeekday.Weekday]} (median {Value(bestWeekday.Median, metric)} {what}, {Posts(bestWeekday.Posts)}).";
        }
        else
        {
            finding = $"Too few posts to rank times on {network}: {Posts(posts)}, and no weekday has {minPosts}.";
        }

        return new BestTimeNetwork(network, basis, cells, weekdays, best, bestWeekday, finding);
    }

    /// <summary>"Tuesday 09:00–10:00", or "Tuesday" for a weekday's slot.</summary>
    public static string Slot(BestTimeSlot slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        return slot.Hour is { } h ? string.Create(CultureInfo.InvariantCulture, $"{Days[slot.Weekday]} {h:00}:00–{(h + 1) % 24:00}:00") : Days[slot.Weekday];
    }

    /// <summary>The weekday's English name (1 Monday … 7 Sunday).</summary>
    public static string Weekday(int weekday) => Days[weekday];

    /// <summary>What the metric's medians are of: "engagement per impression", "reach", "clicks", "visits", "leads".</summary>
    public static string Words(ContentMetric metric, EngagementBasis? basis) => metric switch
    {
        ContentMetric.EngagementRate => basis is { } b ? $"engagement {EngagementBases.Per(b)}" : "engagement",
        ContentMetric.Reach => "reach",
        ContentMetric.Clicks => "clicks",
        ContentMetric.Visits => "visits",
        _ => "leads",
    };

    /// <summary>A median as printed: a rate as a percentage with one decimal (4.2 %), a count with up to one decimal.</summary>
    public static string Value(double? median, ContentMetric metric) => median is not { } m ? "—"
        : metric == ContentMetric.EngagementRate ? string.Create(CultureInfo.InvariantCulture, $"{m * 100:0.0} %")
        : string.Create(CultureInfo.InvariantCulture, $"{m:#,0.#}");

    private static string Posts(long n) => n == 1 ? "1 post" : string.Create(CultureInfo.InvariantCulture, $"{n:N0} posts");

    // Ranked by the median as printed (Value: 0.1 % for a rate, 0.1 for a count), so two slots that read alike are tied
    // and the one with more posts — more evidence — comes first.
    private static IEnumerable<BestTimeSlot> Ranking(IEnumerable<BestTimeSlot> slots, ContentMetric metric) =>
        slots.Where(s => s.Ranked).OrderByDescending(s => Shown(s.Median, metric)).ThenByDescending(s => s.Posts).ThenBy(s => s.Weekday).ThenBy(s => s.Hour);

    private static double? Shown(double? median, ContentMetric metric) =>
        median is { } m ? Math.Round(m, metric == ContentMetric.EngagementRate ? 3 : 1, MidpointRounding.AwayFromZero) : null;
}
