using Payoff.Import.Csv;

namespace Payoff.Import.Native;

/// <summary>Required day and amount columns of the native daily files, read with their errors recorded.</summary>
internal static class RequiredFields
{
    /// <summary>The <c>yyyy-MM-dd</c> day in <paramref name="column"/>; an error when empty or malformed.</summary>
    public static DateOnly Date(CsvRow r, RowErrors row, string column)
    {
        if (r[column] is not { } text)
        {
            row.Add(column, $"{column} is empty.");
            return default;
        }

        if (!FieldParser.TryParseDate(text, out var date, out var error))
        {
            row.Add(column, error);
        }

        return date;
    }

    /// <summary>The decimal in <paramref name="column"/>; an error when empty, malformed or negative.</summary>
    public static decimal NonNegative(CsvRow r, RowErrors row, string column)
    {
        if (r[column] is not { } text)
        {
            row.Add(column, $"{column} is empty.");
            return 0;
        }

        if (!FieldParser.TryParseDecimal(text, out var value, out var error))
        {
            row.Add(column, error);
        }
        else if (value < 0)
        {
            row.Add(column, $"{column} may not be negative.");
        }

        return value;
    }
}
