using Payoff.Core.Journeys;
using Payoff.Import.Csv;

namespace Payoff.Import.Native;

/// <summary>
/// Reads path data: <c>path,conversions,value,nulls</c> (or ChannelAttribution's
/// <c>path;total_conversions;total_conversion_value;total_null</c>), comma- or semicolon-separated,
/// channels separated by <c>&gt;</c>.
/// </summary>
public sealed class JourneysFileReader
{
    /// <summary>Every accepted column (each count column under either name).</summary>
    public static readonly IReadOnlyList<string> Known =
        ["path", "conversions", "value", "nulls", "total_conversions", "total_conversion_value", "total_null"];

    /// <summary>Reads and validates the file, lazily (see <see cref="ParsedFile{T}"/>); <paramref name="options"/> name its encoding and date format when they cannot be detected.</summary>
    public static ParsedFile<JourneyPath> Read(string path, ImportOptions? options = null)
    {
        var table = CsvTable.Open(path, options);
        table.RequireColumns(["path"], Known);
        var conversionsColumn = Pick(table, "conversions", "total_conversions", required: true)!;
        var valueColumn = Pick(table, "value", "total_conversion_value", required: false);
        var nullsColumn = Pick(table, "nulls", "total_null", required: false);
        return NativeRows.Read(table, (r, row) =>
        {
            var channels = JourneyPath.ParseChannels(r["path"] ?? string.Empty);
            if (channels.Count == 0)
            {
                row.Add("path", "path is empty.");
            }

            var conversions = Count(r, conversionsColumn, row);
            var nulls = nullsColumn is null ? 0 : Count(r, nullsColumn, row);
            var value = 0m;
            if (valueColumn is not null && r[valueColumn] is { } text)
            {
                if (!FieldParser.TryParseDecimal(text, out value, out var error))
                {
                    row.Add(valueColumn, error);
                }
                else if (value < 0)
                {
                    row.Add(valueColumn, "a conversion value cannot be negative.");
                }
            }

            return new JourneyPath(channels, conversions, value, nulls);
        });
    }

    private static string? Pick(CsvTable table, string name, string alias, bool required)
    {
        var hasName = table.Columns.ContainsKey(name);
        var hasAlias = table.Columns.ContainsKey(alias);
        if (hasName && hasAlias)
        {
            throw new ImportFileException(1, alias, $"The header has both '{name}' and '{alias}'; keep one.");
        }

        if (!hasName && !hasAlias && required)
        {
            throw new ImportFileException(1, name, $"Missing column '{name}' (or '{alias}').");
        }

        return hasName ? name : hasAlias ? alias : null;
    }

    private static long Count(CsvRow r, string column, RowErrors row)
    {
        if (r[column] is not { } text)
        {
            return 0;
        }

        if (FieldParser.TryParseCount(text, out var count, out var error))
        {
            return count;
        }

        row.Add(column, error);
        return 0;
    }
}
