using System.Globalization;
using Payoff.Application.Tables;
using Payoff.Core.Content;

namespace Payoff.Application.Content;

/// <summary>The content and best-time reports as tables: the CLI's table and CSV, the Content page and its exports.</summary>
public static class ContentTable
{
    /// <summary>The longest caption the terminal shows, in characters, on one line (<see cref="TableColumn.MaxLength"/>; pages, CSV, XLSX and JSON keep it whole).</summary>
    public const int CaptionLength = 80;

    /// <summary>
    /// The report's one table (named <c>content</c>): with posts, per network its top then bottom posts (a post in both
    /// listed once, as top), each with its rank, local publication time, type, caption, impressions or views, reach,
    /// engagements, engagement rate and basis, clicks, and its tracked link's visits, leads, customers and revenue; with groups,
    /// per network each group's posts, rated posts, engagement rate (a ratio of sums) and median post rate with the basis,
    /// reach, clicks, tracked posts and visits and leads per tracked post. Notes say each network's basis and how many
    /// posts it leaves out, how engagements are counted and how posts are joined to visits.
    /// </summary>
    public static ReportTable Build(ContentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var report = result.Report;
        List<string> notes = [.. Bases(report.Bases)];
        notes.Add("Engagements = likes + comments + shares + saves (the parts the platform reports). A group's engagement rate is Σ engagements ÷ Σ basis over its posts with the basis; the median post rate is its typical post.");
        notes.Add($"Visits, leads, customers and revenue come from the post's own tracked link: a utm_content in a URL of its caption, or a Payoff short link (/l/…) there; a key two posts share is credited to neither. Revenue is what was recorded in {report.Currency}.");
        if (report.Grouping == ContentGrouping.Post)
        {
            var seen = new HashSet<(string, string)>();
            var rows = new List<TableRow>();
            foreach (var network in report.Top.Select(p => p.Network).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                var rank = 0;
                foreach (var post in report.Top.Where(p => Same(p.Network, network)))
                {
                    seen.Add((post.Network, post.PostId));
                    rows.Add(PostRow(post, string.Create(CultureInfo.InvariantCulture, $"top {++rank}")));
                }

                var bottom = report.Bottom.Where(p => Same(p.Network, network)).ToList();
                var total = report.Ranked.TryGetValue(network, out var n) ? n : bottom.Count;
                for (var i = 0; i < bottom.Count; i++)
                {
                    if (!seen.Contains((bottom[i].Network, bottom[i].PostId)))
                    {
                        rows.Add(PostRow(bottom[i], string.Create(CultureInfo.InvariantCulture, $"bottom {bottom.Count - i}")));
                    }
                }

                notes.Add(string.Create(CultureInfo.InvariantCulture, $"{network}: {total:N0} posts ranked by {Metric(report.Metric)}."));
            }

            return new ReportTable(
                "content",
                "Posts",
                [new("Network"), new("Rank"), new("Published"), new("Type"), new("Post") { MaxLength = CaptionLength }, new("Impressions", CellKind.Count) { DropRank = 4 }, new("Views", CellKind.Count) { DropRank = 5 },
                    new("Reach", CellKind.Count) { DropRank = 3 }, new("Engagements", CellKind.Count) { DropRank = 6 }, new("Engagement rate", CellKind.Percent), new("Rate basis") { DropRank = 7 },
                    new("Clicks", CellKind.Count) { DropRank = 2 }, new("Visits", CellKind.Count) { DropRank = 1 }, new("Leads", CellKind.Count) { DropRank = 1 }, new("Customers", CellKind.Count) { DropRank = 1 }, TableColumn.Money($"Revenue ({report.Currency})", report.Currency) with { DropRank = 1 }, new("Permalink") { DropRank = 8 }],
                rows) { Notes = notes };
        }

        notes.AddRange(report.Comparisons.Select(c => c.Finding));
        var hashtagClicks = report.Grouping == ContentGrouping.Hashtag && report.Groups.Any(g => g.Facts.HashtagClicks is not null);
        if (hashtagClicks)
        {
            notes.Add("Hashtag clicks: X's count of clicks on any hashtag of each post (not on this tag alone), summed over the tag's posts that report it.");
        }

        var header = report.Grouping switch { ContentGrouping.Type => "Type", ContentGrouping.Label => "Label", ContentGrouping.Hashtag => "Hashtag", ContentGrouping.ContentKey => "utm_content", _ => "Month" };
        return new ReportTable(
            "content",
            $"Posts by {(report.Grouping == ContentGrouping.ContentKey ? "tracked link" : header.ToLowerInvariant())}",
            [new("Network"), new(header), new("Posts", CellKind.Count), new("Rated posts", CellKind.Count) { DropRank = 4 }, new("Engagement rate", CellKind.Percent), new("Median post rate", CellKind.Percent) { DropRank = 3 },
                new("Rate basis") { DropRank = 5 }, new("Reach", CellKind.Count) { DropRank = 2 }, new("Clicks", CellKind.Count) { DropRank = 2 }, new("Tracked posts", CellKind.Count) { DropRank = 1 },
                new("Visits per post", CellKind.Number) { DropRank = 1 }, new("Leads per post", CellKind.Number) { DropRank = 1 },
                .. (hashtagClicks ? [new TableColumn("Hashtag clicks", CellKind.Count) { DropRank = 2 }] : Array.Empty<TableColumn>())],
            [.. report.Groups.Select(g => new TableRow([g.Facts.Network, report.Grouping == ContentGrouping.Hashtag ? "#" + g.Facts.Key : g.Facts.Key, g.Facts.Posts, g.Facts.RatedPosts, g.EngagementRate,
                g.Facts.MedianRate is { } m ? (decimal)m : null, g.EngagementRate is null ? null : Basis(g.Basis), g.Facts.Reach, g.Facts.Clicks, g.Facts.TrackedPosts,
                g.VisitsPerPost is { } v ? Math.Round(v, 2) : null, g.LeadsPerPost is { } l ? Math.Round(l, 2) : null, .. (hashtagClicks ? [g.Facts.HashtagClicks] : Array.Empty<object?>())]))]) { Notes = notes };
    }

    /// <summary>
    /// The best-time report as tables: per network one grid (named <c>best-time-NETWORK</c> in order, rows the weekdays,
    /// columns the hours with a post, each cell the median and its posts, "·" marking a slot too sparse to rank) — and the
    /// sentences of each network as notes.
    /// </summary>
    public static ReportTable BestTime(BestTimeResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var report = result.Report;
        var rows = new List<TableRow>();
        foreach (var n in report.Networks)
        {
            foreach (var s in n.Cells)
            {
                rows.Add(new TableRow([n.Network, BestTimeBuilder.Weekday(s.Weekday), string.Create(CultureInfo.InvariantCulture, $"{s.Hour:00}:00"), s.Posts, Median(s, report.Metric), s.Ranked ? (n.Best.Contains(s) ? $"best {n.Best.ToList().IndexOf(s) + 1}" : "ranked") : "too few posts"]));
            }
        }

        return new ReportTable(
            "best-time",
            "Best time to post",
            [new("Network"), new("Weekday"), new("Hour"), new("Posts", CellKind.Count), new(report.Metric == ContentMetric.EngagementRate ? "Median engagement rate" : $"Median {Metric(report.Metric)}", report.Metric == ContentMetric.EngagementRate ? CellKind.Percent : CellKind.Number), new("Slot")],
            rows)
        {
            Notes = [.. report.Networks.Select(n => n.Finding), string.Create(CultureInfo.InvariantCulture, $"Local times in the workspace's time zone; a slot needs {report.MinPosts} posts to be ranked. Medians, not means: one viral post does not make its hour the best.")],
        };
    }

    /// <summary>"LinkedIn: engagement rate per impression (38 of 40 posts have impressions; the other 2 have no rate)", one per network.</summary>
    public static IEnumerable<string> Bases(IReadOnlyList<NetworkBasis> bases)
    {
        ArgumentNullException.ThrowIfNull(bases);
        foreach (var b in bases)
        {
            yield return b.Basis is not { } basis
                ? string.Create(CultureInfo.InvariantCulture, $"{b.Network}: none of its {b.Posts:N0} posts reports impressions, views or reach, so none has an engagement rate.")
                : b.WithBasis == b.Posts
                    ? string.Create(CultureInfo.InvariantCulture, $"{b.Network}: engagement rate {EngagementBases.Per(basis)} (all {b.Posts:N0} posts report {EngagementBases.Name(basis)}).")
                    : string.Create(CultureInfo.InvariantCulture, $"{b.Network}: engagement rate {EngagementBases.Per(basis)} ({b.WithBasis:N0} of {b.Posts:N0} posts report {EngagementBases.Name(basis)}; the other {b.Posts - b.WithBasis:N0} have no rate).");
        }
    }

    private static TableRow PostRow(PostFacts p, string rank) =>
        new([p.Network, rank, p.Published?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), p.Type, Caption(p.Text), p.Impressions, p.Views, p.Reach, p.Engagements, p.EngagementRate,
            p.EngagementRate is null ? null : BasisOf(p), p.Clicks, p.Sessions, p.Contacts, p.Customers, p.Revenue, p.Permalink]);

    private static string? BasisOf(PostFacts p) =>
        p.Basis is not { } b ? null : b == p.Impressions ? "impressions" : b == p.Views ? "views" : "reach";

    private static string? Basis(EngagementBasis? basis) => basis is { } b ? EngagementBases.Name(b) : null;

    private static object? Median(BestTimeSlot s, ContentMetric metric) =>
        s.Median is not { } m ? null : metric == ContentMetric.EngagementRate ? (decimal)m : Math.Round((decimal)m, 1);

    private static string? Caption(string? text)
    {
        if (text is null)
        {
            return null;
        }

        return string.Join(' ', text.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    /// <summary>The metric's words in sentences: "engagement rate", "reach", "clicks", "visits", "leads".</summary>
    public static string Metric(ContentMetric metric) => metric switch
    {
        ContentMetric.EngagementRate => "engagement rate",
        ContentMetric.Reach => "reach",
        ContentMetric.Clicks => "clicks",
        ContentMetric.Visits => "visits",
        _ => "leads",
    };
}
