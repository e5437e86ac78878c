using Payoff.Import.Csv;

namespace Payoff.Import.Spreadsheets;

/// <summary>Opens an export that platforms offer both as CSV and as an Excel workbook, by its contents.</summary>
internal static class Tables
{
    /// <summary>
    /// The table of <paramref name="path"/>: a workbook's first sheet (of <paramref name="sheets"/>, any
    /// when empty) whose header passes <paramref name="isHeader"/>, else the CSV file with its header
    /// found by the same test below any title lines.
    /// </summary>
    public static IRowSource Open(string path, ImportOptions? options, Func<IReadOnlyList<string>, bool> isHeader, string expected, params string[] sheets)
    {
        if (File.Exists(path) && SheetTable.IsWorkbook(path, out _))
        {
            return SheetTable.Open(path, sheets, isHeader, expected);
        }

        var table = CsvTable.Open(path, options, isHeader);
        return isHeader(table.Header)
            ? table
            : throw new ImportFileException(1, null, $"No header with {expected} in the first ten lines of {Path.GetFileName(path)}.");
    }

    /// <summary>The lines above the header (report titles and date ranges) of a table from <see cref="Open"/>.</summary>
    public static IReadOnlyList<string> Preamble(IRowSource table) => table switch
    {
        CsvTable csv => csv.Preamble,
        SheetTable sheet => sheet.Preamble,
        _ => [],
    };
}
