using Payoff.Core.Workspaces;

namespace Payoff.Core.Attribution;

/// <summary>Reads journeys: from tracked events (sessions of every visitor stitched to a person) or from imported paths.</summary>
/// <remarks>
/// What every adapter honours:
/// <list type="bullet">
/// <item><b>Time zone.</b> <see cref="JourneyQuery.Range"/> holds workspace-local days: a conversion counts when
/// it happened in the half-open UTC range from the first day's local midnight to the local midnight after the
/// last day (<see cref="WorkspaceCalendar.Range"/>), DST-safe. Stored timestamps are UTC.</item>
/// <item><b>Lookback.</b> A touch (a session start, or a tracked link click whose own session is not already a
/// touch: same key within 30 minutes after it) counts when it lies at or before the conversion and no more than
/// <see cref="JourneyQuery.LookbackDays"/> × 24 hours before it. A conversion with no such touch is counted in
/// <see cref="JourneySet.Untouched"/>, never returned as an empty journey.</item>
/// <item><b>Ordering.</b> Converting journeys come first, in conversion order (time, then person key); each
/// journey's keys run oldest touch first (ties by key, ordinal) with <see cref="Journey.DaysBefore"/> aligned to
/// them. Non-converting journeys (one per person with sessions in the range and no such conversion in it,
/// sessions oldest first) follow. Imported paths come in file order.</item>
/// <item><b>People.</b> A journey is a person's (<see cref="Contacts.IdentityStitcher"/>): a person's visitors are
/// every visitor stitched to the same contact (the first contact id each visitor carried); a visitor never stitched
/// is a person of its own.</item>
/// <item><b>Conversions.</b> <c>lead</c> is a person's first contact, <c>customer</c> their first purchase (valued
/// by their revenue in the workspace currency that day), anything else a conversion event's name, compared
/// case-insensitively.</item>
/// <item>Reads only: no method writes, so calls are repeatable and give the same answer on the same data.</item>
/// </list>
/// </remarks>
public interface IJourneyReader
{
    /// <summary>Whether the workspace has tracked sessions.</summary>
    Task<bool> HasEventsAsync(Workspace workspace, CancellationToken cancellationToken = default);

    /// <summary>
    /// The converting journeys of the query's conversions — each conversion's touches in the lookback
    /// window, oldest first, with their days before the conversion — and one non-converting journey per
    /// person with sessions in the range and no such conversion in it; with the count of conversions that
    /// had no touch in their window.
    /// </summary>
    Task<JourneySet> ReadEventsAsync(Workspace workspace, JourneyQuery query, CancellationToken cancellationToken = default);

    /// <summary>The imported paths (<c>payoff import journeys</c>), in file order; they carry no dates.</summary>
    Task<IReadOnlyList<Journey>> ReadPathsAsync(Workspace workspace, CancellationToken cancellationToken = default);

    /// <summary>
    /// Why <paramref name="conversion"/> cannot be read, or null when it can: <c>lead</c>, <c>customer</c>
    /// and the name (any case) of any tracked conversion that carries one are known; anything else would give
    /// journeys without a single conversion, so the answer is
    /// <c>Unknown conversion 'X': known are lead, customer, …</c> with the known names in ordinal order.
    /// </summary>
    Task<string?> ConversionErrorAsync(Workspace workspace, string conversion, CancellationToken cancellationToken = default);
}
