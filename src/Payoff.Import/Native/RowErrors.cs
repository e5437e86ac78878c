using Payoff.Core.Importing;

namespace Payoff.Import.Native;

/// <summary>
/// The errors of the row being read, and the file's running tally: rows read, rows rejected, and the
/// first <see cref="Kept"/> errors (a file of a million bad rows does not keep a million messages).
/// </summary>
internal sealed class RowErrors(List<RowError> errors)
{
    /// <summary>How many errors a file keeps to list; the counts cover them all.</summary>
    public const int Kept = 1000;

    /// <summary>The number of the row being read.</summary>
    public long Row { get; private set; }

    /// <summary>Errors of the row being read.</summary>
    public int Count { get; private set; }

    /// <summary>Data rows started so far.</summary>
    public long Rows { get; private set; }

    /// <summary>Rows with at least one error so far.</summary>
    public long Rejected { get; private set; }

    /// <summary>The sheet being read, for a spreadsheet: errors name their column as <c>Sheet!column</c>.</summary>
    public string? Sheet { get; set; }

    /// <summary>Normalised header name → the name the file writes (<c>create_date</c> → <c>Create Date</c>): errors name columns as the user sees them.</summary>
    public IReadOnlyDictionary<string, string>? Titles { get; set; }

    /// <summary>Records an error of the current row in <paramref name="column"/> (its normalised name; null for the row as a whole).</summary>
    public void Add(string? column, string message)
    {
        if (Count == 0)
        {
            Rejected++;
        }

        Count++;
        if (errors.Count < Kept)
        {
            var title = column is null ? null : Titles?.GetValueOrDefault(column) ?? column;
            errors.Add(new RowError(Row, Sheet is null || title is null ? title : $"{Sheet}!{title}", message));
        }
    }

    /// <summary>
    /// Records an error when <paramref name="value"/> of <paramref name="column"/> is longer than
    /// <paramref name="limit"/> characters (<see cref="Payoff.Core.Tracking.TextLimits.Tag"/> by default), so too long
    /// text is a row error, never stored or cut (issue 13 §4.6). Returns <paramref name="value"/>.
    /// </summary>
    public string? Limit(string column, string? value, int limit = Payoff.Core.Tracking.TextLimits.Tag)
    {
        if (Payoff.Core.Tracking.TextLimits.Problem(Titles?.GetValueOrDefault(column) ?? column, value, limit) is { } problem)
        {
            Add(column, problem);
        }

        return value;
    }

    /// <summary>Starts data row <paramref name="row"/>.</summary>
    public void Start(long row)
    {
        Row = row;
        Count = 0;
        Rows++;
    }
}
