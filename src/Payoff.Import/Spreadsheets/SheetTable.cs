using System.Globalization;
using ExcelDataReader;
using Payoff.Import.Csv;

namespace Payoff.Import.Spreadsheets;

/// <summary>
/// One sheet of an Excel workbook (<c>.xlsx</c>, or the legacy binary <c>.xls</c>) read as a table:
/// the header is the first row among the first ten that passes the caller's header test (LinkedIn puts a
/// description in row 1 and the header in row 2), and rows are numbered as Excel shows them.
/// </summary>
/// <remarks>
/// Cells become text the platform readers parse as they parse CSV: numbers in invariant notation, dates
/// as <c>yyyy-MM-dd</c> (with <c>HH:mm:ss</c> when they have a time). The workbook is checked by
/// <see cref="WorkbookLimits"/> before it is opened, and rows are streamed, not loaded.
/// </remarks>
public sealed class SheetTable : IRowSource
{
    private readonly int sheetIndex;
    private readonly int headerRow;

    private SheetTable(string path, string sheet, int sheetIndex, int headerRow, IReadOnlyList<string> header, IReadOnlyList<string> preamble)
    {
        Path = path;
        Sheet = sheet;
        this.sheetIndex = sheetIndex;
        this.headerRow = headerRow;
        Header = header;
        Preamble = preamble;
        Columns = header.Select((h, i) => (h, i)).Where(x => x.h.Length > 0).GroupBy(x => x.h).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
    }

    /// <summary>The workbook.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public string? Sheet { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> Header { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> Titles { get; private init; } = [];

    /// <inheritdoc />
    public IReadOnlyDictionary<string, int> Columns { get; }

    /// <summary>The text of the rows above the header (a report's description or date range).</summary>
    public IReadOnlyList<string> Preamble { get; }

    /// <summary>Whether <paramref name="path"/> starts like a workbook: a ZIP (XLSX) or an OLE compound file (XLS).</summary>
    public static bool IsWorkbook(string path, out bool zip)
    {
        Span<byte> head = stackalloc byte[8];
        int read;
        using (var file = File.OpenRead(path))
        {
            read = file.Read(head);
        }

        zip = read >= 4 && head[..4].SequenceEqual("PK\u0003\u0004"u8);
        var ole = read == 8 && head.SequenceEqual((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
        return zip || ole;
    }

    /// <summary>The names of the workbook's sheets with the header test's first passing row of each (null when none passes).</summary>
    public static IReadOnlyList<(string Sheet, IReadOnlyList<string>? Header)> Sheets(string path, Func<IReadOnlyList<string>, bool> isHeader)
    {
        var result = new List<(string, IReadOnlyList<string>?)>();
        Read(path, reader =>
        {
            do
            {
                result.Add((reader.Name, FindHeader(reader, isHeader)?.Header));
            }
            while (reader.NextResult());
        });
        return result;
    }

    /// <summary>Opens the first sheet named one of <paramref name="sheets"/> (any sheet when empty) whose header passes <paramref name="isHeader"/>.</summary>
    public static SheetTable Open(string path, IReadOnlyCollection<string> sheets, Func<IReadOnlyList<string>, bool> isHeader, string expected)
    {
        SheetTable? table = null;
        var seen = new List<string>();
        Read(path, reader =>
        {
            var index = 0;
            do
            {
                seen.Add(reader.Name);
                if ((sheets.Count == 0 || sheets.Contains(reader.Name.Trim(), StringComparer.OrdinalIgnoreCase)) && FindHeader(reader, isHeader) is { } found)
                {
                    table = new SheetTable(path, reader.Name, index, found.Row, found.Header, found.Preamble) { Titles = found.Titles };
                    return;
                }

                index++;
            }
            while (reader.NextResult());
        });
        return table ?? throw new ImportFileException(1, null, $"{System.IO.Path.GetFileName(path)} has no sheet {(sheets.Count == 0 ? string.Empty : $"named {string.Join(" or ", sheets.Select(s => $"'{s}'"))} ")}with {expected} in its first ten rows (its sheets: {string.Join(", ", seen)}).");
    }

    /// <inheritdoc />
    public IEnumerable<CsvRow> Rows(Action<long, string> rowError)
    {
        using var stream = File.OpenRead(Path);
        using var reader = ExcelReaderFactory.CreateReader(stream);
        for (var i = 0; i < sheetIndex; i++)
        {
            reader.NextResult();
        }

        var number = 0L;
        while (reader.Read())
        {
            number++;
            if (number <= headerRow)
            {
                continue;
            }

            var fields = Fields(reader);
            if (fields.All(f => f.Length == 0))
            {
                continue;
            }

            yield return new CsvRow(number, fields, Columns);
        }
    }

    private static void Read(string path, Action<IExcelDataReader> read)
    {
        if (!File.Exists(path))
        {
            throw new ImportFileException(0, null, $"{path} does not exist.");
        }

        if (!IsWorkbook(path, out var zip))
        {
            throw new ImportFileException(0, null, $"{System.IO.Path.GetFileName(path)} is not an Excel workbook (.xlsx or .xls).");
        }

        WorkbookLimits.Check(path, zip);
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        try
        {
            using var stream = File.OpenRead(path);
            using var reader = ExcelReaderFactory.CreateReader(stream);
            read(reader);
        }
        catch (Exception ex) when (ex is ExcelDataReader.Exceptions.ExcelReaderException or InvalidDataException or System.Xml.XmlException or NotSupportedException)
        {
            throw new ImportFileException(0, null, $"{System.IO.Path.GetFileName(path)} cannot be read as a workbook: {ex.Message}");
        }
    }

    private static (int Row, IReadOnlyList<string> Header, IReadOnlyList<string> Preamble, IReadOnlyList<string> Titles)? FindHeader(IExcelDataReader reader, Func<IReadOnlyList<string>, bool> isHeader)
    {
        var preamble = new List<string>();
        for (var row = 1; row <= 10 && reader.Read(); row++)
        {
            var fields = Fields(reader);
            var names = fields.Select(CsvTable.Normalize).ToList();
            if (isHeader(names))
            {
                return (row, names, preamble, [.. fields.Select(CsvTable.Title)]);
            }

            preamble.Add(string.Join(" ", fields.Where(f => f.Length > 0)));
        }

        return null;
    }

    private static List<string> Fields(IExcelDataReader reader)
    {
        var fields = new List<string>(reader.FieldCount);
        for (var i = 0; i < reader.FieldCount; i++)
        {
            fields.Add(Text(reader.GetValue(i)));
        }

        while (fields.Count > 0 && fields[^1].Length == 0)
        {
            fields.RemoveAt(fields.Count - 1);
        }

        return fields;
    }

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        string s => s.Trim(),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime t when t.TimeOfDay == TimeSpan.Zero => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        bool b => b ? "TRUE" : "FALSE",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
