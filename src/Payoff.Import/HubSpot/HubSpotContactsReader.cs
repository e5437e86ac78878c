using Payoff.Core.Contacts;
using Payoff.Core.Workspaces;
using Payoff.Import.Csv;
using Payoff.Import.Native;
using Payoff.Import.Platforms;

namespace Payoff.Import.HubSpot;

/// <summary>
/// Reads HubSpot contact exports (CSV or XLSX): <c>Record ID</c>, the create, lead and customer dates, the
/// original source with its two drill-downs — labelled "Original Source" or, in newer portals,
/// "Original Traffic Source" — and revenue (<c>Total Revenue</c>, else <c>Recent Deal Amount</c>).
/// </summary>
/// <remarks>
/// The original source maps with <see cref="CrmOriginalSource"/>, which reads the two drill-downs as
/// HubSpot defines them for each source (the campaign is drill-down 1 for e-mail and paid search,
/// drill-down 2 for social sources; organic search gives the term and the engine). Revenue is in the workspace currency (the export
/// names none). Other columns (names, e-mail addresses) are never read or stored.
/// </remarks>
public sealed class HubSpotContactsReader(WorkspaceCalendar calendar)
{
    /// <summary>Whether a header (normalised) is a HubSpot contacts export.</summary>
    public static bool Matches(IReadOnlyCollection<string> header) =>
        header.Contains("record_id") && header.Contains("create_date") && (header.Contains("original_source") || header.Contains("original_traffic_source"));

    /// <summary>Reads and validates the file.</summary>
    public ParsedFile<CrmContact> Read(string path, ImportOptions? options = null)
    {
        var table = Spreadsheets.Tables.Open(path, options, h => Matches(h.ToList()), "Record ID, Create Date and Original Source");
        var label = table.Columns.ContainsKey("original_traffic_source") ? "original_traffic_source" : "original_source";
        var revenue = table.Columns.ContainsKey("total_revenue") ? "total_revenue" : table.Columns.ContainsKey("recent_deal_amount") ? "recent_deal_amount" : null;
        return NativeRows.Read(table, (r, row) =>
        {
            var id = r["record_id"];
            if (id is null)
            {
                row.Add("record_id", "Record ID is empty.");
            }

            var created = Date(r, row, "create_date");
            var lead = Date(r, row, "became_a_lead_date");
            var customer = Date(r, row, "became_a_customer_date");
            decimal? amount = null;
            if (revenue is not null && !PlatformNumber.TryParse(r[revenue], out amount))
            {
                row.Add(revenue, $"'{FieldParser.Clip(r[revenue] ?? string.Empty)}' is not an amount.");
            }

            if (row.Count == 0 && created is null && lead is null && customer is null)
            {
                row.Add("create_date", "the contact has no create, lead or customer date.");
            }

            if (row.Count > 0)
            {
                return null;
            }

            var source = r[label];
            return new CrmContact
            {
                ContactId = id!,
                CreatedAt = created,
                LeadAt = lead,
                CustomerAt = customer,
                Revenue = amount is 0 ? null : amount,
                OriginalSourceLabel = source,
                OriginalSource = source is null ? null : CrmOriginalSource.Map(source, r[label + "_drill_down_1"], r[label + "_drill_down_2"]),
            };
        });
    }

    private DateTimeOffset? Date(CsvRow r, RowErrors row, string column)
    {
        if (r[column] is not { } text)
        {
            return null;
        }

        if (FieldParser.TryParseInstant(text, calendar, out var instant, out var error))
        {
            return instant;
        }

        row.Add(column, error);
        return null;
    }
}
