using Payoff.Core.Social;
using Payoff.Core.Workspaces;
using Payoff.Import.Csv;
using Payoff.Import.Native;
using Payoff.Import.Platforms;

namespace Payoff.Import.Meta;

/// <summary>
/// Reads the legacy Facebook Page Insights post export: a row of column names (some repeated), a row
/// of long descriptions ("Lifetime: The total number of people your Page post was served to. (Unique
/// Users)"), then one post per row: <c>Post ID, Permalink, Post Message, Type, Posted, Lifetime Post
/// Total Reach, …, Lifetime Post Total Impressions, Lifetime Engaged Users</c>.
/// </summary>
/// <remarks>
/// The description row is skipped; a repeated column name reads its first column. <c>Posted</c>
/// (<c>10/1/2015 21:00</c>) is in the page's time zone, read in the workspace's.
/// </remarks>
public sealed class FacebookInsightsPostsReader(WorkspaceCalendar calendar)
{
    private static readonly string[] TimeFormats = ["M/d/yyyy H:mm", "MM/dd/yyyy HH:mm", "M/d/yyyy h:mm tt", "yyyy-MM-dd HH:mm:ss", "M/d/yyyy"];

    /// <summary>Whether a header is the legacy export.</summary>
    public static bool Matches(IReadOnlyCollection<string> header) =>
        header.Contains("post_id") && header.Contains("posted") && header.Contains("lifetime_post_total_reach");

    /// <summary>Reads the file.</summary>
    public ParsedFile<SocialRecord> Read(string path, ImportOptions? options = null)
    {
        var table = CsvTable.Open(path, options, allowDuplicateNames: true);
        if (!Matches(table.Header.ToHashSet(StringComparer.Ordinal)))
        {
            throw new ImportFileException(1, null, "Not a Facebook Page Insights post export: expected Post ID, Posted and Lifetime Post Total Reach.");
        }

        var dates = new PlatformDates(options);
        return NativeRows.Read(table, (r, row) =>
        {
            var id = r["post_id"];
            if (id is null || r.Fields.Any(f => f.StartsWith("Lifetime:", StringComparison.OrdinalIgnoreCase)))
            {
                // The second header row of descriptions.
                return null;
            }

            var post = new SocialPost
            {
                Network = "Facebook",
                PostId = id,
                Permalink = r["permalink"],
                PublishedAt = dates.LocalTime(r, row, "posted", TimeFormats, calendar, "10/1/2015 21:00"),
                Type = MetaPostsReader.PostType(r["type"]),
                Text = r["post_message"],
                Reach = PlatformColumns.Count(r, row, "lifetime_post_total_reach"),
                Impressions = PlatformColumns.Count(r, row, "lifetime_post_total_impressions"),
            };
            return row.Count == 0 ? SocialRecord.Of(post) : null;
        });
    }
}
