using Payoff.Import.Csv;
using Payoff.Import.Native;

namespace Payoff.Import.Platforms;

/// <summary>Optional metric columns of platform exports: absent column or "no value" → null; anything else that is not a number is a row error.</summary>
internal static class PlatformColumns
{
    /// <summary>The count in <paramref name="column"/>.</summary>
    public static long? Count(CsvRow r, RowErrors row, string column)
    {
        if (!r.Columns.ContainsKey(column))
        {
            return null;
        }

        if (PlatformNumber.TryParseCount(r[column], out var value))
        {
            return value;
        }

        row.Add(column, $"'{FieldParser.Clip(r[column] ?? string.Empty)}' is not a count.");
        return null;
    }

    /// <summary>
    /// The amount in <paramref name="column"/> (no column → null); decimal commas when
    /// <paramref name="decimalComma"/>; a negative amount is an error unless <paramref name="allowNegative"/>.
    /// </summary>
    public static decimal? Amount(CsvRow r, RowErrors row, string? column, bool decimalComma = false, bool allowNegative = false)
    {
        if (column is null || !r.Columns.ContainsKey(column))
        {
            return null;
        }

        if (PlatformDecimals.TryParse(r[column], decimalComma, out var value) && (allowNegative || value is null or >= 0))
        {
            return value;
        }

        row.Add(column, $"'{FieldParser.Clip(r[column] ?? string.Empty)}' is not {(allowNegative ? "a number" : "an amount of zero or more")}.");
        return null;
    }

    /// <summary>The ISO 4217 currency in <paramref name="column"/>, else <paramref name="fallback"/> (the workspace's, for platforms that bill an account in one currency).</summary>
    public static string Currency(CsvRow r, RowErrors row, string column, string fallback)
    {
        if (!FieldParser.TryParseCurrency(r[column] ?? fallback, out var currency, out var error))
        {
            row.Add(column, error);
        }

        return currency;
    }
}
