using System.Globalization;
using Payoff.Core.Costs;
using Payoff.Import.Csv;
using Payoff.Import.Native;
using Payoff.Import.Platforms;

namespace Payoff.Import.Google;

/// <summary>
/// Reads Google Ads report downloads, including the "Excel CSV" (UTF-16, tab-separated): the report
/// name and the date range (<c>May 18, 2025 - August 15, 2025</c>) above the header, then
/// <c>Campaign, Currency code, Impr., Clicks, Cost, Conversions</c>; <c>Total: …</c> trailers skipped
/// by their structure (the marker in the first column, the campaign's state, type, ID and day empty),
/// <c> --</c> read as no value.
/// </summary>
/// <remarks>
/// A <c>Day</c> column gives daily rows; without it, each campaign's figures for the date range are
/// spread evenly over its days (see <see cref="CostSpreader"/>). Spend is filed under the network
/// "Google Ads".
/// </remarks>
public static class GoogleAdsReader
{
    private static readonly string[] RangeFormats = ["MMMM d, yyyy", "MMM d, yyyy"];

    /// <summary>Columns that describe one campaign (or day) and that Google leaves empty on its totals rows.</summary>
    private static readonly string[] RowDimensions = ["day", "campaign_state", "campaign_status", "campaign_type", "campaign_id", "status"];

    /// <summary>Whether a header (normalised) is a Google Ads report.</summary>
    public static bool IsHeader(IReadOnlyList<string> header) =>
        header.Contains("campaign") && header.Contains("cost") && (header.Contains("impr.") || header.Contains("impressions"));

    /// <summary>Whether the file is a Google Ads report (its header may sit below title lines).</summary>
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
    public static ParsedFile<AdCost> Read(string path, ImportOptions? options = null)
    {
        var table = CsvTable.Open(path, options, IsHeader);
        if (!IsHeader(table.Header))
        {
            throw new ImportFileException(1, null, "No header with Campaign, Cost and Impr. in the first ten lines: not a Google Ads report.");
        }

        var daily = table.Columns.ContainsKey("day");
        (DateOnly From, DateOnly To) range = default;
        if (!daily && !TryRange(table.Preamble, out range))
        {
            throw new ImportFileException(2, null, "The report has no Day column and no date range line (\"May 18, 2025 - August 15, 2025\") above the header, so its period is unknown.");
        }

        var impressions = table.Columns.ContainsKey("impr.") ? "impr." : "impressions";
        var dimensions = RowDimensions.Where(table.Columns.ContainsKey).ToList();
        return NativeRows.ReadMany(table, (r, row) =>
        {
            var campaign = row.Limit("campaign", r["campaign"]);
            if (IsTotals(r, dimensions))
            {
                return new List<AdCost>();
            }

            if (campaign is null)
            {
                row.Add("campaign", "Campaign is empty.");
            }

            var (from, to) = range;
            if (daily && !DateOnly.TryParseExact(r["day"], ["yyyy-MM-dd", "MMM d, yyyy", "M/d/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out from))
            {
                row.Add("day", $"'{FieldParser.Clip(r["day"] ?? string.Empty)}' is not a date.");
            }

            to = daily ? from : to;
            var currency = r["currency_code"];
            if (currency is null || !FieldParser.TryParseCurrency(currency, out currency, out _))
            {
                row.Add("currency_code", "Currency code is missing or not an ISO 4217 code.");
            }

            var cost = PlatformColumns.Amount(r, row, "cost");
            var shown = PlatformColumns.Amount(r, row, impressions);
            var clicks = PlatformColumns.Amount(r, row, "clicks");
            var conversions = PlatformColumns.Amount(r, row, "conversions");
            return row.Count > 0 ? null : CostSpreader.Spread(from, to, "Google Ads", campaign!, cost ?? 0, currency!, shown, clicks, conversions);
        });
    }

    /// <summary>
    /// A totals trailer: Google's <c>Total: …</c> marker in the first column and every column that
    /// describes a campaign or a day (state, type, ID, <c>Day</c>) empty. A campaign whose name begins
    /// with "Total:" still has its state, so it stays a campaign; a report with no such column has
    /// only the marker to go by.
    /// </summary>
    private static bool IsTotals(CsvRow r, List<string> dimensions) =>
        r.Fields.Count > 0
        && r.Fields[0].TrimStart().StartsWith("Total:", StringComparison.OrdinalIgnoreCase)
        && dimensions.All(d => r[d] is null);

    private static bool TryRange(IReadOnlyList<string> preamble, out (DateOnly From, DateOnly To) range)
    {
        range = default;
        foreach (var line in preamble)
        {
            var parts = line.Split(" - ", 2, StringSplitOptions.TrimEntries);
            if (parts.Length == 2
                && DateOnly.TryParseExact(parts[0], RangeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
                && DateOnly.TryParseExact(parts[1], RangeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var to)
                && to >= from)
            {
                range = (from, to);
                return true;
            }
        }

        return false;
    }

}
