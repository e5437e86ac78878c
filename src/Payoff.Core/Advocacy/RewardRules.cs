using System.Globalization;

namespace Payoff.Core.Advocacy;

/// <summary>
/// Turns a friend's qualifying action into the two reward entries of a two-way program (seed 001: reward the advocate for
/// inviting and the friend for acting, transparently), applying the program's rules in this order — the first that
/// fails voids both entries with its reason:
/// <list type="number">
/// <item>a replay (an action whose key the ledger already holds) creates nothing;</item>
/// <item>self-referral: the friend is the advocate's own contact, or shares a visitor id with the advocate;</item>
/// <item>a friend who already was a contact before the referral visit (this also breaks loops: A invites B, B invites A);</item>
/// <item>the program's window (<see cref="ReferralProgram.From"/> to <see cref="ReferralProgram.To"/>, local days);</item>
/// <item>the cap: at most <see cref="ReferralProgram.Cap"/> rewarded actions per advocate per local calendar month, counted in the
/// order Payoff records them.</item>
/// </list>
/// </summary>
public static class RewardRules
{
    /// <summary>
    /// The reward entries <paramref name="action"/> creates for <paramref name="advocate"/> in <paramref name="program"/>, given the
    /// program's <paramref name="ledger"/> so far (any status); empty for a replay.
    /// </summary>
    /// <param name="program">The program.</param>
    /// <param name="advocate">The advocate the action is credited to.</param>
    /// <param name="advocateVisitorIds">The advocate's own visitor ids.</param>
    /// <param name="action">The friend's action.</param>
    /// <param name="ledger">The program's entries so far.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<RewardEntry> Decide(ReferralProgram program, Advocate advocate, IReadOnlyCollection<string> advocateVisitorIds, FriendAction action, IReadOnlyCollection<RewardEntry> ledger)
    {
        ArgumentNullException.ThrowIfNull(program);
        ArgumentNullException.ThrowIfNull(advocate);
        ArgumentNullException.ThrowIfNull(advocateVisitorIds);
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(ledger);
        if (ledger.Any(e => e.ProgramId == program.Id && e.ActionKey == action.Key))
        {
            return [];
        }

        var reason = Refusal(program, advocate, advocateVisitorIds, action, ledger);
        var status = reason is null ? RewardStatus.Earned : RewardStatus.Voided;
        var network = action.Network ?? Channels.Channel.Advocates;
        return
        [
            new RewardEntry(0, program.Id, advocate.Id, RewardSide.Advocate, action.Key, action.FriendContactId, program.AdvocateReward, program.Currency, action.At, action.Day, status, reason, action.ImportId) { Network = network },
            new RewardEntry(0, program.Id, advocate.Id, RewardSide.Friend, action.Key, action.FriendContactId, program.FriendReward, program.Currency, action.At, action.Day, status, reason, action.ImportId) { Network = network },
        ];
    }

    /// <summary>
    /// Why reward <paramref name="id"/> cannot go from <paramref name="from"/> to <paramref name="to"/>, or null: a reward only
    /// moves forward — earned → approved → paid — or is voided before it is paid; a voided reward stays voided, a paid one
    /// stays paid (money that went out stays the program's cost), and a status is never set twice.
    /// </summary>
    public static string? TransitionError(long id, RewardStatus from, RewardStatus to)
    {
        var c = CultureInfo.InvariantCulture;
        return (from, to) switch
        {
            (RewardStatus.Voided, _) => string.Create(c, $"Reward {id} is voided; a voided reward stays voided."),
            (RewardStatus.Paid, RewardStatus.Voided) => string.Create(c, $"Reward {id} is paid: money paid out stays the program's cost and cannot be voided."),
            (RewardStatus.Paid, _) => string.Create(c, $"Reward {id} is paid already; a paid reward stays paid."),
            (_, RewardStatus.Earned) => string.Create(c, $"Reward {id} cannot be set back to earned."),
            _ when from == to => string.Create(c, $"Reward {id} is {to.ToString().ToLowerInvariant()} already."),
            _ => null,
        };
    }

    private static string? Refusal(ReferralProgram program, Advocate advocate, IReadOnlyCollection<string> advocateVisitorIds, FriendAction action, IReadOnlyCollection<RewardEntry> ledger)
    {
        var c = CultureInfo.InvariantCulture;
        if (string.Equals(action.FriendContactId, advocate.ContactId, StringComparison.Ordinal))
        {
            return string.Create(c, $"self-referral: the friend is the advocate's own contact ({advocate.ContactId}).");
        }

        if (action.FriendVisitorIds.FirstOrDefault(advocateVisitorIds.Contains) is { } shared)
        {
            return string.Create(c, $"self-referral: the friend and advocate {advocate.Code} share the visitor id {shared}.");
        }

        if (action.FriendKnownSince is { } since)
        {
            return string.Create(c, $"not a new friend: {action.FriendContactId} was already a contact since {since:yyyy-MM-dd}, before the referral visit.");
        }

        if (program.From is { } from && action.Day < from)
        {
            return string.Create(c, $"outside the program's window: {action.Day:yyyy-MM-dd} is before {from:yyyy-MM-dd}.");
        }

        if (program.To is { } to && action.Day > to)
        {
            return string.Create(c, $"outside the program's window: {action.Day:yyyy-MM-dd} is after {to:yyyy-MM-dd}.");
        }

        if (program.Cap is { } cap)
        {
            var month = new DateOnly(action.Day.Year, action.Day.Month, 1);
            var rewarded = ledger.Where(e => e.ProgramId == program.Id && e.AdvocateId == advocate.Id && e.Side == RewardSide.Advocate && e.IsCost)
                .Count(e => e.Day.Year == month.Year && e.Day.Month == month.Month);
            if (rewarded >= cap)
            {
                return string.Create(c, $"over the cap: advocate {advocate.Code} already has {rewarded} rewarded actions in {action.Day:yyyy-MM} (cap {cap}).");
            }
        }

        return null;
    }
}
