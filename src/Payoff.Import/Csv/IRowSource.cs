namespace Payoff.Import.Csv;

/// <summary>A table of named columns read row by row: a CSV file or a spreadsheet's sheet.</summary>
public interface IRowSource
{
    /// <summary>The sheet's name, for a spreadsheet; null for a CSV file.</summary>
    string? Sheet { get; }

    /// <summary>The normalised header names (<see cref="CsvTable.Normalize"/>).</summary>
    IReadOnlyList<string> Header { get; }

    /// <summary>The header as the file writes it (<c>Create Date</c>), in the order of <see cref="Header"/>: what a message about a column names.</summary>
    IReadOnlyList<string> Titles => Header;

    /// <summary>Header name → index.</summary>
    IReadOnlyDictionary<string, int> Columns { get; }

    /// <summary>The data rows, in order; a row that cannot be read is reported to <paramref name="rowError"/> with its number and skipped.</summary>
    IEnumerable<CsvRow> Rows(Action<long, string> rowError);
}
