namespace Payoff.Web.Collect;

/// <summary>The fields of one event in a collect request, as sent (see docs/COLLECT.md).</summary>
public sealed record EventFields
{
    /// <summary>Site key (required from browsers).</summary>
    public string? Site { get; init; }

    /// <summary>pageview, lead, customer, conversion or outbound.</summary>
    public string? Type { get; init; }

    /// <summary>The page URL.</summary>
    public string? Url { get; init; }

    /// <summary>The page's referrer.</summary>
    public string? Referrer { get; init; }

    /// <summary>The script's first-party cookie id (cookie mode).</summary>
    public string? Visitor { get; init; }

    /// <summary>A server-side caller's visitor id.</summary>
    public string? VisitorId { get; init; }

    /// <summary>The sender's id for the event; replays with the same id are stored once.</summary>
    public string? EventId { get; init; }

    /// <summary>The CRM or form id of the person.</summary>
    public string? ContactId { get; init; }

    /// <summary>Conversion name, or the outbound link's target.</summary>
    public string? Name { get; init; }

    /// <summary>Monetary value.</summary>
    public decimal? Value { get; init; }

    /// <summary>ISO 4217 currency of <see cref="Value"/>.</summary>
    public string? Currency { get; init; }

    /// <summary>When the browser recorded the event (browser clock).</summary>
    public DateTimeOffset? Ts { get; init; }

    /// <summary>When the sender sent it (sender clock).</summary>
    public DateTimeOffset? SentAt { get; init; }

    /// <summary>A server-side caller's event time (may backdate).</summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>A server-side caller's end-user IP (ignored from browsers).</summary>
    public string? Ip { get; init; }

    /// <summary>A server-side caller's end-user user agent (ignored from browsers).</summary>
    public string? UserAgent { get; init; }

    /// <summary>Fields that were set aside while reading (an unreadable browser time).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
