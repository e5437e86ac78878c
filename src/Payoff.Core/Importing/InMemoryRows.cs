namespace Payoff.Core.Importing;

/// <summary>Records made in memory (the demo, tests) handed to a store as if read from a file: every one is a row, none rejected.</summary>
/// <typeparam name="T">The record type.</typeparam>
/// <param name="records">The records.</param>
public sealed class InMemoryRows<T>(IReadOnlyList<T> records) : IImportRows<T>
{
    /// <inheritdoc />
    public long Rows => records.Count;

    /// <inheritdoc />
    public long Rejected => 0;

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => records.GetEnumerator();

    /// <inheritdoc />
    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
