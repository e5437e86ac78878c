using Payoff.Core.Importing;
using Payoff.Import.Csv;
using Payoff.Import.Meta;

namespace Payoff.Import.Detection;

/// <summary>
/// Tells a file's kind from its contents — the required subset of its header columns, after the
/// encoding, separator and <c>sep=</c> line are handled — never from its name. Rules are tried from
/// the most specific to the least; extra columns never stop a match.
/// </summary>
public static class FileKindDetector
{
    /// <summary>How to import a file whose kind is not recognised, as the CLI says it: the one spelling a page finds and says in its own words.</summary>
    public const string ForceKindHint = "Force a kind with 'payoff import <kind> FILE'.";

    private static readonly (ImportKind Kind, string Name, string[] Columns)[] Native =
    [
        (ImportKind.Events, "Payoff events", ["event_id", "timestamp", "visitor_id", "type"]),
        (ImportKind.Costs, "Payoff ad costs", ["date", "network", "campaign", "amount", "currency"]),
        (ImportKind.Metrics, "Payoff account metrics", ["date", "network", "metric", "value"]),
        (ImportKind.Contacts, "Payoff contacts", ["contact_id", "created_at", "lead_at", "customer_at"]),
        (ImportKind.Conversations, "Payoff conversations", ["message_id", "thread_id", "network", "direction", "created_at", "text", "kind"]),
        (ImportKind.Journeys, "conversion paths", ["path", "conversions"]),
        (ImportKind.Journeys, "ChannelAttribution conversion paths", ["path", "total_conversions"]),
    ];

    /// <summary>Detects the kind of <paramref name="path"/>, read in <paramref name="encoding"/> when given.</summary>
    public static FileDetection Detect(string path, System.Text.Encoding? encoding = null)
    {
        if (File.Exists(path) && Spreadsheets.SheetTable.IsWorkbook(path, out var zip))
        {
            return DetectWorkbook(path, zip);
        }

        if (Conversations.DataDownloadReader.Detect(path) is { } download)
        {
            return new FileDetection(download, download == ImportKind.XArchive ? "X archive tweets.js (window.YTD.tweets)" : "Meta download comments JSON (string_map_data or comments_v2)");
        }

        CsvTable table;
        try
        {
            table = CsvTable.Open(path, encoding, allowDuplicateNames: true);
        }
        catch (ImportFileException ex)
        {
            return new FileDetection(null, ex.Message);
        }

        var header = table.Header.ToHashSet(StringComparer.Ordinal);
        if (FacebookInsightsPostsReader.Matches(header))
        {
            return new FileDetection(ImportKind.FacebookInsights, "legacy Facebook Page Insights post export (Post ID, Posted, Lifetime Post Total Reach)");
        }

        if (X.XPostsReader.IsLegacy(header) || X.XPostsReader.IsContent(header) || X.XPostsReader.IsOverview(header))
        {
            var which = X.XPostsReader.IsLegacy(header) ? "tweet activity (Tweet id, time)" : X.XPostsReader.IsContent(header) ? "content export (Post id, Date, Post Link)" : "account overview (Date, Impressions, New follows)";
            return new FileDetection(ImportKind.XAnalytics, $"X analytics {which}");
        }

        if (TikTok.TikTokReader.Describe(header) is { } tiktok)
        {
            return new FileDetection(ImportKind.TikTok, tiktok);
        }

        if (TikTok.TikTokAudienceReader.Describe(table.Header) is { } tiktokAudience)
        {
            return new FileDetection(ImportKind.TikTokAudience, tiktokAudience);
        }

        if (YouTube.YouTubeGeographyReader.IsHeader(table.Header))
        {
            return new FileDetection(ImportKind.YouTubeGeography, "YouTube Studio geography table data (Geography, Views)");
        }

        if (YouTube.YouTubeContentReader.IsHeader(table.Header))
        {
            return new FileDetection(ImportKind.YouTube, "YouTube Studio table data (Content, Video title, Views)");
        }

        if (MetaPostsReader.Matches(header))
        {
            var network = header.Contains("page_id") ? "Facebook" : "Instagram";
            return new FileDetection(ImportKind.MetaPosts, $"Meta Business Suite {network} posts (Post ID, Publish time, Permalink, Post type)");
        }

        if (GoogleAnalytics.Ga4TrafficReader.Matches(table.Header))
        {
            return new FileDetection(ImportKind.Ga4Traffic, $"GA4 traffic acquisition report ({table.Header[0]}, sessions)");
        }

        if (HubSpot.HubSpotContactsReader.Matches(header))
        {
            return new FileDetection(ImportKind.HubSpotContacts, "HubSpot contacts export (Record ID, Create Date, Original Source)");
        }

        if (Conversations.DataDownloadReader.YouTubeColumns.All(header.Contains))
        {
            return new FileDetection(ImportKind.YouTubeComments, "YouTube Takeout comments (Comment ID, Comment create timestamp, Video ID, Comment text)");
        }

        if (Conversations.ToolExportReader.Detect(header) is { } tool)
        {
            var (kind, name) = tool switch
            {
                Conversations.ConversationTool.Brand24 => (ImportKind.Brand24, "Brand24 mentions export (Date, Hour, Content, Source, Author, Sentiment)"),
                Conversations.ConversationTool.Mention => (ImportKind.MentionExport, "Mention export (Date, Description, Source type, Author, Tone)"),
                Conversations.ConversationTool.Zendesk => (ImportKind.Zendesk, "Zendesk tickets export (Id, Requester, Subject, Via, Created at)"),
                _ => (ImportKind.Freshdesk, "Freshdesk tickets export (Ticket ID, Subject, Source, Created time)"),
            };
            return new FileDetection(kind, name);
        }

        if (MetaAdsReader.Matches(header))
        {
            return new FileDetection(ImportKind.MetaAds, "Meta Ads Manager spend (Campaign name, Amount spent (currency), Day or Reporting starts/ends)");
        }

        foreach (var (kind, name, columns) in Native)
        {
            if (columns.All(header.Contains))
            {
                return new FileDetection(kind, $"{name} ({string.Join(", ", columns)})");
            }
        }

        if (Google.GoogleAdsReader.Matches(path, encoding))
        {
            return new FileDetection(ImportKind.GoogleAds, "Google Ads report (Campaign, Cost, Impr., below its title lines)");
        }

        if (Microsoft.MicrosoftAdsReader.Matches(path, encoding))
        {
            return new FileDetection(ImportKind.MicrosoftAds, "Microsoft Advertising report (Gregorian date, Campaign name, Spend)");
        }

        if (HeaderBelowTitles(path, encoding, LinkedIn.LinkedInAdsReader.IsHeader))
        {
            return new FileDetection(ImportKind.LinkedInAds, "LinkedIn Campaign Manager report (Start Date (in UTC), Campaign Name, Total Spent)");
        }

        if (HeaderBelowTitles(path, encoding, X.XAdsReader.IsHeader))
        {
            return new FileDetection(ImportKind.XAds, "X Ads export (Time period, Campaign, Spend)");
        }

        if (HeaderBelowTitles(path, encoding, MetaDailyReader.IsHeader))
        {
            var title = CsvTable.Open(path, encoding, MetaDailyReader.IsHeader).Preamble.LastOrDefault(l => l.Length > 0);
            return MetaDailyReader.Identify(path, title) is { } daily
                ? new FileDetection(ImportKind.MetaDaily, $"Meta Business Suite daily {daily.Network} '{title}' ({daily.Metric}; Date, Primary)")
                : new FileDetection(null, $"a Meta daily file whose title '{title}' is not a metric Payoff knows.");
        }

        if (HeaderBelowTitles(path, encoding, MetaAudienceReader.IsHeader))
        {
            var audience = CsvTable.Open(path, encoding, MetaAudienceReader.IsHeader);
            var network = MetaDailyReader.Network(path, audience.Preamble.LastOrDefault(l => l.Trim().Length > 0));
            return new FileDetection(ImportKind.MetaAudience, $"Meta Business Suite {network} audience, {MetaAudienceReader.Describe(audience.Header)} ({string.Join(", ", audience.Titles.Take(3))})");
        }

        var shown = string.Join(", ", table.Header.Take(8)) + (table.Header.Count > 8 ? ", …" : string.Empty);
        return new FileDetection(null, $"not a format Payoff recognises (its columns: {shown}). {ForceKindHint}");
    }

    private static bool HeaderBelowTitles(string path, System.Text.Encoding? encoding, Func<IReadOnlyList<string>, bool> isHeader)
    {
        try
        {
            return isHeader(CsvTable.Open(path, encoding, isHeader).Header);
        }
        catch (ImportFileException)
        {
            return false;
        }
    }

    private static FileDetection DetectWorkbook(string path, bool zip)
    {
        if (zip && YouTube.YouTubeContentReader.Matches(path))
        {
            return new FileDetection(ImportKind.YouTube, "YouTube Studio content export (ZIP with Table data.csv)");
        }

        if (zip && YouTube.YouTubeGeographyReader.Matches(path))
        {
            return new FileDetection(ImportKind.YouTubeGeography, "YouTube Studio geography export (ZIP with Table data.csv: Geography, Views)");
        }

        IReadOnlyList<(string Sheet, IReadOnlyList<string>? Header)> sheets;
        try
        {
            sheets = Spreadsheets.SheetTable.Sheets(path, h => LinkedIn.LinkedInPageReader.IsHeader(h) || LinkedIn.LinkedInAdsReader.IsHeader(h) || X.XAdsReader.IsHeader(h) || HubSpot.HubSpotContactsReader.Matches(h.ToList()));
        }
        catch (ImportFileException ex)
        {
            return new FileDetection(null, ex.Message);
        }

        if (LinkedIn.LinkedInPageReader.Describe(sheets) is { } linkedIn)
        {
            return new FileDetection(ImportKind.LinkedInPage, linkedIn);
        }

        var headers = sheets.Where(s => s.Header is not null).Select(s => s.Header!).ToList();
        if (headers.Any(LinkedIn.LinkedInAdsReader.IsHeader))
        {
            return new FileDetection(ImportKind.LinkedInAds, "LinkedIn Campaign Manager report (workbook)");
        }

        if (headers.Any(X.XAdsReader.IsHeader))
        {
            return new FileDetection(ImportKind.XAds, "X Ads export (workbook: Time period, Campaign, Spend)");
        }

        if (headers.Any(h => HubSpot.HubSpotContactsReader.Matches(h.ToList())))
        {
            return new FileDetection(ImportKind.HubSpotContacts, "HubSpot contacts export (workbook: Record ID, Create Date, Original Source)");
        }

        return new FileDetection(null, $"a {(zip ? "ZIP/XLSX" : "legacy .xls")} file Payoff does not recognise (its sheets or entries: {string.Join(", ", sheets.Select(s => s.Sheet))}). {ForceKindHint}");
    }
}
