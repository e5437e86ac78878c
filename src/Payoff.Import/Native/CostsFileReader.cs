using Payoff.Core.Costs;
using Payoff.Import.Csv;

namespace Payoff.Import.Native;

/// <summary>
/// Reads Payoff's ad costs CSV: <c>date,network,campaign,amount,currency[,impressions,clicks,conversions]</c>,
/// one campaign's spend of one day per row, in its original currency.
/// </summary>
/// <remarks>An empty campaign is spend not split by campaign. Amounts are decimals with a dot and may not be negative.</remarks>
public static class CostsFileReader
{
    /// <summary>The columns that must be present.</summary>
    public static readonly IReadOnlyList<string> Required = ["date", "network", "campaign", "amount", "currency"];

    /// <summary>Every accepted column.</summary>
    public static readonly IReadOnlyList<string> Known = ["date", "network", "campaign", "amount", "currency", "impressions", "clicks", "conversions"];

    /// <summary>Reads and validates the file, lazily (see <see cref="ParsedFile{T}"/>); <paramref name="options"/> name its encoding and date format when they cannot be detected.</summary>
    public static ParsedFile<AdCost> Read(string path, ImportOptions? options = null)
    {
        var table = CsvTable.Open(path, options);
        table.RequireColumns(Required, Known);
        return NativeRows.Read(table, ReadRow);
    }

    private static AdCost? ReadRow(CsvRow r, RowErrors row)
    {
        var date = RequiredFields.Date(r, row, "date");
        var network = MetricsFileReader.Network(r["network"], row);
        var campaign = r["campaign"];
        if (campaign is { Length: > 200 })
        {
            row.Add("campaign", "campaign is longer than 200 characters.");
        }

        var amount = RequiredFields.NonNegative(r, row, "amount");
        var currency = string.Empty;
        if (r["currency"] is not { } currencyText)
        {
            row.Add("currency", "currency is empty.");
        }
        else if (!FieldParser.TryParseCurrency(currencyText, out currency, out var error))
        {
            row.Add("currency", error);
        }

        var impressions = Count(r, row, "impressions");
        var clicks = Count(r, row, "clicks");
        decimal? conversions = null;
        if (r["conversions"] is { } conversionsText)
        {
            if (FieldParser.TryParseDecimal(conversionsText, out var parsed, out var error))
            {
                conversions = parsed;
            }
            else
            {
                row.Add("conversions", error);
            }
        }

        return row.Count == 0 ? new AdCost(date, network!, campaign, amount, currency, impressions, clicks, conversions) : null;
    }

    private static long? Count(CsvRow r, RowErrors row, string column)
    {
        if (r[column] is not { } text)
        {
            return null;
        }

        if (FieldParser.TryParseCount(text, out var value, out var error))
        {
            return value;
        }

        row.Add(column, error);
        return null;
    }
}
