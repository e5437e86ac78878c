using Payoff.Core.Statistics;
using Payoff.Core.Workspaces;

namespace Payoff.Core.Advocacy;

/// <summary>What one advocate's referrals did in a report's days (issue 19). Counts are people or events; money is in the workspace currency.</summary>
/// <param name="Advocate">The advocate.</param>
/// <param name="LinkClicks">Clicks on the advocate's short links (invitations opened), bots and repeats within Payoff's click rules left out.</param>
/// <param name="FriendsReached">Distinct people (not the advocate) who met the advocate's referral: a click or a visit with their code.</param>
/// <param name="Visits">Sessions that landed with the advocate's <c>ref=CODE</c>.</param>
/// <param name="Leads">Friends' leads credited to the advocate (whole under the first-referral rule, fractions under a model).</param>
/// <param name="Customers">Friends' first purchases credited.</param>
/// <param name="Revenue">Friends' revenue credited, in the workspace currency.</param>
/// <param name="Value">Friends' conversions' values credited, in the workspace currency.</param>
/// <param name="Converted">Friends credited with the report's conversion (the program's trigger, else becoming a lead).</param>
/// <param name="Conversion">Converted friends ÷ friends reached with its 95 % Wilson interval (Wilson 1927), rounded counts.</param>
/// <param name="Rewards">Rewards earned and not voided in the days, both sides, in the workspace currency: the advocate's cost.</param>
public sealed record AdvocateResult(Advocate Advocate, long LinkClicks, long FriendsReached, long Visits, double Leads, double Customers, decimal Revenue, decimal Value, double Converted, WilsonInterval Conversion, decimal Rewards)
{
    /// <summary>Friends' revenue minus the rewards: what the advocate's referrals earned, in the workspace currency.</summary>
    public decimal Net => Revenue - Rewards;
}

/// <summary>An estimate with its 95 % interval.</summary>
/// <param name="Value">The estimate.</param>
/// <param name="Low">The interval's lower bound.</param>
/// <param name="High">The interval's upper bound.</param>
public sealed record Estimate(double Value, double Low, double High);

/// <summary>
/// Seed 001's "exchange" figures over a program's advocates: invitations per advocate (friends reached ÷ advocates), the
/// conversion of invitations (converted friends ÷ friends reached) and the viral coefficient K = their product (converted
/// friends per advocate). The per-advocate intervals are 95 % percentile bootstrap intervals over advocates (2,000 resamples,
/// a fixed seed: the same data gives the same interval), since a few advocates drive most friends; the conversion's is Wilson's.
/// </summary>
/// <param name="Advocates">Advocates counted (those of the program, or all).</param>
/// <param name="InvitationsPerAdvocate">Friends reached per advocate.</param>
/// <param name="Conversion">Converted ÷ reached, Wilson interval.</param>
/// <param name="K">The viral coefficient: converted friends per advocate; above 1 every advocate brings more than one converted friend.</param>
public sealed record ExchangeFigures(int Advocates, Estimate? InvitationsPerAdvocate, WilsonInterval Conversion, Estimate? K);

/// <summary>The advocates report: each advocate by what their friends did, and the exchange figures.</summary>
/// <param name="Range">The local days.</param>
/// <param name="Program">The program reported, or null for all referrals.</param>
/// <param name="Model">The crediting: <see cref="ReferralCrediting.FirstReferral"/> or an attribution model's name.</param>
/// <param name="Conversion">What "converted" means here: <c>lead</c>, <c>customer</c> or a conversion's name.</param>
/// <param name="Currency">The workspace currency (ISO 4217) of every amount.</param>
/// <param name="Rows">Advocates ranked by their friends' revenue, then customers, leads and friends reached — never by followers.</param>
/// <param name="Exchange">The exchange figures.</param>
/// <param name="Warnings">What was left out and why.</param>
public sealed record AdvocacyReport(DateRange Range, string? Program, string Model, string Conversion, string Currency, IReadOnlyList<AdvocateResult> Rows, ExchangeFigures Exchange, IReadOnlyList<string> Warnings)
{
    /// <summary>The totals of every row (the report's figures add up to them).</summary>
    public AdvocateResult? Total => Rows.Count == 0 ? null : new AdvocateResult(
        new Advocate(0, string.Empty, "Total", null, default),
        Rows.Sum(r => r.LinkClicks), Rows.Sum(r => r.FriendsReached), Rows.Sum(r => r.Visits), Rows.Sum(r => r.Leads), Rows.Sum(r => r.Customers),
        Rows.Sum(r => r.Revenue), Rows.Sum(r => r.Value), Rows.Sum(r => r.Converted), Exchange.Conversion, Rows.Sum(r => r.Rewards));
}

/// <summary>Builds <see cref="AdvocacyReport"/> from credited actions, touches and the reward ledger.</summary>
public static class AdvocacyReportBuilder
{
    /// <summary>Bootstrap resamples for the exchange intervals.</summary>
    public const int Resamples = 2000;

    /// <summary>Builds the report.</summary>
    /// <param name="advocates">The advocates to report (the program's, or all).</param>
    /// <param name="counted">Counted referral touches (<see cref="ReferralCrediting.Counted"/>), any day and program: filtered here.</param>
    /// <param name="credited">Credited actions in the days (<see cref="ReferralCrediting.Credit"/>).</param>
    /// <param name="rewards">The reward ledger.</param>
    /// <param name="range">The local days.</param>
    /// <param name="calendar">The workspace's calendar.</param>
    /// <param name="program">The program, or null.</param>
    /// <param name="model">The crediting's name.</param>
    /// <param name="currency">The workspace currency.</param>
    /// <param name="warnings">Warnings to carry.</param>
    public static AdvocacyReport Build(IReadOnlyList<Advocate> advocates, IReadOnlyList<ReferralTouch> counted, IReadOnlyList<CreditedAction> credited, IReadOnlyList<RewardEntry> rewards, DateRange range, WorkspaceCalendar calendar, ReferralProgram? program, string model, string currency, IReadOnlyList<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(advocates);
        ArgumentNullException.ThrowIfNull(counted);
        ArgumentNullException.ThrowIfNull(credited);
        ArgumentNullException.ThrowIfNull(rewards);
        ArgumentNullException.ThrowIfNull(range);
        ArgumentNullException.ThrowIfNull(calendar);
        bool InProgram(string? campaign) => program is null || string.Equals(campaign, program.Name, StringComparison.OrdinalIgnoreCase);
        var conversion = program?.Trigger ?? "lead";
        bool IsConversion(CreditedAction a) => program?.On switch
        {
            RewardTrigger.Customer => a.Kind == FriendActionKind.Customer,
            RewardTrigger.Conversion => a.Kind == FriendActionKind.Conversion && string.Equals(a.Name, program.Conversion, StringComparison.OrdinalIgnoreCase),
            _ => a.Kind == FriendActionKind.Lead,
        };

        var touches = counted.Where(t => InProgram(t.Campaign) && range.Contains(calendar.DateOf(t.At))).ToLookup(t => t.Code, StringComparer.Ordinal);
        var actions = credited.Where(a => InProgram(a.Program)).ToLookup(a => a.Code, StringComparer.Ordinal);
        var costs = rewards.Where(r => r.IsCost && range.Contains(r.Day) && (program is null || r.ProgramId == program.Id)).ToLookup(r => r.AdvocateId);
        var rows = advocates.Select(a =>
        {
            var t = touches[a.Code].ToList();
            var x = actions[a.Code].ToList();
            var reached = t.Select(v => v.PersonKey).Distinct(StringComparer.Ordinal).LongCount();
            var converted = x.Where(IsConversion).Sum(v => v.Share);
            return new AdvocateResult(
                a,
                t.LongCount(v => v.Kind == ReferralTouchKind.Click),
                reached,
                t.LongCount(v => v.Kind == ReferralTouchKind.Visit),
                x.Where(v => v.Kind == FriendActionKind.Lead).Sum(v => v.Share),
                x.Where(v => v.Kind == FriendActionKind.Customer).Sum(v => v.Share),
                x.Where(v => v.Kind == FriendActionKind.Purchase).Sum(v => v.Value),
                x.Where(v => v.Kind == FriendActionKind.Conversion).Sum(v => v.Value),
                converted,
                new WilsonInterval(Math.Min(reached, (long)Math.Round(converted)), reached),
                costs[a.Id].Sum(r => r.Amount));
        })
            .OrderByDescending(r => r.Revenue).ThenByDescending(r => r.Customers).ThenByDescending(r => r.Leads).ThenByDescending(r => r.FriendsReached)
            .ThenBy(r => r.Advocate.Code, StringComparer.Ordinal)
            .ToList();
        return new AdvocacyReport(range, program?.Name, model, conversion, currency, rows, Exchange(rows), warnings);
    }

    /// <summary>The exchange figures of <paramref name="rows"/> (see <see cref="ExchangeFigures"/>).</summary>
    public static ExchangeFigures Exchange(IReadOnlyList<AdvocateResult> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var n = rows.Count;
        var reached = rows.Sum(r => r.FriendsReached);
        var converted = rows.Sum(r => r.Converted);
        var conversion = new WilsonInterval(Math.Min(reached, (long)Math.Round(converted)), reached);
        if (n == 0)
        {
            return new ExchangeFigures(0, null, conversion, null);
        }

        var random = new Random(19);
        var invites = new double[Resamples];
        var k = new double[Resamples];
        for (var b = 0; b < Resamples; b++)
        {
            double r = 0, c = 0;
            for (var i = 0; i < n; i++)
            {
                var pick = rows[random.Next(n)];
                r += pick.FriendsReached;
                c += pick.Converted;
            }

            invites[b] = r / n;
            k[b] = c / n;
        }

        return new ExchangeFigures(n, Interval((double)reached / n, invites), conversion, Interval(converted / n, k));
    }

    private static Estimate Interval(double value, double[] resamples)
    {
        Array.Sort(resamples);
        return new Estimate(value, Percentile(resamples, 0.025), Percentile(resamples, 0.975));
    }

    private static double Percentile(double[] sorted, double p)
    {
        var at = p * (sorted.Length - 1);
        var lo = (int)Math.Floor(at);
        var hi = Math.Min(sorted.Length - 1, lo + 1);
        return sorted[lo] + ((at - lo) * (sorted[hi] - sorted[lo]));
    }
}
