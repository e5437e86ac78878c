using System.Globalization;
using Payoff.Core.Attribution;
using Payoff.Core.Money;
using Payoff.Core.Workspaces;

namespace Payoff.Core.Advocacy;

/// <summary>What a friend did.</summary>
public enum FriendActionKind
{
    /// <summary>Became a lead (first contact).</summary>
    Lead,

    /// <summary>Became a customer (first purchase).</summary>
    Customer,

    /// <summary>A purchase: its amount is the friend's revenue.</summary>
    Purchase,

    /// <summary>A named conversion (its value, when it carried one, is the assigned value).</summary>
    Conversion,
}

/// <summary>A share of one friend action credited to one advocate's referral.</summary>
/// <param name="Code">The advocate's referral code.</param>
/// <param name="Program">The referral's <c>utm_campaign</c> (the program's name on Payoff's links), or null.</param>
/// <param name="Network">The network the referral was shared on, or null.</param>
/// <param name="PersonKey">The friend.</param>
/// <param name="Kind">What the friend did.</param>
/// <param name="Name">The conversion's name for <see cref="FriendActionKind.Conversion"/>; else null.</param>
/// <param name="At">When (UTC).</param>
/// <param name="Day">Its workspace-local day.</param>
/// <param name="Share">The share credited (1 under the first-referral rule; a model's fraction otherwise).</param>
/// <param name="Value">The credited share of the action's money in the workspace currency: a purchase's amount (revenue), a conversion's assigned value (<c>payoff value set</c>); 0 for leads and customers.</param>
public sealed record CreditedAction(string Code, string? Program, string? Network, string PersonKey, FriendActionKind Kind, string? Name, DateTimeOffset At, DateOnly Day, double Share, decimal Value);

/// <summary>
/// Credits friends' actions to the advocates whose referrals brought them (issue 19).
/// </summary>
/// <remarks>
/// <para><b>First referral (the default).</b> A friend is the advocate's whose referral touch (a click on the advocate's short link
/// or a visit landing with their <c>ref=CODE</c>) reached them first; every action of the friend at or after that touch — becoming a lead, a
/// customer, each purchase and each named conversion — is credited wholly to that advocate and to the touch's program and
/// network. This is a referral program's usual "first referrer wins", and what rewards are earned by.</para>
/// <para><b>A model on request.</b> Each action's journey is the friend's touches in the 90 days before it (as every Payoff journey):
/// referral touches keyed by advocate, other sessions by channel. The attribution model (<see cref="AttributionModels"/>) splits each
/// kind of action over those journeys; other channels keep their share, so advocates get less than under the first-referral rule.
/// Only actions whose journey holds a referral touch are read.</para>
/// <para>Touches of codes no advocate has, and an advocate's own touches (the friend is the advocate's contact), are left out.</para>
/// </remarks>
public static class ReferralCrediting
{
    /// <summary>The lookback of model journeys, in days (Payoff's journey default).</summary>
    public const int LookbackDays = 90;

    /// <summary>The name of the default rule as reports print it.</summary>
    public const string FirstReferral = "first-referral";

    private const char Separator = '\u001f';

    /// <summary>The referral touches that count: known codes, not the advocate's own person; oldest first.</summary>
    public static IReadOnlyList<ReferralTouch> Counted(ReferralData data, IReadOnlyList<Advocate> advocates)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(advocates);
        var byCode = advocates.ToDictionary(a => a.Code, StringComparer.Ordinal);
        return [.. data.Touches.Where(t => byCode.TryGetValue(t.Code, out var a) && !string.Equals(a.ContactId, t.PersonKey, StringComparison.Ordinal))];
    }

    /// <summary>Each friend's first counted referral touch, by person key.</summary>
    public static IReadOnlyDictionary<string, ReferralTouch> FirstReferrals(IReadOnlyList<ReferralTouch> counted)
    {
        ArgumentNullException.ThrowIfNull(counted);
        var first = new Dictionary<string, ReferralTouch>(StringComparer.Ordinal);
        foreach (var t in counted.OrderBy(t => t.At).ThenBy(t => t.Code, StringComparer.Ordinal))
        {
            first.TryAdd(t.PersonKey, t);
        }

        return first;
    }

    /// <summary>
    /// The credited actions whose local day lies in <paramref name="range"/>: under the first-referral rule when
    /// <paramref name="model"/> is null, else split by the model.
    /// </summary>
    /// <param name="data">The workspace's referral data.</param>
    /// <param name="advocates">The workspace's advocates.</param>
    /// <param name="range">The local days whose actions count.</param>
    /// <param name="calendar">The workspace's calendar.</param>
    /// <param name="converter">Converts purchases and conversion values to the workspace currency (amounts it cannot convert are left out and named in <paramref name="warnings"/>).</param>
    /// <param name="values">The workspace's assigned values per conversion name: a friend's named conversion is worth its name's.</param>
    /// <param name="model">An attribution model, or null for the first-referral rule.</param>
    /// <param name="warnings">Receives what was left out and why.</param>
    public static IReadOnlyList<CreditedAction> Credit(ReferralData data, IReadOnlyList<Advocate> advocates, DateRange range, WorkspaceCalendar calendar, CurrencyConverter converter, IReadOnlyList<AssignedValue> values, IAttributionModel? model, ICollection<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(range);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(converter);
        ArgumentNullException.ThrowIfNull(warnings);
        var counted = Counted(data, advocates);
        var first = FirstReferrals(counted);
        var touchesOf = counted.ToLookup(t => t.PersonKey, StringComparer.Ordinal);
        var result = new List<CreditedAction>();
        var journeys = new Dictionary<(FriendActionKind Kind, string? Name), List<(Journey Journey, DateOnly Day)>>();
        foreach (var friend in data.Friends)
        {
            if (!first.TryGetValue(friend.PersonKey, out var referral))
            {
                continue;
            }

            foreach (var (kind, name, at, value) in Actions(friend, converter, calendar, values, warnings))
            {
                var day = calendar.DateOf(at);
                if (!range.Contains(day))
                {
                    continue;
                }

                if (model is null)
                {
                    if (at >= referral.At)
                    {
                        result.Add(new CreditedAction(referral.Code, referral.Campaign, referral.Network, friend.PersonKey, kind, name, at, day, 1, value));
                    }

                    continue;
                }

                var window = at.AddDays(-LookbackDays);
                // A click, its visit and the pages carrying the code within 30 minutes after it are one touch (as the journey reader's clicks and sessions).
                var touches = new List<(DateTimeOffset At, string Key)>();
                foreach (var t in touchesOf[friend.PersonKey].Where(t => t.At <= at && t.At >= window).OrderBy(t => t.At))
                {
                    var key = string.Join(Separator, t.Code, t.Campaign ?? string.Empty, t.Network ?? string.Empty);
                    if (!touches.Any(k => k.Key == key && t.At - k.At <= TimeSpan.FromMinutes(30)))
                    {
                        touches.Add((t.At, key));
                    }
                }

                if (touches.Count == 0)
                {
                    continue;
                }

                touches.AddRange(friend.Sessions.Where(s => s.At <= at && s.At >= window).Select(s => (s.At, Key: s.Channel)));
                var ordered = touches.OrderBy(t => t.At).ThenBy(t => t.Key, StringComparer.Ordinal).ToList();
                var journey = new Journey([.. ordered.Select(t => t.Key)], 1, value, 0, [.. ordered.Select(t => (at - t.At).TotalDays)]);
                var group = (kind, kind == FriendActionKind.Conversion ? name?.ToLowerInvariant() : null);
                if (!journeys.TryGetValue(group, out var list))
                {
                    journeys[group] = list = [];
                }

                list.Add((journey, day));
            }
        }

        if (model is not null)
        {
            // A model credits keys over a set of journeys; each journey is split alone (its keys' shares of its one
            // conversion), except for set-level models (Markov, Shapley) whose credits are spread over the set's journeys by
            // each key's share of the set.
            foreach (var ((kind, name), list) in journeys.OrderBy(j => j.Key.Kind).ThenBy(j => j.Key.Name, StringComparer.Ordinal))
            {
                var credits = model.Attribute([.. list.Select(j => j.Journey)]);
                var total = credits.TotalConversions;
                foreach (var credit in credits.Credits)
                {
                    var parts = credit.Channel.Split(Separator);
                    if (parts.Length != 3 || total == 0)
                    {
                        continue;
                    }

                    // Set-level credit placed on the last day of the keyed journeys (the report sums it; rewards never use models).
                    var day = list.Where(j => j.Journey.Keys.Contains(credit.Channel, StringComparer.Ordinal)).Max(j => j.Day);
                    result.Add(new CreditedAction(parts[0], parts[1].Length == 0 ? null : parts[1], parts[2].Length == 0 ? null : parts[2], string.Empty, kind, name, calendar.StartOfDay(day), day, credit.Conversions, credit.Value));
                }
            }
        }

        return result;
    }

    /// <summary>A friend's actions: lead, customer, each revenue row and each named conversion, with their money in the workspace currency (a conversion's is its name's assigned value).</summary>
    public static IEnumerable<(FriendActionKind Kind, string? Name, DateTimeOffset At, decimal Value)> Actions(ReferredPerson friend, CurrencyConverter converter, WorkspaceCalendar calendar, IReadOnlyList<AssignedValue> values, ICollection<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(friend);
        ArgumentNullException.ThrowIfNull(converter);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(warnings);
        if (friend.ContactAt is { } lead)
        {
            yield return (FriendActionKind.Lead, null, lead, 0);
        }

        if (friend.CustomerAt is { } customer)
        {
            yield return (FriendActionKind.Customer, null, customer, 0);
        }

        foreach (var p in friend.Purchases)
        {
            yield return (FriendActionKind.Purchase, null, p.At, Money(p.Amount, p.Currency, p.At, converter, calendar, warnings));
        }

        foreach (var c in friend.Conversions)
        {
            var assigned = values.FirstOrDefault(v => string.Equals(v.Conversion, c.Name, StringComparison.OrdinalIgnoreCase));
            yield return (FriendActionKind.Conversion, c.Name, c.At, assigned is null ? 0 : Money(assigned.Value, assigned.Currency, c.At, converter, calendar, warnings));
        }
    }

    private static decimal Money(decimal amount, string currency, DateTimeOffset at, CurrencyConverter converter, WorkspaceCalendar calendar, ICollection<string> warnings)
    {
        if (converter.Convert(amount, currency, calendar.DateOf(at)) is { } converted)
        {
            return converted;
        }

        var warning = string.Create(CultureInfo.InvariantCulture, $"Friends' amounts in {currency} are left out: no rate to {converter.WorkspaceCurrency} ({Ledger.Ledger.RateHint(currency)}).");
        if (!warnings.Contains(warning))
        {
            warnings.Add(warning);
        }

        return 0;
    }
}
