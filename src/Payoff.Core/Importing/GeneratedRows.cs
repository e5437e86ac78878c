namespace Payoff.Core.Importing;

/// <summary>
/// Records made as they are enumerated (the demo's generated visits, a benchmark's events) handed to a store
/// without holding them all in memory: every one is a row, none rejected; <see cref="Rows"/> counts them as
/// the store reads them, so it is final once the store's enumeration ends.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
/// <param name="records">The records, enumerated once.</param>
public sealed class GeneratedRows<T>(IEnumerable<T> records) : IImportRows<T>
{
    /// <inheritdoc />
    public long Rows { get; private set; }

    /// <inheritdoc />
    public long Rejected => 0;

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator()
    {
        foreach (var record in records)
        {
            Rows++;
            yield return record;
        }
    }

    /// <inheritdoc />
    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
