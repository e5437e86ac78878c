using System.Globalization;
using Payoff.Core.Channels;
using Payoff.Core.Contacts;
using Payoff.Core.Costs;
using Payoff.Core.Events;
using Payoff.Core.Importing;

namespace Payoff.Storage.Contract;

/// <summary>Test data: events, contacts and import requests, classified by the real channel rules.</summary>
public static class Some
{
    private static int _files;

    /// <summary>A page view of <paramref name="visitor"/> at <paramref name="at"/> (ISO 8601) on <paramref name="url"/>.</summary>
    public static TrackedEvent Visit(string id, string visitor, string at, string url = "https://shop.example.com/", string? contact = null) => new()
    {
        EventId = id,
        Timestamp = Instant(at),
        VisitorId = visitor,
        Type = EventType.Pageview,
        Url = url,
        ContactId = contact,
        Source = ChannelClassifier.Default.Classify(url, null),
    };

    /// <summary>A conversion event (lead, customer, conversion).</summary>
    public static TrackedEvent Conversion(string id, string? visitor, string at, EventType type, string? contact = null, decimal? value = null, string url = "https://shop.example.com/thanks") => new()
    {
        EventId = id,
        Timestamp = Instant(at),
        VisitorId = visitor,
        Type = type,
        ContactId = contact,
        Value = value,
        Currency = value is null ? null : "USD",
        Url = url,
        Source = ChannelClassifier.Default.Classify(url, null),
    };

    /// <summary>A CRM contact.</summary>
    public static CrmContact Contact(string id, string? created = null, string? lead = null, string? customer = null, string? originalSource = null) => new()
    {
        ContactId = id,
        CreatedAt = created is null ? null : Instant(created),
        LeadAt = lead is null ? null : Instant(lead),
        CustomerAt = customer is null ? null : Instant(customer),
        OriginalSource = originalSource is null ? null : CrmOriginalSource.Map(originalSource, null, null),
        OriginalSourceLabel = originalSource,
    };

    /// <summary>A day's ad cost in USD.</summary>
    public static AdCost Cost(string day, string network, string campaign, decimal amount) =>
        new(DateOnly.Parse(day, CultureInfo.InvariantCulture), network, campaign, amount, "USD");

    /// <summary>An import request of a file never imported before.</summary>
    public static ImportRequest Request(ImportKind kind, long rows)
    {
        var n = Interlocked.Increment(ref _files);
        return new(kind, $"contract-{n}.csv", $"{Guid.NewGuid():N}{n}", rows, 0);
    }

    /// <summary>Rows of an in-memory file.</summary>
    public static InMemoryRows<T> Rows<T>(params T[] rows) => new(rows);

    /// <summary>An ISO 8601 instant.</summary>
    public static DateTimeOffset Instant(string at) => DateTimeOffset.Parse(at, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
