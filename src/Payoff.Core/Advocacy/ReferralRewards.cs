using System.Globalization;
using Payoff.Core.Workspaces;

namespace Payoff.Core.Advocacy;

/// <summary>
/// Finds the friend actions that earn a program's two-way rewards and decides them (<see cref="RewardRules"/>): a friend's
/// action is the program's when the friend's first referral (<see cref="ReferralCrediting.FirstReferrals"/>) was a link or visit
/// of that program (its <c>utm_campaign</c> is the program's name, any case) and the action is the program's trigger —
/// becoming a lead, becoming a customer, or each conversion of the program's name — at or after that referral.
/// Actions are decided oldest first, so the monthly cap rewards the first ones.
/// </summary>
public static class ReferralRewards
{
    /// <summary>
    /// The new reward entries (two per action not yet in <paramref name="ledger"/>) for every program; replays create nothing.
    /// </summary>
    /// <param name="data">The workspace's referral data.</param>
    /// <param name="advocates">Its advocates.</param>
    /// <param name="programs">Its programs.</param>
    /// <param name="ledger">Every reward stored so far (any status).</param>
    /// <param name="calendar">The workspace's calendar (the window and the cap count local days and months).</param>
    public static IReadOnlyList<RewardEntry> Decide(ReferralData data, IReadOnlyList<Advocate> advocates, IReadOnlyList<ReferralProgram> programs, IReadOnlyList<RewardEntry> ledger, WorkspaceCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(advocates);
        ArgumentNullException.ThrowIfNull(programs);
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(calendar);
        var byCode = advocates.ToDictionary(a => a.Code, StringComparer.Ordinal);
        var byName = programs.ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
        // The advocate's own touches stay in: their own action through their own link is refused as a self-referral, in the ledger.
        var first = ReferralCrediting.FirstReferrals([.. data.Touches.Where(t => byCode.ContainsKey(t.Code))]);
        var due = new List<(ReferralProgram Program, Advocate Advocate, FriendAction Action)>();
        foreach (var friend in data.Friends)
        {
            if (!first.TryGetValue(friend.PersonKey, out var referral) || referral.Campaign is null || !byName.TryGetValue(referral.Campaign, out var program))
            {
                continue;
            }

            var advocate = byCode[referral.Code];
            var contact = friend.ContactId ?? friend.PersonKey;
            DateTimeOffset? known = new[] { friend.CreatedAt, friend.ContactAt }.Where(t => t < referral.At).Min();
            foreach (var (key, at, import) in Triggers(program, friend))
            {
                if (at >= referral.At)
                {
                    due.Add((program, advocate, new FriendAction(key, contact, at, calendar.DateOf(at), friend.VisitorIds, known, import, referral.Network)));
                }
            }
        }

        var all = ledger.ToList();
        var added = new List<RewardEntry>();
        foreach (var (program, advocate, action) in due.OrderBy(d => d.Action.At).ThenBy(d => d.Action.Key, StringComparer.Ordinal))
        {
            var visitors = data.AdvocateVisitorIds.TryGetValue(advocate.ContactId, out var v) ? v : [];
            var entries = RewardRules.Decide(program, advocate, [.. visitors], action, all);
            all.AddRange(entries);
            added.AddRange(entries);
        }

        return added;
    }

    private static IEnumerable<(string Key, DateTimeOffset At, long? ImportId)> Triggers(ReferralProgram program, ReferredPerson friend)
    {
        switch (program.On)
        {
            case RewardTrigger.Lead when friend.ContactAt is { } lead:
                yield return ($"lead:{friend.PersonKey}", lead, friend.LeadImportId);
                break;
            case RewardTrigger.Customer when friend.CustomerAt is { } customer:
                yield return ($"customer:{friend.PersonKey}", customer, friend.CustomerImportId);
                break;
            case RewardTrigger.Conversion:
                foreach (var c in friend.Conversions.Where(c => string.Equals(c.Name, program.Conversion, StringComparison.OrdinalIgnoreCase)))
                {
                    yield return (string.Create(CultureInfo.InvariantCulture, $"conversion:{c.Name.ToLowerInvariant()}:{friend.PersonKey}:{c.At.UtcTicks}"), c.At, c.ImportId);
                }

                break;
        }
    }
}
