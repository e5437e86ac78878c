using System.Globalization;
using Payoff.Core.Costs;
using Payoff.Import.Csv;
using Payoff.Import.Native;
using Payoff.Import.Platforms;

namespace Payoff.Import.Microsoft;

/// <summary>
/// Reads Microsoft Advertising campaign reports: <c>Gregorian date, Campaign name, Impressions,
/// Clicks, Spend, Conversions</c>, dates like <c>9/1/2026</c>; title lines above the header are skipped,
/// and so are totals and copyright trailers, known by their marker in the date column (<c>Total</c>,
/// <c>©</c>) or an empty date, never by a campaign's name.
/// </summary>
/// <remarks>
/// The currency is the report's <c>Currency code</c> column when it has one, else the workspace's
/// (<paramref name="defaultCurrency"/>): Microsoft Advertising bills an account in one currency.
/// Spend is filed under the network "Microsoft Ads".
/// </remarks>
public sealed class MicrosoftAdsReader(string defaultCurrency)
{
    private static readonly string[] Formats = ["M/d/yyyy", "yyyy-MM-dd", "MM/dd/yyyy"];

    /// <summary>Whether a header (normalised) is a Microsoft Advertising report.</summary>
    public static bool IsHeader(IReadOnlyList<string> header) =>
        header.Contains("gregorian_date") && header.Contains("campaign_name") && header.Contains("spend");

    /// <summary>Whether the file is a Microsoft Advertising report (its header may sit below title lines).</summary>
    public static bool Matches(string path, System.Text.Encoding? encoding)
    {
        try
        {
            return IsHeader(CsvTable.Open(path, encoding, IsHeader).Header);
        }
        catch (ImportFileException)
        {
            return false;
        }
    }

    /// <summary>Reads and validates the file; each record is one campaign-day.</summary>
    public ParsedFile<AdCost> Read(string path, ImportOptions? options = null)
    {
        var table = CsvTable.Open(path, options, IsHeader);
        table.RequireColumns(["gregorian_date", "campaign_name", "spend"], table.Header);
        return NativeRows.Read(table, (r, row) =>
        {
            var campaign = row.Limit("campaign_name", r["campaign_name"]);
            var dateText = r["gregorian_date"];
            if (dateText is null || dateText.StartsWith("Total", StringComparison.OrdinalIgnoreCase) || dateText.StartsWith('©'))
            {
                return null;
            }

            if (campaign is null)
            {
                row.Add("campaign_name", "Campaign name is empty.");
            }

            if (!DateOnly.TryParseExact(dateText, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                row.Add("gregorian_date", $"'{FieldParser.Clip(dateText)}' is not a date like 9/1/2026.");
            }

            var currency = PlatformColumns.Currency(r, row, "currency_code", defaultCurrency);

            var spend = PlatformColumns.Amount(r, row, "spend");
            var conversions = PlatformColumns.Amount(r, row, "conversions");
            var impressions = PlatformColumns.Count(r, row, "impressions");
            var clicks = PlatformColumns.Count(r, row, "clicks");
            return row.Count > 0 ? null : new AdCost(date, "Microsoft Ads", campaign, spend ?? 0, currency, impressions, clicks, conversions);
        });
    }
}
