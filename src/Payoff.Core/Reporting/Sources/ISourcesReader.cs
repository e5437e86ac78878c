using Payoff.Core.Workspaces;

namespace Payoff.Core.Reporting.Sources;

/// <summary>Reads the sums behind the sources and benchmark reports from a store.</summary>
/// <remarks>
/// Implementations honour the semantics of reference §3, identically on every backend:
/// <list type="bullet">
/// <item>A session counts in the bucket its start instant falls in; a contact in the bucket of the
/// moment it became a contact; a customer in the bucket it became one; revenue at its own instant.</item>
/// <item>Buckets are half-open UTC ranges <c>[start, end)</c>, cut by the caller from local days.</item>
/// <item>Contacts, customers and revenue are credited to the person's original source; sessions to
/// their own source.</item>
/// <item>Only revenue in the workspace currency is summed; other currencies are returned apart.</item>
/// </list>
/// </remarks>
public interface ISourcesReader
{
    /// <summary>The sums per bucket and row key.</summary>
    /// <param name="workspace">The workspace.</param>
    /// <param name="buckets">Half-open UTC ranges; results refer to them by index.</param>
    /// <param name="grouping">What the row keys are.</param>
    /// <param name="network">A network or channel filter, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    Task<SourceSums> ReadAsync(
        Workspace workspace,
        IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End)> buckets,
        SourcesGrouping grouping,
        string? network,
        CancellationToken cancellationToken = default);
}
