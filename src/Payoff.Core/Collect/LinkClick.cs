using System.Text.Json.Serialization;
using Payoff.Core.Events;

namespace Payoff.Core.Collect;

/// <summary>
/// A request for a tracked link, kept raw whether a person or a machine made it. Only human clicks
/// (no <see cref="DropReason"/>) count as clicks and become a click event in the visitor's journey.
/// </summary>
public sealed record LinkClick : IngestRecord
{
    /// <summary>The click's unique id; also its reference (<c>pf_lc</c>) on the landing page.</summary>
    public required string ClickId { get; init; }

    /// <summary>The link clicked.</summary>
    public required long LinkId { get; init; }

    /// <summary>When.</summary>
    public required DateTimeOffset Timestamp { get; init; }

    /// <summary>The hashed visitor (no cookie is set on the short-link domain).</summary>
    public required string VisitorId { get; init; }

    /// <summary>Why the click is not human, or <see langword="null"/> for a person.</summary>
    public DropReason? Reason { get; init; }

    /// <summary>The URL the request was redirected to.</summary>
    public required string Destination { get; init; }

    /// <summary>The event id of the click event of the human click <paramref name="clickId"/>: <c>click:</c> and the id.</summary>
    public static string EventIdOf(string clickId) => "click:" + clickId;

    /// <summary>
    /// What the click event of a human click adds to the click (<see cref="Event"/>), or <see langword="null"/> for a
    /// request that is not counted.
    /// </summary>
    public ClickVisit? Visit { get; init; }

    /// <summary>
    /// The click event written whole beside the click, as releases before <see cref="Visit"/> spooled it (their
    /// segments are still replayed); <see langword="null"/> in records written since.
    /// </summary>
    [JsonPropertyName("Event")]
    public TrackedEvent? SpooledEvent { get; init; }

    /// <summary>
    /// The click event that carries the link's tags into the visitor's session (human clicks only): event id
    /// <see cref="EventIdOf"/>, the click's time and visitor, the destination as its URL, and <see cref="Visit"/>.
    /// </summary>
    [JsonIgnore]
    public TrackedEvent? Event => SpooledEvent ?? (Visit is { } visit ? new TrackedEvent
    {
        EventId = EventIdOf(ClickId),
        Timestamp = Timestamp,
        VisitorId = VisitorId,
        Type = EventType.Click,
        Url = Destination,
        Referrer = visit.Referrer,
        Name = visit.Name,
        Device = visit.Device,
        Browser = visit.Browser,
        Country = visit.Country,
        Source = visit.Source,
    } : null);

    /// <summary>The unique-click key: the visitor and the UTC hour (unique clicks are counted per visitor per hour).</summary>
    [JsonIgnore]
    public string UniqueKey => $"{VisitorId}@{Timestamp.UtcDateTime:yyyyMMddHH}";
}
