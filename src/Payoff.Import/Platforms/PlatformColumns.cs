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
}
