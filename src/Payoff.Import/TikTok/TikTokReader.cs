using System.Text.RegularExpressions;
using Payoff.Core.Social;
using Payoff.Core.Workspaces;
using Payoff.Import.Csv;
using Payoff.Import.Native;
using Payoff.Import.Platforms;

namespace Payoff.Import.TikTok;

/// <summary>
/// Reads TikTok Studio's exports: <c>Overview.csv</c> (daily video views, profile views, likes,
/// comments, shares), <c>FollowerHistory.csv</c> (followers at each day's end), <c>Viewers.csv</c>
/// (daily total viewers, read as reach) and the per-video content export (<c>Video title, Video link,
/// Post time, Total likes, …, Total views</c>).
/// </summary>
/// <remarks>
/// Dates have no year; <see cref="YearlessDates"/> resolves them in the period of <c>--period</c> or the
/// file name. <c>Followers</c> can be <c>undefined</c> (no value, not zero); negative daily deltas
/// occur. Counts like <c>1.2K</c> are read as 1,200 — TikTok rounds them, so they are approximate.
/// The video id is taken from the link (<c>/video/7301234567890123456?lang=en</c>).
/// </remarks>
public sealed partial class TikTokReader(WorkspaceCalendar calendar)
{
    private static readonly (string Metric, string[] Columns)[] Daily =
    [
        ("video_views", ["video_views"]), ("profile_visits", ["profile_views"]), ("likes", ["likes"]), ("comments", ["comments"]),
        ("shares", ["shares"]), ("followers", ["followers"]), ("reach", ["total_viewers"]),
    ];

    /// <summary>Which TikTok export a header is, or null.</summary>
    public static string? Describe(IReadOnlyCollection<string> header)
    {
        ArgumentNullException.ThrowIfNull(header);
        if (header.Contains("video_link") && header.Contains("post_time") && header.Contains("total_views"))
        {
            return "TikTok Studio content export (Video link, Post time, Total views)";
        }

        if (!header.Contains("date"))
        {
            return null;
        }

        if (header.Contains("video_views") && header.Contains("profile_views"))
        {
            return "TikTok Studio overview (Date, Video Views, Profile Views)";
        }

        if (header.Contains("followers") && header.Contains("difference_in_followers_from_previous_day"))
        {
            return "TikTok Studio follower history (Date, Followers)";
        }

        return header.Contains("total_viewers") && header.Contains("new_viewers") ? "TikTok Studio viewers (Date, Total Viewers)" : null;
    }

    /// <summary>Reads the file; <paramref name="options"/>' period gives the dates' year (else the file name does).</summary>
    public ParsedFile<SocialRecord> Read(string path, ImportOptions? options = null)
    {
        var table = CsvTable.Open(path, options);
        var years = new YearlessDates(options?.Period ?? YearlessDates.FromFileName(path), options?.Culture);
        if (table.Columns.ContainsKey("video_link"))
        {
            return NativeRows.Read(table, (r, row) => Video(r, row, years));
        }

        if (Describe(table.Header) is null)
        {
            throw new ImportFileException(1, null, "Not a TikTok Studio export: expected Date with Video Views, Followers or Total Viewers, or the content export's Video link.");
        }

        var metrics = DailyMetrics.Present(table.Columns, Daily);
        return NativeRows.ReadMany(table, (r, row) =>
        {
            if (!years.TryResolve(r["date"] ?? string.Empty, out var day, out var error))
            {
                row.Add("date", error);
                return null;
            }

            return DailyMetrics.Read(r, row, day, "TikTok", null, metrics);
        });
    }

    private SocialRecord? Video(CsvRow r, RowErrors row, YearlessDates years)
    {
        var link = r["video_link"];
        var match = link is null ? null : VideoPattern().Match(link);
        if (match is not { Success: true })
        {
            row.Add("video_link", link is null ? "Video link is empty." : $"'{FieldParser.Clip(link)}' has no /video/<id>.");
        }

        DateTimeOffset? published = null;
        if (r["post_time"] is { } time)
        {
            if (years.TryResolve(time, out var day, out var error))
            {
                published = calendar.StartOfDay(day);
            }
            else
            {
                row.Add("post_time", error);
            }
        }

        var post = new SocialPost
        {
            Network = "TikTok",
            Account = match is { Success: true } ? match.Groups[1].Value : null,
            PostId = match is { Success: true } ? match.Groups[2].Value : string.Empty,
            Permalink = link,
            PublishedAt = published,
            TimeUnknown = true,
            Type = "video",
            Text = r["video_title"],
            Views = PlatformColumns.Count(r, row, "total_views"),
            Likes = PlatformColumns.Count(r, row, "total_likes"),
            Comments = PlatformColumns.Count(r, row, "total_comments"),
            Shares = PlatformColumns.Count(r, row, "total_shares"),
        };
        return row.Count == 0 ? SocialRecord.Of(post) : null;
    }

    [GeneratedRegex(@"tiktok\.com/@?([^/?#]*)/?video/(\d+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex VideoPattern();
}
