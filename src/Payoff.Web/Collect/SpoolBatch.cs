using Payoff.Core.Collect;

namespace Payoff.Web.Collect;

/// <summary>Records made durable together in one spool segment.</summary>
/// <param name="Segment">The segment file's number.</param>
/// <param name="Records">The records, in order.</param>
public sealed record SpoolBatch(long Segment, IReadOnlyList<IngestRecord> Records);
