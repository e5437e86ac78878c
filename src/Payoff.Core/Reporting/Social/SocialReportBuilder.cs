using Payoff.Core.Statistics;

namespace Payoff.Core.Reporting.Social;

/// <summary>
/// Turns <see cref="SocialSums"/> into rows. Each metric comes from the daily account files when
/// they have it for the group, else from the posts published in the period — never both added, so a
/// like is not counted twice.
/// </summary>
public static class SocialReportBuilder
{
    private static readonly string[] Bases = ["views", "impressions", "reach"];

    /// <summary>The row of <paramref name="sums"/>.</summary>
    public static SocialRow Build(SocialSums sums)
    {
        ArgumentNullException.ThrowIfNull(sums);
        decimal? Metric(string name) => sums.Daily.TryGetValue(name, out var daily) ? daily : sums.Posts.TryGetValue(name, out var posts) ? posts : null;
        var likes = Metric("likes");
        var comments = Metric("comments");
        var shares = Metric("shares");
        var saves = Metric("saves");
        var anyPart = likes is not null || comments is not null || shares is not null || saves is not null;
        var engagements = Metric("engagements") ?? (anyPart ? (likes ?? 0) + (comments ?? 0) + (shares ?? 0) + (saves ?? 0) : null);
        var growth = sums.FollowersAtEnd is { } end && sums.FollowersBefore is { } before
            ? end - before
            : sums.Daily.TryGetValue("new_followers", out var gained) ? gained - sums.Daily.GetValueOrDefault("unfollows") : (decimal?)null;
        // The rate's basis comes from the data its engagements came from when that data has one: the daily files'
        // engagements over the posts' views (a demo or a workspace with both) would divide two different populations.
        var source = sums.Daily.ContainsKey("engagements") ? sums.Daily : sums.Posts.ContainsKey("engagements") ? sums.Posts : null;
        decimal? Basis(string name) => source is not null && Bases.Any(b => source.GetValueOrDefault(b) > 0) ? source.TryGetValue(name, out var v) ? v : null : Metric(name);
        var basis = Bases.FirstOrDefault(b => Basis(b) is > 0);
        var rate = basis is null || engagements is null ? null : Ratio.Of(engagements.Value, Basis(basis)!.Value);
        return new SocialRow(
            sums.Network,
            sums.Account,
            sums.Month,
            sums.FollowersAtEnd,
            growth,
            Metric("impressions"),
            Metric("views"),
            Metric("reach"),
            engagements,
            likes,
            comments,
            shares,
            saves,
            Metric("clicks"),
            sums.PostCount,
            rate,
            basis);
    }
}
