using System.Globalization;
using Payoff.Core.Costs;
using Payoff.Import.Native;
using Payoff.Import.Platforms;
using Payoff.Import.Spreadsheets;

namespace Payoff.Import.X;

/// <summary>
/// Reads X (Twitter) Ads exports (XLSX, or CSV): <c>Time period</c>, campaign, <c>Impressions</c>,
/// <c>Spend</c>, <c>Link clicks</c>. The time period is a day (a date cell, an Excel serial number such
/// as <c>46143</c>, or text) or a range (<c>2026-05-01 - 2026-05-31</c>), spread over its days.
/// </summary>
/// <remarks>
/// The campaign is <c>Campaign name</c>, else <c>Campaign ID</c>. The currency is the <c>Currency</c>
/// column when there is one, else the workspace's: X bills an ad account in one currency. Per-post
/// rows of the same campaign and day add up. A totals row is one whose <c>Time period</c> is empty or
/// X's <c>Total</c> marker — a campaign's own name never makes a row a total.
/// </remarks>
public sealed class XAdsReader(string defaultCurrency)
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "MM/dd/yyyy", "M/d/yyyy", "dd-MMM-yyyy", "MMM d, yyyy", "yyyy-MM-dd HH:mm:ss"];

    /// <summary>Whether a header (normalised) is an X Ads export.</summary>
    public static bool IsHeader(IReadOnlyList<string> header) =>
        header.Contains("time_period") && header.Contains("spend") && (header.Contains("campaign_name") || header.Contains("campaign_id"));

    /// <summary>Reads and validates the export; each record is one campaign-day.</summary>
    public ParsedFile<AdCost> Read(string path, ImportOptions? options = null)
    {
        var table = Tables.Open(path, options, IsHeader, "Time period, Campaign and Spend");
        var dates = new PlatformDates(options);
        return new ParsedFile<AdCost>(tally => CostSpreader.Sum(NativeRows.Produce(table, (r, row) =>
        {
            var campaign = row.Limit("campaign_name", r["campaign_name"]) ?? r["campaign_id"];
            var period = r["time_period"];
            if (period is null || period.StartsWith("Total", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            if (campaign is null)
            {
                row.Add("campaign_name", "Campaign name and Campaign ID are both empty.");
            }

            if (!TryPeriod(period, dates, out var first, out var last))
            {
                row.Add("time_period", $"'{FieldParser.Clip(period)}' is not a day or a range like 2026-05-01 - 2026-05-31.");
            }

            var currency = PlatformColumns.Currency(r, row, "currency", defaultCurrency);

            var spend = PlatformColumns.Amount(r, row, "spend");
            var impressions = PlatformColumns.Amount(r, row, "impressions");
            var clicks = PlatformColumns.Amount(r, row, "link_clicks");
            return row.Count > 0 ? null : CostSpreader.Spread(first, last, "X", campaign!, spend ?? 0, currency, impressions, clicks);
        }, tally).SelectMany(costs => costs)));
    }

    /// <summary>Reads a time period: an Excel serial day, a date, or two dates joined by " - ".</summary>
    internal static bool TryPeriod(string text, PlatformDates dates, out DateOnly first, out DateOnly last)
    {
        first = last = default;
        if (double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var serial))
        {
            if (serial is < 1 or > 2958465)
            {
                return false;
            }

            first = last = DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial)));
            return true;
        }

        if (dates.TryParseDay(text, DateFormats, out first))
        {
            last = first;
            return true;
        }

        var parts = text.Split(" - ", 2, StringSplitOptions.TrimEntries);
        return parts.Length == 2
            && dates.TryParseDay(parts[0], DateFormats, out first)
            && dates.TryParseDay(parts[1], DateFormats, out last)
            && last >= first;
    }
}
