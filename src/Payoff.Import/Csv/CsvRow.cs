namespace Payoff.Import.Csv;

/// <summary>One data row of a CSV file, its fields addressed by normalised header name.</summary>
/// <param name="Number">The row number as a spreadsheet shows it: the header is row 1.</param>
/// <param name="Fields">The fields, trimmed; a missing trailing field is empty.</param>
/// <param name="Columns">Normalised header name → field index.</param>
public sealed record CsvRow(long Number, IReadOnlyList<string> Fields, IReadOnlyDictionary<string, int> Columns)
{
    /// <summary>The trimmed field of <paramref name="column"/>, or <see langword="null"/> when empty or absent.</summary>
    public string? this[string column] =>
        Columns.TryGetValue(column, out var index) && index < Fields.Count && Fields[index].Length > 0 ? Fields[index] : null;
}
