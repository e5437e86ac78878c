using Payoff.Core.Channels;

namespace Payoff.Core.Contacts;

/// <summary>A contact as a CRM knows it: its lifecycle dates, deal revenue and own attribution.</summary>
/// <remarks>
/// The contact's date (when it became a contact) is the earliest of <see cref="LeadAt"/>,
/// <see cref="CreatedAt"/> and <see cref="CustomerAt"/>, and of its lead or customer events.
/// <see cref="Revenue"/>, when given, is the contact's deal revenue dated at <see cref="CustomerAt"/>;
/// the CRM is then the system of record and the contact's own purchase events add nothing to it.
/// </remarks>
public sealed record CrmContact
{
    /// <summary>The CRM's id; the same id on events stitches visitors to this contact.</summary>
    public required string ContactId { get; init; }

    /// <summary>When the CRM record was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the contact became a lead.</summary>
    public DateTimeOffset? LeadAt { get; init; }

    /// <summary>When the contact became a customer.</summary>
    public DateTimeOffset? CustomerAt { get; init; }

    /// <summary>Deal revenue, in <see cref="Currency"/>.</summary>
    public decimal? Revenue { get; init; }

    /// <summary>ISO 4217 code of <see cref="Revenue"/>.</summary>
    public string? Currency { get; init; }

    /// <summary>The CRM's own original source, mapped to Payoff's channels; overrides the computed one.</summary>
    public TrafficSource? OriginalSource { get; init; }

    /// <summary>The CRM's original source value as given (<c>SOCIAL_MEDIA</c>, <c>Organic search</c>).</summary>
    public string? OriginalSourceLabel { get; init; }
}
