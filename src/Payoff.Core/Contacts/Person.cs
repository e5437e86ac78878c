using Payoff.Core.Channels;

namespace Payoff.Core.Contacts;

/// <summary>
/// One person as the stores derive them (see <see cref="IdentityStitcher"/>): a CRM contact id, or an anonymous
/// visitor with a conversion, with the visitors stitched to it and its original source.
/// </summary>
/// <param name="Key">The contact id, or <see cref="IdentityStitcher.AnonymousPrefix"/> followed by the visitor id for an anonymous person.</param>
/// <param name="ContactId">The contact id; <see langword="null"/> for an anonymous person.</param>
/// <param name="VisitorIds">Every visitor id that belongs to the person, sorted ordinally (empty for a CRM contact with no tracked visit).</param>
/// <param name="ContactAt">When the person became a contact (UTC instant), or <see langword="null"/> when it never did.</param>
/// <param name="CustomerAt">When the person became a customer (UTC instant), or <see langword="null"/>.</param>
/// <param name="OriginalSource">Where the person first came from (<see cref="Contacts.OriginalSource"/>); it carries no click id.</param>
/// <param name="FirstVisitorId">The visitor of the first session, when <paramref name="OriginalSource"/> is that session's source.</param>
/// <param name="FirstSessionAt">The start (UTC instant) of that first session, when <paramref name="OriginalSource"/> is its source: when the person was first seen.</param>
public sealed record Person(
    string Key,
    string? ContactId,
    IReadOnlyList<string> VisitorIds,
    DateTimeOffset? ContactAt,
    DateTimeOffset? CustomerAt,
    TrafficSource OriginalSource,
    string? FirstVisitorId,
    DateTimeOffset? FirstSessionAt);
