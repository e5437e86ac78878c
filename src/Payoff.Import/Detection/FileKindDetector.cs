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
    private static readonly (ImportKind Kind, string Name, string[] Columns)[] Native =
    [
        (ImportKind.Events, "Payoff events", ["event_id", "timestamp", "visitor_id", "type"]),
        (ImportKind.Costs, "Payoff ad costs", ["date", "network", "campaign", "amount", "currency"]),
        (ImportKind.Metrics, "Payoff account metrics", ["date", "network", "metric", "value"]),
        (ImportKind.Contacts, "Payoff contacts", ["contact_id", "created_at", "lead_at", "customer_at"]),
        (ImportKind.Journeys, "conversion paths", ["path", "conversions"]),
        (ImportKind.Journeys, "ChannelAttribution conversion paths", ["path", "total_conversions"]),
    ];

    /// <summary>Detects the kind of <paramref name="path"/>, read in <paramref name="encoding"/> when given.</summary>
    public static FileDetection Detect(string path, System.Text.Encoding? encoding = null)
    {
        CsvTable table;
        try
        {
            table = CsvTable.Open(path, encoding);
        }
        catch (ImportFileException ex)
        {
            return new FileDetection(null, ex.Message);
        }

        var header = table.Header.ToHashSet(StringComparer.Ordinal);
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

        var shown = string.Join(", ", table.Header.Take(8)) + (table.Header.Count > 8 ? ", …" : string.Empty);
        return new FileDetection(null, $"not a format Payoff recognises (its columns: {shown}). Force a kind with 'payoff import <kind> FILE'.");
    }
}
