using Payoff.Core.Money;

namespace Payoff.Core.Advocacy;

/// <summary>
/// A brand advocate (issue 19, seed 001): a contact of the CRM — a loyal customer whose friends act on the advice — with a
/// referral code carried as <c>ref=CODE</c> on their personal links. Ranked by what their friends did, never by
/// <see cref="Followers"/>.
/// </summary>
/// <param name="Id">Payoff's id of the advocate, from 1.</param>
/// <param name="ContactId">The CRM contact the advocate is (the contacts file's <c>contact_id</c>).</param>
/// <param name="Code">The referral code: 3 to 32 letters, digits, '-' or '_', upper case; unique in the workspace.</param>
/// <param name="Followers">The advocate's own follower count, when known: shown beside the results, never used to rank.</param>
/// <param name="CreatedAt">When the advocate was added.</param>
public sealed record Advocate(long Id, string ContactId, string Code, int? Followers, DateTimeOffset CreatedAt);

/// <summary>What a friend must do for a program to reward both sides.</summary>
public enum RewardTrigger
{
    /// <summary>The friend becomes a lead (a lead event, or a contact's lead date).</summary>
    Lead,

    /// <summary>The friend becomes a customer.</summary>
    Customer,

    /// <summary>The friend completes the conversion named by <see cref="ReferralProgram.Conversion"/>.</summary>
    Conversion,
}

/// <summary>
/// A two-way referral program (seed 001): each qualifying action of an invited friend earns the advocate
/// <see cref="AdvocateReward"/> and the friend <see cref="FriendReward"/>, fixed amounts in the workspace currency.
/// </summary>
/// <remarks>Its <see cref="Name"/> is the referral links' <c>utm_campaign</c>, and the campaign its rewards are booked on.</remarks>
public sealed record ReferralProgram
{
    /// <summary>Payoff's id, from 1.</summary>
    public long Id { get; init; }

    /// <summary>The program's name (1 to 100 characters): also its links' <c>utm_campaign</c>.</summary>
    public required string Name { get; init; }

    /// <summary>What the advocate earns per qualifying action of a friend, in <see cref="Currency"/>, ≥ 0, at the currency's minor unit.</summary>
    public required decimal AdvocateReward { get; init; }

    /// <summary>What the friend earns for that action, in <see cref="Currency"/>, ≥ 0, at the currency's minor unit.</summary>
    public required decimal FriendReward { get; init; }

    /// <summary>The workspace currency (ISO 4217) the rewards are in.</summary>
    public required string Currency { get; init; }

    /// <summary>The friend's action that earns the rewards.</summary>
    public required RewardTrigger On { get; init; }

    /// <summary>The conversion's name when <see cref="On"/> is <see cref="RewardTrigger.Conversion"/>; else null.</summary>
    public string? Conversion { get; init; }

    /// <summary>The most rewarded actions per advocate per calendar month (the workspace's time zone), or null for no cap.</summary>
    public int? Cap { get; init; }

    /// <summary>The first day (workspace-local) a friend's action can earn a reward, or null.</summary>
    public DateOnly? From { get; init; }

    /// <summary>The last day (workspace-local) a friend's action can earn a reward, or null.</summary>
    public DateOnly? To { get; init; }

    /// <summary>The public disclosure of the incentive, shown on the program's page and in the suggested share text.</summary>
    public string? Disclosure { get; init; }

    /// <summary>The trigger as written on the command line and in JSON: <c>lead</c>, <c>customer</c>, or the conversion's name.</summary>
    public string Trigger => On switch
    {
        RewardTrigger.Lead => "lead",
        RewardTrigger.Customer => "customer",
        _ => Conversion ?? "conversion",
    };

    /// <summary>Checks the amounts, cap and window.</summary>
    /// <exception cref="ArgumentException">A reward is negative or finer than the currency's minor unit, the cap is under 1, or the window ends before it starts; the message names the field.</exception>
    public void Validate()
    {
        foreach (var (field, amount) in new[] { ("advocate-reward", AdvocateReward), ("friend-reward", FriendReward) })
        {
            if (amount < 0)
            {
                throw new ArgumentException($"--{field} must be 0 or more, not {amount}.", field);
            }

            if (Currencies.Round(amount, Currency) != amount)
            {
                throw new ArgumentException($"--{field} {amount} has more decimals than {Currency} has ({Currencies.Decimals(Currency)}).", field);
            }
        }

        if (Cap is < 1)
        {
            throw new ArgumentException($"--cap must be at least 1 rewarded action per advocate per month, not {Cap}.", "cap");
        }

        if (From is { } from && To is { } to && to < from)
        {
            throw new ArgumentException($"--to {to:yyyy-MM-dd} is before --from {from:yyyy-MM-dd}.", "to");
        }

        if (On == RewardTrigger.Conversion && string.IsNullOrWhiteSpace(Conversion))
        {
            throw new ArgumentException("--on needs lead, customer or a conversion's name.", "on");
        }
    }
}

/// <summary>Whose reward an entry is.</summary>
public enum RewardSide
{
    /// <summary>The advocate who invited.</summary>
    Advocate,

    /// <summary>The friend who acted on the invitation.</summary>
    Friend,
}

/// <summary>A reward's state. Earned, approved and paid rewards are the program's cost; voided ones are not.</summary>
public enum RewardStatus
{
    /// <summary>Created by a qualifying action.</summary>
    Earned,

    /// <summary>Checked by a person and due.</summary>
    Approved,

    /// <summary>Paid out.</summary>
    Paid,

    /// <summary>Not owed: refused when created (self-referral, a friend who already was a contact, over the cap, outside the window) or voided later (its import undone); <see cref="RewardEntry.Reason"/> says why.</summary>
    Voided,
}

/// <summary>
/// A friend's qualifying action credited to an advocate: what <see cref="RewardRules"/> turns into two reward entries.
/// </summary>
/// <param name="Key">What makes the action unique (the friend's contact and the trigger): the same key again is a replay and earns nothing new.</param>
/// <param name="FriendContactId">The friend's contact id.</param>
/// <param name="At">When the action happened.</param>
/// <param name="Day">Its workspace-local day (for the window and the monthly cap).</param>
/// <param name="FriendVisitorIds">The friend's visitor ids (for the self-referral check).</param>
/// <param name="FriendKnownSince">When the friend first became a contact, when that was before the first referral visit (a friend who already was a contact earns nothing); else null.</param>
/// <param name="ImportId">The import that brought the action, or null (collected live): undoing it voids the rewards.</param>
/// <param name="Network">The network the credited referral was shared on, or null (booked on the Advocates channel).</param>
public sealed record FriendAction(string Key, string FriendContactId, DateTimeOffset At, DateOnly Day, IReadOnlyCollection<string> FriendVisitorIds, DateTimeOffset? FriendKnownSince, long? ImportId, string? Network = null);

/// <summary>One side's reward for one friend action.</summary>
/// <param name="Id">Payoff's id (0 before it is stored).</param>
/// <param name="ProgramId">The program.</param>
/// <param name="AdvocateId">The advocate credited.</param>
/// <param name="Side">Advocate or friend.</param>
/// <param name="ActionKey">The friend action's key (<see cref="FriendAction.Key"/>): unique per program and side.</param>
/// <param name="FriendContactId">The friend.</param>
/// <param name="Amount">The amount in <paramref name="Currency"/> (the program's reward for the side, kept when voided).</param>
/// <param name="Currency">ISO 4217.</param>
/// <param name="EarnedAt">When the friend's action happened.</param>
/// <param name="Day">Its workspace-local day (the monthly cap counts by it).</param>
/// <param name="Status">Earned, approved, paid or voided.</param>
/// <param name="Reason">Why it is voided; null otherwise.</param>
/// <param name="ImportId">The import that brought the action, or null.</param>
public sealed record RewardEntry(long Id, long ProgramId, long AdvocateId, RewardSide Side, string ActionKey, string FriendContactId, decimal Amount, string Currency, DateTimeOffset EarnedAt, DateOnly Day, RewardStatus Status, string? Reason, long? ImportId)
{
    /// <summary>The network the friend's referral was shared on, where the cost is booked (with the program as campaign); <see cref="Channels.Channel.Advocates"/> when none was named.</summary>
    public string Network { get; init; } = Channels.Channel.Advocates;

    /// <summary>Whether the reward counts as the program's cost: every status but voided.</summary>
    public bool IsCost => Status != RewardStatus.Voided;
}
