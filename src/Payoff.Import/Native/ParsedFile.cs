using Payoff.Core.Importing;

namespace Payoff.Import.Native;

/// <summary>What reading one native file gave: the good records and the rejected rows.</summary>
/// <typeparam name="T">The record type.</typeparam>
/// <param name="Records">The rows that passed every check, in file order.</param>
/// <param name="Rows">Data rows read.</param>
/// <param name="Errors">Every problem found, by row.</param>
public sealed record ParsedFile<T>(IReadOnlyList<T> Records, long Rows, IReadOnlyList<RowError> Errors)
{
    /// <summary>How many distinct rows were rejected.</summary>
    public long RejectedRows => Errors.Select(e => e.Row).Distinct().LongCount();
}
