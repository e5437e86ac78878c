using Payoff.Core.Importing;
using Payoff.Import.Csv;

namespace Payoff.Import.Native;

/// <summary>The row loop every native reader shares: counts rows, collects errors, keeps the good records.</summary>
internal static class NativeRows
{
    /// <summary>
    /// Reads every data row of <paramref name="table"/> with <paramref name="read"/>. A row is kept when
    /// <paramref name="read"/> returns a record and reported no error; rows the CSV parser could not
    /// split count as rows and as rejected.
    /// </summary>
    public static ParsedFile<T> Read<T>(CsvTable table, Func<CsvRow, RowErrors, T?> read)
        where T : class
    {
        var errors = new List<RowError>();
        var row = new RowErrors(errors);
        var records = new List<T>();
        var rows = 0L;
        var unreadable = 0L;
        foreach (var r in table.Rows((n, message) =>
        {
            errors.Add(new RowError(n, null, message));
            unreadable++;
        }))
        {
            rows++;
            row.Start(r.Number);
            if (read(r, row) is { } record && row.Count == 0)
            {
                records.Add(record);
            }
        }

        return new ParsedFile<T>(records, rows + unreadable, errors);
    }
}
