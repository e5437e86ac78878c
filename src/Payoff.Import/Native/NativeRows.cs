using Payoff.Import.Csv;

namespace Payoff.Import.Native;

/// <summary>The row loop every reader shares: counts rows, collects errors, yields the good records as it goes.</summary>
internal static class NativeRows
{
    /// <summary>
    /// Reads every data row of <paramref name="table"/> with <paramref name="read"/>, lazily. A row is kept
    /// when <paramref name="read"/> returns a record and reported no error; a row the parser could not
    /// split counts as a row and as rejected; a row for which <paramref name="read"/> returns null
    /// without an error (a totals line) is counted as read and skipped.
    /// </summary>
    public static ParsedFile<T> Read<T>(IRowSource table, Func<CsvRow, RowErrors, T?> read)
        where T : class =>
        new(tally => Produce(table, read, tally));

    /// <summary>The lazy row loop behind <see cref="Read{T}"/>, for a reader that reads several tables into one file's tally.</summary>
    public static IEnumerable<T> Produce<T>(IRowSource table, Func<CsvRow, RowErrors, T?> read, RowErrors row)
        where T : class
    {
        row.Sheet = table.Sheet;
        row.Titles = table.Titles.Count == table.Header.Count
            ? table.Header.Zip(table.Titles).Where(h => h.First.Length > 0 && h.Second.Length > 0).DistinctBy(h => h.First, StringComparer.Ordinal).ToDictionary(h => h.First, h => h.Second, StringComparer.Ordinal)
            : null;
        foreach (var r in table.Rows((n, message) =>
        {
            row.Start(n);
            row.Add(null, message);
        }))
        {
            row.Start(r.Number);
            if (read(r, row) is { } record && row.Count == 0)
            {
                yield return record;
            }
        }
    }

    /// <summary>As <see cref="Read{T}"/> for readers that turn one row into several records (a period's spend spread over its days).</summary>
    public static ParsedFile<T> ReadMany<T>(IRowSource table, Func<CsvRow, RowErrors, IEnumerable<T>?> read)
        where T : class =>
        new(tally => Produce(table, read, tally).SelectMany(records => records));
}
