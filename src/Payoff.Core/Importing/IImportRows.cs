namespace Payoff.Core.Importing;

/// <summary>
/// The records of one file as it is being read, for a store that writes them as they come instead of
/// holding the whole file in memory.
/// </summary>
/// <remarks>
/// The store enumerates the records once, inside the import's transaction. <see cref="Rows"/> and
/// <see cref="Rejected"/> are final only when that enumeration has ended. The enumeration throws when
/// the file must not be written (bad rows without skip-invalid, no rows): the store lets the exception
/// through, so its transaction rolls back and nothing of the file is kept.
/// </remarks>
/// <typeparam name="T">The record type.</typeparam>
public interface IImportRows<out T> : IEnumerable<T>
{
    /// <summary>Data rows read so far (final after the enumeration).</summary>
    long Rows { get; }

    /// <summary>Rows rejected so far (final after the enumeration).</summary>
    long Rejected { get; }
}
