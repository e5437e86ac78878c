using System.Text.RegularExpressions;
using Payoff.Core.Social;
using Payoff.Core.Workspaces;
using Payoff.Import.Csv;
using Payoff.Import.Native;
using Payoff.Import.Platforms;
using Payoff.Import.Spreadsheets;

namespace Payoff.Import.LinkedIn;

/// <summary>
/// Reads the three LinkedIn Page analytics workbooks (<c>.xls</c>, legacy binary or not, and <c>.xlsx</c>;
/// row 1 a description, row 2 the header; dates <c>MM/DD/YYYY</c>):
/// the content workbook (sheet <c>Metrics</c>: daily impressions, reach, clicks, reactions, comments,
/// reposts; sheet <c>All posts</c>: one post per row), the followers workbook (sheet
/// <c>New followers</c>) and the visitors workbook (daily page views and unique visitors).
/// </summary>
/// <remarks>
/// Daily figures use the <c>(total)</c> column (organic plus sponsored) when the sheet has it, else the
/// organic one. Old exports' <c>Shares</c> are today's <c>Reposts</c>. Negative daily values occur
/// (LinkedIn's own corrections) and are kept. In the followers workbook <c>Total followers</c> is the
/// day's new followers, not the follower count. The page is named after the file
/// (<c>acme_content_1717171717171.xls</c> → <c>acme</c>); the number in the name is the export's instant (epoch
/// milliseconds), whose UTC day is the demographics' "as of" day.
/// </remarks>
public sealed partial class LinkedInPageReader(WorkspaceCalendar calendar)
{
    private static readonly string[] DateFormats = ["MM/dd/yyyy", "M/d/yyyy", "yyyy-MM-dd"];

    private static readonly (string Metric, string[] Columns)[] ContentMetrics =
    [
        ("impressions", ["impressions_(total)", "impressions_(organic)"]),
        ("reach", ["unique_impressions_(total)", "unique_impressions_(organic)"]),
        ("clicks", ["clicks_(total)", "clicks_(organic)"]),
        ("likes", ["reactions_(total)", "reactions_(organic)"]),
        ("comments", ["comments_(total)", "comments_(organic)"]),
        ("shares", ["reposts_(total)", "shares_(total)", "reposts_(organic)", "shares_(organic)"]),
    ];

    private static readonly (string Metric, string[] Columns)[] FollowerMetrics = [("new_followers", ["total_followers"])];

    private static readonly (string Metric, string[] Columns)[] VisitorMetrics =
    [
        ("page_views", ["total_page_views_(total)", "overview_page_views_(total)"]),
        ("unique_visitors", ["total_unique_visitors_(total)", "overview_unique_visitors_(total)"]),
    ];

    /// <summary>Which LinkedIn workbook a sheet list is, or null.</summary>
    public static string? Describe(IReadOnlyList<(string Sheet, IReadOnlyList<string>? Header)> sheets)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        var headers = sheets.Where(s => s.Header is not null).Select(s => s.Header!).ToList();
        if (headers.Any(IsPostsHeader) || headers.Any(h => IsDaily(h, ContentMetrics)))
        {
            return "LinkedIn Page content workbook (Metrics and All posts sheets)";
        }

        var demographics = sheets.Where(s => s.Header is not null && LinkedInDemographics.IsHeader(s.Header)).Select(s => s.Sheet).ToList();
        var with = demographics.Count == 0 ? string.Empty : $"; demographics: {string.Join(", ", demographics)}";
        if (headers.Any(h => IsDaily(h, FollowerMetrics)))
        {
            return $"LinkedIn Page followers workbook (New followers sheet{with})";
        }

        if (headers.Any(h => IsDaily(h, VisitorMetrics)))
        {
            return $"LinkedIn Page visitors workbook (page views, unique visitors{with})";
        }

        return demographics.Count > 0 ? $"LinkedIn Page demographics workbook ({string.Join(", ", demographics)})" : null;
    }

    /// <summary>The header test used to find a LinkedIn sheet's header row.</summary>
    public static bool IsHeader(IReadOnlyList<string> header) =>
        IsPostsHeader(header) || IsDaily(header, ContentMetrics) || IsDaily(header, FollowerMetrics) || IsDaily(header, VisitorMetrics) || LinkedInDemographics.IsHeader(header);

    /// <summary>Reads the workbook: posts and daily metrics as one set of records.</summary>
    public ParsedFile<SocialRecord> Read(string path, ImportOptions? options = null)
    {
        var account = AccountOf(path);
        var sheets = SheetTable.Sheets(path, IsHeader);
        var tables = new List<IRowSource>();
        foreach (var (sheet, header) in sheets.Where(s => s.Header is not null))
        {
            tables.Add(SheetTable.Open(path, [sheet], IsHeader, "a LinkedIn header"));
        }

        if (tables.Count == 0)
        {
            throw new ImportFileException(1, null, $"{Path.GetFileName(path)} has no LinkedIn Page sheet (Metrics, All posts, New followers or visitor metrics) with its header in the first ten rows; its sheets: {string.Join(", ", sheets.Select(s => s.Sheet))}.");
        }

        var dates = new PlatformDates(options);
        var asOf = ExportDay(path);
        var visitors = Path.GetFileName(path).Contains("_visitors_", StringComparison.OrdinalIgnoreCase);
        return new ParsedFile<SocialRecord>(tally => tables.SelectMany(table => Produce(table, dates, account, asOf, visitors, tally)));
    }

    private IEnumerable<SocialRecord> Produce(IRowSource table, PlatformDates dates, string account, DateOnly? asOf, bool visitors, RowErrors tally)
    {
        if (LinkedInDemographics.IsHeader(table.Header))
        {
            return LinkedInDemographics.Produce(table, account, asOf, visitors, tally);
        }

        if (IsPostsHeader(table.Header))
        {
            return NativeRows.Produce(table, (r, row) => Post(r, row, dates, account), tally);
        }

        var metrics = DailyMetrics.Present(table.Columns, [.. ContentMetrics, .. FollowerMetrics, .. VisitorMetrics]);
        return NativeRows.Produce(table, (r, row) => Days(r, row, dates, account, metrics), tally).SelectMany(x => x);
    }

    private static List<SocialRecord>? Days(CsvRow r, RowErrors row, PlatformDates dates, string account, List<(string Metric, string Column)> metrics)
    {
        if (!dates.TryParseDay(r["date"], DateFormats, out var day))
        {
            row.Add("date", $"'{FieldParser.Clip(r["date"] ?? string.Empty)}' is not a date like {dates.Describe(DateFormats)}.");
            return null;
        }

        return DailyMetrics.Read(r, row, day, "LinkedIn", account, metrics);
    }

    private SocialRecord? Post(CsvRow r, RowErrors row, PlatformDates dates, string account)
    {
        var link = r["post_link"] ?? r["update_link"];
        if (link is null)
        {
            row.Add("post_link", "Post link is empty.");
        }

        var post = new SocialPost
        {
            Network = "LinkedIn",
            Account = account,
            PostId = link is null ? string.Empty : PostId(link),
            Permalink = link,
            PublishedAt = dates.LocalTime(r, row, "created_date", [.. DateFormats, "yyyy-MM-dd HH:mm:ss"], calendar, "05/31/2026"),
            Type = PostType(r["content_type"]),
            Text = r["post_title"] ?? r["update_title"],
            Labels = r["campaign_name"],
            Impressions = PlatformColumns.Count(r, row, "impressions"),
            VideoViews = PlatformColumns.Count(r, row, "views_(excluding_off_site_video_views)"),
            Clicks = PlatformColumns.Count(r, row, "clicks"),
            Likes = PlatformColumns.Count(r, row, r.Columns.ContainsKey("likes") ? "likes" : "reactions"),
            Comments = PlatformColumns.Count(r, row, "comments"),
            Shares = PlatformColumns.Count(r, row, r.Columns.ContainsKey("reposts") ? "reposts" : "shares"),
            Follows = PlatformColumns.Count(r, row, "follows"),
        };
        return row.Count == 0 ? SocialRecord.Of(post) : null;
    }

    /// <summary>The post's id: the number of its <c>urn:li:activity</c> (or share/ugcPost) in the link, else the link.</summary>
    public static string PostId(string link)
    {
        ArgumentNullException.ThrowIfNull(link);
        var match = ActivityPattern().Match(link);
        return match.Success ? match.Groups[1].Value : link.Trim();
    }

    private static string PostType(string? type) => (type ?? string.Empty).Trim().ToLowerInvariant() switch
    {
        "image" or "images" or "photo" => "image",
        "video" => "video",
        "document" or "carousel" => "carousel",
        "article" or "link" or "url" => "link",
        "text" => "text",
        _ => "other",
    };

    private static bool IsPostsHeader(IReadOnlyList<string> header) =>
        (header.Contains("post_link") || header.Contains("update_link")) && header.Contains("impressions");

    private static bool IsDaily(IReadOnlyList<string> header, (string Metric, string[] Columns)[] metrics) =>
        header.Contains("date") && metrics.Any(m => m.Columns.Any(header.Contains));

    private static string AccountOf(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var match = FileNamePattern().Match(name);
        return match.Success ? match.Groups[1].Value : name;
    }

    /// <summary>The UTC day of the export instant in the file name (<c>acme_followers_1717200000000.xls</c> → 2024-06-01), or null.</summary>
    private static DateOnly? ExportDay(string path)
    {
        var match = FileNamePattern().Match(Path.GetFileNameWithoutExtension(path));
        return match.Success && long.TryParse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture, out var ms) && ms is > 0 and < 253_402_300_799_000
            ? DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime)
            : null;
    }

    [GeneratedRegex(@"(?:activity|share|ugcPost)[:\-](\d{8,})", RegexOptions.CultureInvariant)]
    private static partial Regex ActivityPattern();

    [GeneratedRegex(@"^(.+?)_(?:content|followers|visitors)_(\d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex FileNamePattern();
}
