using System.Globalization;
using Payoff.Application.Requests;
using Payoff.Core.Content;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Content;

/// <summary>What the content report is asked for, on every surface (CLI, API, the Content page).</summary>
/// <param name="Range">The local days the posts were published on (<see cref="ReportPeriod"/>: by default the 30 days ending today).</param>
/// <param name="Network">Only this network as given (resolved against the workspace's names by the handler), or null for all.</param>
/// <param name="Grouping">The rows: post (default), type, label, hashtag, month or utm-content (the tracked link's content key).</param>
/// <param name="Metric">What posts and groups are ranked by: engagement-rate (default), reach, clicks, visits or leads.</param>
/// <param name="Top">How many top and bottom posts per network: 1 to <see cref="MaxTop"/> (default <see cref="DefaultTop"/>).</param>
public sealed record ContentRequest(DateRange Range, string? Network, ContentGrouping Grouping, ContentMetric Metric, int Top)
{
    /// <summary>The top and bottom posts shown per network unless asked otherwise: 5.</summary>
    public const int DefaultTop = 5;

    /// <summary>The most top (and bottom) posts per network: 100.</summary>
    public const int MaxTop = 100;

    /// <summary>The network field as the host spells it in messages (<c>--network</c>, <c>network</c>).</summary>
    public string NetworkName { get; init; } = "network";

    /// <summary>The metric's words, as every surface accepts them.</summary>
    internal static readonly (string Word, ContentMetric Value)[] Metrics =
        [("engagement-rate", ContentMetric.EngagementRate), ("reach", ContentMetric.Reach), ("clicks", ContentMetric.Clicks), ("visits", ContentMetric.Visits), ("leads", ContentMetric.Leads)];

    /// <summary>Reads <c>from</c>, <c>to</c>, <c>network</c>, <c>by</c>, <c>metric</c>, <c>top</c> and <c>label</c>.</summary>
    /// <exception cref="RequestException">A day is wrong, <c>by</c> or <c>metric</c> is not one of its words, <c>top</c> is not a whole number from 1 to 100, or a <c>label</c> rule is not <c>LABEL=WORD|WORD…</c> (<see cref="LabelRule.Parse"/>).</exception>
    public static ContentRequest Parse(RequestValues values, Workspace workspace, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(values);
        var range = ReportPeriod.Parse(values, workspace, time);
        var grouping = FieldChoice.Parse(values, "by", ContentGrouping.Post, ("post", ContentGrouping.Post), ("type", ContentGrouping.Type), ("label", ContentGrouping.Label), ("hashtag", ContentGrouping.Hashtag), ("month", ContentGrouping.Month), ("utm-content", ContentGrouping.ContentKey));
        var metric = FieldChoice.Parse(values, "metric", ContentMetric.EngagementRate, Metrics);
        var top = RequestNumber.Whole(values, "top", DefaultTop);
        if (top is < 1 or > MaxTop)
        {
            throw new RequestException("top", string.Create(CultureInfo.InvariantCulture, $"{values.Name("top")} must be between 1 and {MaxTop} (got {top})."));
        }

        IReadOnlyList<LabelRule> labels;
        try
        {
            labels = LabelRule.Parse(values.Get("label"), values.Name("label"));
        }
        catch (FormatException ex)
        {
            throw new RequestException("label", ex.Message);
        }

        return new ContentRequest(range, values.Get("network"), grouping, metric, top) { NetworkName = values.Name("network"), Labels = labels };
    }

    /// <summary>
    /// Labels given by caption words (<c>label=howto=how to|tutorial,promo=sale</c>, <see cref="LabelRule"/>), added to the
    /// posts' exported labels when they are grouped by label (<c>by=label</c>); the other groupings do not use them.
    /// </summary>
    public IReadOnlyList<LabelRule> Labels { get; init; } = [];
}

/// <summary>What the best-time report is asked for, on every surface (CLI, API, the Content page's heatmap).</summary>
/// <param name="Range">The local days the posts were published on (by default the 30 days ending today; a year says more).</param>
/// <param name="Network">Only this network as given, or null for one grid per network.</param>
/// <param name="Metric">The metric whose median each slot shows: engagement-rate (default), reach, clicks, visits or leads.</param>
/// <param name="MinPosts">The fewest posts a slot needs to be ranked: 1 to 1,000 (default <see cref="BestTimeReport.DefaultMinPosts"/>).</param>
public sealed record BestTimeRequest(DateRange Range, string? Network, ContentMetric Metric, int MinPosts)
{
    /// <summary>The network field as the host spells it in messages.</summary>
    public string NetworkName { get; init; } = "network";

    /// <summary>Reads <c>from</c>, <c>to</c>, <c>network</c>, <c>metric</c> and <c>min-posts</c>.</summary>
    /// <exception cref="RequestException">A day is wrong, <c>metric</c> is not one of its words, or <c>min-posts</c> is not a whole number from 1 to 1,000.</exception>
    public static BestTimeRequest Parse(RequestValues values, Workspace workspace, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(values);
        var range = ReportPeriod.Parse(values, workspace, time);
        var metric = FieldChoice.Parse(values, "metric", ContentMetric.EngagementRate, ContentRequest.Metrics);
        var min = RequestNumber.Whole(values, "min-posts", BestTimeReport.DefaultMinPosts);
        if (min is < 1 or > 1000)
        {
            throw new RequestException("min-posts", string.Create(CultureInfo.InvariantCulture, $"{values.Name("min-posts")} must be between 1 and 1000 (got {min})."));
        }

        return new BestTimeRequest(range, values.Get("network"), metric, min) { NetworkName = values.Name("network") };
    }
}
