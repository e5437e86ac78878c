namespace Payoff.Core.Advocacy;

/// <summary>How a friend met an advocate's referral.</summary>
public enum ReferralTouchKind
{
    /// <summary>A click on the advocate's Payoff short link (its destination carries <c>ref=CODE</c>): an invitation opened.</summary>
    Click,

    /// <summary>A session that landed on a URL carrying <c>ref=CODE</c> (through the short link, the website script, the collect endpoint or an imported events file): a referral visit.</summary>
    Visit,

    /// <summary>Another tracked event carrying <c>ref=CODE</c>: a page inside a session that did not land with it, or a form that submitted the code. A touch, not a visit.</summary>
    Event,
}

/// <summary>One moment a person met advocate <see cref="Code"/>'s referral.</summary>
/// <param name="Code">The referral code (upper case), as it was in the URL's <c>ref</c> parameter.</param>
/// <param name="PersonKey">The person (<see cref="Contacts.Person.Key"/>): every visitor stitched to one contact is one person.</param>
/// <param name="VisitorId">The visitor id the touch was recorded with.</param>
/// <param name="At">When (UTC).</param>
/// <param name="Kind">A short-link click, a visit, or another event carrying the code.</param>
/// <param name="Campaign">The touch's <c>utm_campaign</c> — the program's name on Payoff's referral links — or null.</param>
/// <param name="Network">The network the advocate shared it on (<c>utm_content</c>), or null.</param>
public sealed record ReferralTouch(string Code, string PersonKey, string VisitorId, DateTimeOffset At, ReferralTouchKind Kind, string? Campaign, string? Network);

/// <summary>A touch of a friend's journey that is not a referral: a session, keyed by its channel (for attribution models).</summary>
/// <param name="At">When the session started (UTC).</param>
/// <param name="Channel">Its default channel group.</param>
public sealed record OtherTouch(DateTimeOffset At, string Channel);

/// <summary>A purchase of a friend: an amount in <see cref="Currency"/> at <see cref="At"/>.</summary>
/// <param name="At">When (UTC).</param>
/// <param name="Amount">The amount, in <paramref name="Currency"/>.</param>
/// <param name="Currency">ISO 4217.</param>
public sealed record FriendPurchase(DateTimeOffset At, decimal Amount, string Currency);

/// <summary>A named conversion of a friend (a tracked conversion event, not a lead or purchase), with its value when it carried one (that value is already in the friend's purchases, as revenue).</summary>
/// <param name="Name">The conversion's name as recorded.</param>
/// <param name="At">When (UTC).</param>
/// <param name="Value">Its value in <paramref name="Currency"/>, or null.</param>
/// <param name="Currency">The value's currency, or null.</param>
/// <param name="ImportId">The import that brought it, or null (collected live).</param>
public sealed record FriendConversion(string Name, DateTimeOffset At, decimal? Value, string? Currency, long? ImportId);

/// <summary>What Payoff knows of a person who met at least one referral: the facts crediting and rewards are computed from.</summary>
/// <param name="PersonKey">The person.</param>
/// <param name="ContactId">Their contact id, or null for a visitor never identified.</param>
/// <param name="VisitorIds">Their visitor ids, sorted ordinally.</param>
/// <param name="ContactAt">When they first became a contact (a lead), or null.</param>
/// <param name="LeadImportId">The import that made them a lead, or null (collected live or not a lead).</param>
/// <param name="CustomerAt">When they first bought, or null.</param>
/// <param name="CustomerImportId">The import that made them a customer, or null.</param>
/// <param name="CreatedAt">When the CRM says the contact was created, or null (a friend created before the referral already was a contact).</param>
/// <param name="Purchases">Their revenue rows, oldest first: purchases and conversions that carried a value, and CRM revenue.</param>
/// <param name="Conversions">Their named conversions, oldest first.</param>
/// <param name="Sessions">Their sessions that are not referral visits of an advocate's code, oldest first.</param>
public sealed record ReferredPerson(
    string PersonKey,
    string? ContactId,
    IReadOnlyList<string> VisitorIds,
    DateTimeOffset? ContactAt,
    long? LeadImportId,
    DateTimeOffset? CustomerAt,
    long? CustomerImportId,
    DateTimeOffset? CreatedAt,
    IReadOnlyList<FriendPurchase> Purchases,
    IReadOnlyList<FriendConversion> Conversions,
    IReadOnlyList<OtherTouch> Sessions);

/// <summary>Every referral touch of a workspace and the people who made them.</summary>
/// <param name="Touches">The touches, oldest first (ties by code, person).</param>
/// <param name="Friends">Each person with a touch, by key (an advocate's own clicks included: the report leaves them out).</param>
/// <param name="AdvocateVisitorIds">Each advocate's visitor ids by contact id — those stitched to them and any that ever carried their contact id — for the self-referral check.</param>
public sealed record ReferralData(IReadOnlyList<ReferralTouch> Touches, IReadOnlyList<ReferredPerson> Friends, IReadOnlyDictionary<string, IReadOnlyList<string>> AdvocateVisitorIds);
