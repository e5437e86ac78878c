using Payoff.Core.Channels;

namespace Payoff.Core.Events;

/// <summary>One event as stored: what happened, to whom, when, and where the hit came from.</summary>
/// <remarks>
/// Events are idempotent by <see cref="EventId"/> within a workspace: storing the same id twice keeps
/// the first. <see cref="Timestamp"/> is an instant; days are cut in the workspace's time zone only
/// when reporting.
/// </remarks>
public sealed record TrackedEvent
{
    /// <summary>The sender's unique id for the event.</summary>
    public required string EventId { get; init; }

    /// <summary>When it happened.</summary>
    public required DateTimeOffset Timestamp { get; init; }

    /// <summary>The browser or device (anonymous visitor id); may be missing on server-side conversions.</summary>
    public string? VisitorId { get; init; }

    /// <summary>What happened.</summary>
    public required EventType Type { get; init; }

    /// <summary>The page or landing URL, with its UTM tags.</summary>
    public string? Url { get; init; }

    /// <summary>The referrer URL.</summary>
    public string? Referrer { get; init; }

    /// <summary>The monetary value in <see cref="Currency"/>, if any.</summary>
    public decimal? Value { get; init; }

    /// <summary>ISO 4217 code of <see cref="Value"/>.</summary>
    public string? Currency { get; init; }

    /// <summary>The CRM or form id of the person; stitches the visitor to that contact.</summary>
    public string? ContactId { get; init; }

    /// <summary>The conversion's name (<c>newsletter</c>, <c>trial</c>) or a page title.</summary>
    public string? Name { get; init; }

    /// <summary>The registered site a live event was collected for; <see langword="null"/> for imported events.</summary>
    public long? SiteId { get; init; }

    /// <summary>The coarse device class (<c>mobile</c>, <c>tablet</c>, <c>desktop</c>) of a collected event.</summary>
    public string? Device { get; init; }

    /// <summary>The browser family of a collected event (see <see cref="Collect.DeviceClass"/>).</summary>
    public string? Browser { get; init; }

    /// <summary>The ISO 3166 country code a trusted proxy reported for the visitor, if any.</summary>
    public string? Country { get; init; }

    /// <summary>The classification of <see cref="Url"/> and <see cref="Referrer"/>.</summary>
    public required TrafficSource Source { get; init; }
}
