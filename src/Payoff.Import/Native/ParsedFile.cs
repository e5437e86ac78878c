using System.Collections;
using Payoff.Core.Importing;

namespace Payoff.Import.Native;

/// <summary>
/// One file's records as they are read: a store streams them (<see cref="IImportRows{T}"/>), or
/// <see cref="Records"/> reads them all into memory for the kinds that need the whole set at once.
/// </summary>
/// <remarks>The file is read once: either enumerated (streamed) or materialised, not both.</remarks>
/// <typeparam name="T">The record type.</typeparam>
public sealed class ParsedFile<T> : IImportRows<T>
{
    private readonly List<RowError> errors = [];
    private readonly RowErrors tally;
    private readonly Func<RowErrors, IEnumerable<T>> produce;
    private List<T>? records;
    private bool started;

    internal ParsedFile(Func<RowErrors, IEnumerable<T>> produce)
    {
        this.produce = produce;
        tally = new RowErrors(errors);
    }

    /// <inheritdoc />
    public long Rows => tally.Rows;

    /// <inheritdoc />
    public long Rejected => tally.Rejected;

    /// <summary>How many distinct rows were rejected (reads the file when it has not been read).</summary>
    public long RejectedRows
    {
        get
        {
            Materialise();
            return Rejected;
        }
    }

    /// <summary>The problems found, by row: the first <see cref="RowErrors.Kept"/> (reads the file when it has not been read).</summary>
    public IReadOnlyList<RowError> Errors
    {
        get
        {
            Materialise();
            return errors;
        }
    }

    /// <summary>The rows that passed every check, in file order, read into memory.</summary>
    public IReadOnlyList<T> Records
    {
        get
        {
            Materialise();
            return records ?? throw new InvalidOperationException("The file's rows were streamed to the store; they are not kept.");
        }
    }

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator()
    {
        if (started)
        {
            throw new InvalidOperationException("A file's rows are read once.");
        }

        started = true;
        return produce(tally).GetEnumerator();
    }

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private void Materialise()
    {
        if (!started)
        {
            var all = new List<T>();
            foreach (var record in this)
            {
                all.Add(record);
            }

            records = all;
        }
    }
}
