using System.Globalization;
using System.Text.RegularExpressions;
using Payoff.Core.Social;
using Payoff.Core.Workspaces;
using Payoff.Import.Csv;
using Payoff.Import.Native;
using Payoff.Import.Platforms;

namespace Payoff.Import.X;

/// <summary>
/// Reads X (Twitter) analytics exports: the legacy tweet activity CSV (<c>Tweet id</c>, <c>time</c>
/// like <c>2017-04-04 00:00 +0000</c>, counts as <c>"29.0"</c>, <c>favorites</c> before 2016), the
/// current content export (<c>Post id</c>, <c>Date</c> like <c>Tue, Jul 14, 2026</c>) and the daily
/// account overview (<c>Date, Impressions, Likes, …, New follows, Unfollows</c>).
/// </summary>
/// <remarks>
/// Posts: replies are comments, retweets/reposts are shares, bookmarks are saves, URL clicks are
/// clicks. The current export's own <c>Shares</c> (sent by DM or link) has no place in the canonical
/// metrics and is not read. The account is the handle in the post links. A content export's date has
/// no time of day: the post is placed at the start of that day in the workspace's time zone.
/// </remarks>
public sealed partial class XPostsReader(WorkspaceCalendar calendar)
{
    private static readonly string[] DayFormats = ["ddd, MMM d, yyyy", "MMM d, yyyy", "yyyy-MM-dd", "MM/dd/yyyy", "M/d/yyyy"];

    private static readonly (string Metric, string[] Columns)[] Overview =
    [
        ("impressions", ["impressions"]), ("likes", ["likes"]), ("engagements", ["engagements"]), ("saves", ["bookmarks"]),
        ("new_followers", ["new_follows"]), ("unfollows", ["unfollows"]), ("comments", ["replies"]), ("shares", ["reposts"]),
        ("profile_visits", ["profile_visits"]), ("video_views", ["video_views"]),
    ];

    /// <summary>Whether a header is the legacy tweet activity export.</summary>
    public static bool IsLegacy(IReadOnlyCollection<string> header) =>
        header.Contains("tweet_id") && header.Contains("time") && header.Contains("impressions");

    /// <summary>Whether a header is the current content export.</summary>
    public static bool IsContent(IReadOnlyCollection<string> header) =>
        header.Contains("post_id") && header.Contains("date") && header.Contains("post_link") && header.Contains("impressions");

    /// <summary>Whether a header is the daily account overview.</summary>
    public static bool IsOverview(IReadOnlyCollection<string> header) =>
        header.Contains("date") && header.Contains("impressions") && header.Contains("new_follows") && header.Contains("profile_visits") && !header.Contains("post_id");

    /// <summary>Reads the file (any of the three exports).</summary>
    public ParsedFile<SocialRecord> Read(string path, ImportOptions? options = null)
    {
        var table = CsvTable.Open(path, options);
        var header = table.Header.ToHashSet(StringComparer.Ordinal);
        var dates = new PlatformDates(options);
        if (IsLegacy(header))
        {
            return NativeRows.Read(table, (r, row) => Legacy(r, row, dates));
        }

        if (IsContent(header))
        {
            return NativeRows.Read(table, (r, row) => Content(r, row, dates));
        }

        if (!IsOverview(header))
        {
            throw new ImportFileException(1, null, "Not an X export: expected the tweet activity (Tweet id, time), content (Post id, Date, Post Link) or account overview (Date, Impressions, New follows) columns.");
        }

        var metrics = DailyMetrics.Present(table.Columns, Overview);
        return NativeRows.ReadMany(table, (r, row) =>
        {
            if (!dates.TryParseDay(r["date"], DayFormats, out var day))
            {
                row.Add("date", $"'{FieldParser.Clip(r["date"] ?? string.Empty)}' is not a date like Tue, Jul 14, 2026.");
                return null;
            }

            return DailyMetrics.Read(r, row, day, "X", null, metrics);
        });
    }

    private static SocialRecord? Legacy(CsvRow r, RowErrors row, PlatformDates dates)
    {
        var id = Id(r, row, "tweet_id");
        DateTimeOffset? published = null;
        if (r["time"] is { } time)
        {
            // "2017-04-04 00:00 +0000": the offset without a colon.
            var iso = OffsetPattern().Replace(time, " $1:$2");
            if (DateTimeOffset.TryParseExact(iso, ["yyyy-MM-dd HH:mm zzz", "yyyy-MM-dd HH:mm:ss zzz"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
            {
                published = at;
            }
            else if (dates.TryParse(time, ["yyyy-MM-dd HH:mm"], out var local))
            {
                published = new DateTimeOffset(local, TimeSpan.Zero);
            }
            else
            {
                row.Add("time", $"'{FieldParser.Clip(time)}' is not a time like 2017-04-04 00:00 +0000.");
            }
        }

        var post = Post(id, r["tweet_permalink"], published, r["tweet_text"]) with
        {
            Impressions = PlatformColumns.Count(r, row, "impressions"),
            Likes = PlatformColumns.Count(r, row, r.Columns.ContainsKey("likes") ? "likes" : "favorites"),
            Comments = PlatformColumns.Count(r, row, "replies"),
            Shares = PlatformColumns.Count(r, row, "retweets"),
            Clicks = PlatformColumns.Count(r, row, "url_clicks"),
            HashtagClicks = r.Columns.ContainsKey("hashtag_clicks") ? PlatformColumns.Count(r, row, "hashtag_clicks") : null,
            Follows = PlatformColumns.Count(r, row, "follows"),
        };
        return row.Count == 0 ? SocialRecord.Of(post) : null;
    }

    private SocialRecord? Content(CsvRow r, RowErrors row, PlatformDates dates)
    {
        var id = Id(r, row, "post_id");
        DateTimeOffset? published = null;
        if (dates.TryParseDay(r["date"], DayFormats, out var day))
        {
            published = calendar.StartOfDay(day);
        }
        else
        {
            row.Add("date", $"'{FieldParser.Clip(r["date"] ?? string.Empty)}' is not a date like Tue, Jul 14, 2026.");
        }

        var post = Post(id, r["post_link"], published, r["post_text"]) with
        {
            TimeUnknown = true,
            Impressions = PlatformColumns.Count(r, row, "impressions"),
            Likes = PlatformColumns.Count(r, row, "likes"),
            Comments = PlatformColumns.Count(r, row, "replies"),
            Shares = PlatformColumns.Count(r, row, "reposts"),
            Saves = PlatformColumns.Count(r, row, "bookmarks"),
            Clicks = PlatformColumns.Count(r, row, "url_clicks"),
            HashtagClicks = r.Columns.ContainsKey("hashtag_clicks") ? PlatformColumns.Count(r, row, "hashtag_clicks") : null,
            Follows = PlatformColumns.Count(r, row, "new_follows"),
        };
        return row.Count == 0 ? SocialRecord.Of(post) : null;
    }

    /// <summary>A post of the account in <paramref name="link"/>'s handle, its metrics still to be set.</summary>
    private static SocialPost Post(string id, string? link, DateTimeOffset? published, string? text) => new()
    {
        Network = "X",
        Account = Handle(link),
        PostId = id,
        Permalink = link,
        PublishedAt = published,
        Type = "text",
        Text = text,
    };

    /// <summary>The id column as a whole number's text: <c>"8.49E+17"</c>-style floats are refused (precision lost), <c>"123.0"</c> is 123.</summary>
    private static string Id(CsvRow r, RowErrors row, string column)
    {
        var text = r[column];
        if (text is null)
        {
            row.Add(column, "the post id is empty.");
            return string.Empty;
        }

        var id = text.EndsWith(".0", StringComparison.Ordinal) ? text[..^2] : text;
        if (!id.All(char.IsAsciiDigit))
        {
            row.Add(column, $"'{FieldParser.Clip(text)}' is not a post id (a spreadsheet may have turned it into a rounded number).");
        }

        return id;
    }

    private static string? Handle(string? link)
    {
        var match = link is null ? null : HandlePattern().Match(link);
        return match is { Success: true } ? match.Groups[1].Value : null;
    }

    [GeneratedRegex(@" ([+-]\d\d)(\d\d)$", RegexOptions.CultureInvariant)]
    private static partial Regex OffsetPattern();

    [GeneratedRegex(@"(?:twitter|x)\.com/([A-Za-z0-9_]{1,15})/status", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HandlePattern();
}
