using System.Collections;
using Payoff.Core.Importing;
using Payoff.Import.Native;

namespace Payoff.Import;

/// <summary>
/// A file's records on their way to the store: notes the period they cover and a few samples, and at
/// the end of the file throws <see cref="FileRejectedException"/> when it must not be written (no data
/// rows, or bad rows without skip-invalid), which rolls the store's transaction back.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
internal sealed class CheckedRows<T>(ParsedFile<T> file, ImportRequest request, Func<T, (DateOnly From, DateOnly To)?> days, bool skipInvalid) : IImportRows<T>
    where T : class
{
    /// <summary>How many records a summary shows as a sample.</summary>
    public const int SampleSize = 5;

    private readonly List<object> sample = [];

    /// <inheritdoc />
    public long Rows => file.Rows;

    /// <inheritdoc />
    public long Rejected => file.Rejected;

    /// <summary>The request with the counts read so far.</summary>
    public ImportRequest Request => request with { Rows = Rows, Rejected = Rejected };

    /// <summary>The days the records read so far cover.</summary>
    public ImportPeriod? Period { get; private set; }

    /// <summary>The first records read.</summary>
    public IReadOnlyList<object> Sample => sample;

    /// <summary>The records read so far.</summary>
    public long Records { get; private set; }

    /// <summary>The problems found so far.</summary>
    public IReadOnlyList<RowError> Errors => file.Errors;

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator()
    {
        foreach (var record in file)
        {
            Records++;
            if (sample.Count < SampleSize)
            {
                sample.Add(record);
            }

            if (days(record) is { } d)
            {
                Period = Period is null ? new ImportPeriod(d.From, d.To) : Period.Include(d.From, d.To);
            }

            yield return record;
        }

        if (file.Rows == 0)
        {
            throw new FileRejectedException(noRows: true);
        }

        if (file.Rejected > 0 && !skipInvalid)
        {
            throw new FileRejectedException(noRows: false);
        }
    }

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
