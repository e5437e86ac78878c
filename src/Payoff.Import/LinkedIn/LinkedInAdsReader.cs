using Payoff.Core.Costs;
using Payoff.Import.Native;
using Payoff.Import.Platforms;
using Payoff.Import.Spreadsheets;

namespace Payoff.Import.LinkedIn;

/// <summary>
/// Reads LinkedIn Campaign Manager campaign performance reports (CSV with report lines above the
/// header, or the same as XLSX): <c>Start Date (in UTC)</c>, <c>Campaign Name</c>, <c>Total Spent</c>,
/// <c>Impressions</c>, <c>Clicks</c>, <c>Leads</c>, and <c>Currency</c> when the report has it (else the
/// workspace's). A row whose <c>End Date</c> is after its start is a period, spread over its days;
/// rows of the same campaign and day (one per creative) add up.
/// </summary>
/// <remarks>
/// A totals row is recognised by its structure — no start date and no campaign ID — never by its name:
/// a campaign called "Total Wellness Webinar" is a campaign (issue 13, §3.4).
/// </remarks>
public sealed class LinkedInAdsReader(string defaultCurrency)
{
    private static readonly string[] DateFormats = ["MM/dd/yyyy", "M/d/yyyy", "yyyy-MM-dd"];

    /// <summary>Whether a header (normalised) is a Campaign Manager report.</summary>
    public static bool IsHeader(IReadOnlyList<string> header) =>
        header.Contains("start_date_(in_utc)") && header.Contains("campaign_name") && header.Contains("total_spent");

    /// <summary>Reads and validates the report; each record is one campaign-day.</summary>
    public ParsedFile<AdCost> Read(string path, ImportOptions? options = null)
    {
        var table = Tables.Open(path, options, IsHeader, "Start Date (in UTC), Campaign Name and Total Spent");
        var dates = new PlatformDates(options);
        var end = table.Columns.ContainsKey("end_date_(in_utc)") ? "end_date_(in_utc)" : null;
        return new ParsedFile<AdCost>(tally => CostSpreader.Sum(NativeRows.Produce(table, (r, row) =>
        {
            var campaign = row.Limit("campaign_name", r["campaign_name"]);
            if (r["start_date_(in_utc)"] is null && r["campaign_id"] is null)
            {
                return null;
            }

            if (campaign is null)
            {
                row.Add("campaign_name", "Campaign Name is empty; only a totals row (no date, no campaign ID) may leave it empty.");
            }

            if (!dates.TryParseDay(r["start_date_(in_utc)"], DateFormats, out var first))
            {
                row.Add("start_date_(in_utc)", $"'{FieldParser.Clip(r["start_date_(in_utc)"] ?? string.Empty)}' is not a date like {dates.Describe(DateFormats)}.");
            }

            var last = first;
            if (end is not null && r[end] is not null && !dates.TryParseDay(r[end], DateFormats, out last))
            {
                row.Add(end, $"'{FieldParser.Clip(r[end] ?? string.Empty)}' is not a date like {dates.Describe(DateFormats)}.");
            }

            if (row.Count == 0 && last < first)
            {
                row.Add(end, "the end date is before the start date.");
            }

            var currency = PlatformColumns.Currency(r, row, "currency", defaultCurrency);

            var spent = PlatformColumns.Amount(r, row, "total_spent");
            var impressions = PlatformColumns.Amount(r, row, "impressions");
            var clicks = PlatformColumns.Amount(r, row, "clicks");
            var leads = PlatformColumns.Amount(r, row, "leads");
            return row.Count > 0 ? null : CostSpreader.Spread(first, last, "LinkedIn", campaign!, spent ?? 0, currency, impressions, clicks, leads);
        }, tally).SelectMany(costs => costs)));
    }
}
