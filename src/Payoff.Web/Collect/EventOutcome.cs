using System.Text.Json.Serialization;
using Payoff.Core.Collect;

namespace Payoff.Web.Collect;

/// <summary>What became of one event of a collect request.</summary>
/// <param name="Index">Its position in the batch (0 for a single event).</param>
/// <param name="Status"><c>accepted</c>, <c>dropped</c> (authenticated callers only; browsers see dropped events as accepted) or <c>rejected</c>.</param>
/// <param name="Error">Why it was rejected, naming the field.</param>
/// <param name="Reason">The drop reason (authenticated callers only).</param>
/// <param name="Warnings">Values set aside without rejecting the event.</param>
public sealed record EventOutcome(
    int Index,
    string Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Error,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reason,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] IReadOnlyList<string>? Warnings)
{
    /// <summary>The record to spool, if any.</summary>
    [JsonIgnore]
    public IngestRecord? Record { get; init; }

    /// <summary>The rate-limit partition (site key or key's workspace).</summary>
    [JsonIgnore]
    public string? Partition { get; init; }
}
