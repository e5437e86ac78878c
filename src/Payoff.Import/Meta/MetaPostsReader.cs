using Payoff.Core.Social;
using Payoff.Core.Workspaces;
using Payoff.Import.Csv;
using Payoff.Import.Native;
using Payoff.Import.Platforms;

namespace Payoff.Import.Meta;

/// <summary>
/// Reads the Meta Business Suite post exports of Facebook and Instagram (see the platform-exports
/// reference): one post per row with lifetime metrics; the network from the columns (<c>Page ID</c>
/// for Facebook, <c>Account username</c> for Instagram).
/// </summary>
/// <remarks>
/// <c>Publish time</c> is <c>MM/DD/YYYY HH:mm</c> in the page's time zone, read in the workspace's.
/// The <c>Date</c> column says <c>Lifetime</c> and is ignored. Older exports' <c>Impressions</c> are
/// kept as impressions, newer <c>Views</c> as views (they count differently). Columns the reader does
/// not use are ignored; a metric column the file lacks stays null.
/// </remarks>
public sealed class MetaPostsReader(WorkspaceCalendar calendar)
{
    /// <summary>The columns whose presence identifies the file.</summary>
    public static readonly IReadOnlyList<string> Required = ["post_id", "publish_time", "permalink", "post_type"];

    private static readonly string[] TimeFormats = ["MM/dd/yyyy HH:mm", "M/d/yyyy H:mm", "M/d/yyyy HH:mm", "yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm:ss", "M/d/yyyy"];

    /// <summary>Whether a header (normalised) is a Meta post export.</summary>
    public static bool Matches(IReadOnlyCollection<string> header) => Required.All(header.Contains) && (header.Contains("page_id") || header.Contains("account_username") || header.Contains("account_id"));

    /// <summary>Reads and validates the file, lazily (see <see cref="ParsedFile{T}"/>); <paramref name="options"/> name its encoding and date format when they cannot be detected.</summary>
    public ParsedFile<SocialPost> Read(string path, ImportOptions? options = null)
    {
        var table = CsvTable.Open(path, options);
        table.RequireColumns(Required, table.Header);
        var instagram = table.Columns.ContainsKey("account_username") || table.Columns.ContainsKey("account_id");
        var dates = new PlatformDates(options);
        return NativeRows.Read(table, (r, row) => ReadRow(r, row, instagram, dates));
    }

    private SocialPost? ReadRow(CsvRow r, RowErrors row, bool instagram, PlatformDates dates)
    {
        var id = r["post_id"];
        if (id is null)
        {
            row.Add("post_id", "Post ID is empty.");
        }

        var post = new SocialPost
        {
            Network = instagram ? "Instagram" : "Facebook",
            Account = instagram ? r["account_username"] ?? r["account_name"] : r["page_name"],
            PostId = id ?? string.Empty,
            Permalink = r["permalink"],
            PublishedAt = dates.LocalTime(r, row, "publish_time", TimeFormats, calendar, "05/31/2026 18:30"),
            Type = PostType(r["post_type"]),
            Text = r["title"] ?? r["description"],
            Labels = r["custom_labels"],
            Impressions = PlatformColumns.Count(r, row, "impressions"),
            Views = PlatformColumns.Count(r, row, "views"),
            Reach = PlatformColumns.Count(r, row, "reach"),
            Likes = PlatformColumns.Count(r, row, instagram ? "likes" : "reactions"),
            Comments = PlatformColumns.Count(r, row, "comments"),
            Shares = PlatformColumns.Count(r, row, "shares"),
            Saves = PlatformColumns.Count(r, row, "saves"),
            Clicks = PlatformColumns.Count(r, row, "total_clicks"),
            Follows = PlatformColumns.Count(r, row, "follows"),
        };
        return row.Count == 0 ? post : null;
    }

    /// <summary>The canonical post type of Meta's <c>Post type</c>.</summary>
    public static string PostType(string? type) => (type ?? string.Empty).Trim().ToLowerInvariant() switch
    {
        "ig image" or "photo" or "photos" or "image" => "image",
        "ig carousel" or "carousel" or "album" => "carousel",
        "ig reel" or "reel" or "reels" => "reel",
        "video" or "videos" or "ig video" => "video",
        "link" or "links" => "link",
        "text" or "status" => "text",
        "ig story" or "story" or "stories" => "story",
        _ => "other",
    };
}
