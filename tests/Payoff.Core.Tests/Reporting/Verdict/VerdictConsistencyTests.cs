using System.Globalization;
using System.Text.RegularExpressions;
using Payoff.Core.Costs;
using Payoff.Core.Ledger;
using Payoff.Core.Goals;
using Payoff.Core.Reporting.Verdict;
using Payoff.Core.Statistics;
using Payoff.Core.Tests.Goals;
using Payoff.Core.Workspaces;

namespace Payoff.Core.Tests.Reporting.Verdict;

/// <summary>
/// Many generated workspaces through the rules: no role contradicts its recommendation and no sentence
/// contradicts the figures computed beside it (issue 13: "Instagram — underperformer — SCALE").
/// </summary>
public sealed partial class VerdictConsistencyTests
{
    private static readonly DateOnly From = new(2026, 8, 1);
    private static readonly DateOnly To = new(2026, 10, 31);
    private static readonly string[] Networks = ["Facebook", "Instagram", "LinkedIn", "X", "TikTok", "YouTube", "Pinterest", "Reddit"];

    [Fact]
    public void No_role_recommendation_or_sentence_contradicts_the_figures_in_generated_workspaces()
    {
        var random = new Random(13);
        var seen = new HashSet<(NetworkRole, Recommendation)>();
        var cases = new HashSet<string>();
        var count = 0;
        for (var w = 0; w < 300; w++)
        {
            var fixture = Generate(random);

            // Mostly the three months; sometimes the last two or only the last (QA: one month is too short for a trend, not "too new").
            var from = random.NextDouble() switch { < 0.7 => From, < 0.85 => new DateOnly(2026, 9, 1), _ => new DateOnly(2026, 10, 1) };
            // Half the workspaces have had content experiments on every network (a cut needs them), half none (a cut is held back).
            var content = random.NextDouble() < 0.5
                ? ContentEvidence.None
                : new ContentEvidence([.. fixture.Web.Select(d => d.Network).Distinct(StringComparer.OrdinalIgnoreCase).SelectMany(n => VerdictRulesTests.Tried(n, To).Experiments)], []);
            var report = VerdictReportBuilder.Build(fixture.Build(From, To), "USD", new VerdictPeriod(new DateRange(from, To)), [], DataCoverage.Of(fixture.Web), content);
            foreach (var v in report.Networks)
            {
                Check(v);
                seen.Add((v.Role, v.Recommendation));
                cases.Add(v.Facts.Months.Count == 1 ? "one month" : v.Facts.Months.Any(m => m.Partial) ? "partial month" : "whole months");
                cases.Add(v.Facts.Workspace.Customers == 0 ? "no customers" : v.Facts.Rest.Sessions == 0 ? "no other traffic" : "customers");
                cases.Add(v.BestCampaign is null ? "no ranking" : "best and worst");
                count++;
            }
        }

        Assert.True(count > 800, $"only {count} verdicts generated");
        Assert.Empty(new[] { "one month", "partial month", "whole months", "no customers", "no other traffic", "best and worst" }.Except(cases));
        foreach (var recommendation in Enum.GetValues<Recommendation>())
        {
            Assert.Contains(seen, s => s.Item2 == recommendation);
        }
    }

    private static LedgerFixture Generate(Random random)
    {
        var fixture = new LedgerFixture();
        var organic = random.Next(50, 600);

        // Some workspaces have no traffic beside their networks, some no customers at all (QA: "0% of customers (0)", "against the rest's —").
        var sells = random.NextDouble() < 0.8;
        var alone = random.NextDouble() < 0.1;
        if (!alone)
        {
            fixture.Visits("Organic Search", From, To, _ => (organic, (long)(organic * 0.025), sells ? organic / 200 : 0));
        }
        if (random.NextDouble() < 0.2)
        {
            fixture.Rates.Add(new HourlyRate(string.Empty, random.Next(10, 60), "USD"));
        }

        foreach (var network in alone ? [Networks[random.Next(Networks.Length)]] : Networks.Where(_ => random.NextDouble() < 0.5))
        {
            var start = random.NextDouble() < 0.7 ? 0 : random.Next(0, 88);
            var size = random.NextDouble() switch { < 0.2 => random.Next(0, 3), < 0.6 => random.Next(3, 25), _ => random.Next(25, 300) };
            var growth = random.Next(-2, 3) * 0.012;
            var rate = random.NextDouble() * 0.08;
            var buyers = sells ? random.NextDouble() * 0.5 : 0;
            var noise = random.NextDouble() * 0.8;
            var days = new List<(long, long, long)>();
            for (var i = 0; i < To.DayNumber - From.DayNumber + 1; i++)
            {
                var sessions = (long)Math.Max(0, size * Math.Exp(growth * i) * (1 - (noise / 2) + (noise * random.NextDouble())));
                var contacts = (long)((sessions * rate) + random.NextDouble());
                days.Add((sessions, contacts, (long)((contacts * buyers) + random.NextDouble())));
            }

            var first = From.AddDays(start);
            fixture.Visits(network, first, To, i => days[i + start], random.NextDouble() < 0.5 ? "(not set)" : "spring");
            if (random.NextDouble() < 0.3)
            {
                // A second campaign, so best and worst campaigns are ranked (QA: both "creator-collab").
                fixture.Visits(network, first, To, i => (days[i + start].Item1 / 3, days[i + start].Item2 / 4, 0), "summer");
            }
            var spend = random.NextDouble() < 0.5 ? random.Next(1, 60) : 0;
            var revenue = random.NextDouble() < 0.5 ? random.Next(1, 200) : 0;
            var stopAfter = random.NextDouble() < 0.2 ? random.Next(20, 80) : 1000;
            for (var (day, i) = (From, 0); day <= To; day = day.AddDays(1), i++)
            {
                if (spend > 0 && i < stopAfter)
                {
                    fixture.Money.Add(new MoneyDay(day, network, "(not set)", MoneyKind.AdSpend, "USD", spend));
                }

                if (revenue > 0 && day >= first)
                {
                    fixture.Money.Add(new MoneyDay(day, network, "(not set)", MoneyKind.Revenue, "USD", revenue * (decimal)random.NextDouble()));
                }
            }

            if (random.NextDouble() < 0.3)
            {
                fixture.Recurrences.Add(new TimeRecurrence(fixture.Recurrences.Count + 1, network, string.Empty, random.Next(15, 120), DayPattern.Weekdays, From));
            }

            if (random.NextDouble() < 0.3)
            {
                var reach = random.Next(100, 20_000);
                fixture.Daily(network, "reach", From, To, _ => reach);
            }
        }

        return fixture;
    }

    private static void Check(NetworkVerdict v)
    {
        var f = v.Facts;
        var t = f.Totals;
        var name = $"{f.Network} ({VerdictLabels.Name(v.Role)}, {VerdictLabels.Name(v.Recommendation)}): {string.Join(" | ", v.Reasons)}";
        var rest = new WilsonInterval(f.Rest.Contacts, f.Rest.Sessions);
        var sessionsFall = v.SessionDirection == TrendDirection.Falling;
        var contactsFall = v.ContactDirection == TrendDirection.Falling;

        // Roles against recommendations.
        var enough = t.Sessions >= VerdictRules.MinSessions || t.Contacts >= VerdictRules.MinContacts;
        Assert.True(enough == (v.Recommendation != Recommendation.NotEnoughData), name);
        if (v.Role == NetworkRole.Underperformer)
        {
            Assert.True(v.Recommendation is not Recommendation.Scale and not Recommendation.Keep, name);
            Assert.True(t.Roi is null || t.Roi < 0, name);
        }

        // QA: "Facebook — traffic-driver — CUT", and Reddit a "traffic-driver" at a 0.3 % contact rate.
        if (v.Recommendation is Recommendation.Cut or Recommendation.ReduceTime)
        {
            Assert.Equal(NetworkRole.Underperformer, v.Role);
        }

        if (v.Role == NetworkRole.TrafficDriver)
        {
            var lower = v.ContactRate.Below(rest) && ProportionTest.Significant(t.Contacts, t.Sessions, f.Rest.Contacts, f.Rest.Sessions);
            Assert.True(f.SessionShare >= VerdictRules.MajorShare || (f.SessionShare >= VerdictRules.SmallShare && (!lower || (t.ValuePerVisit > 0 && t.Roi is not < 0))), name);
        }

        // QA: bestCampaign and worstCampaign both "creator-collab".
        if (v.BestCampaign is not null || v.WorstCampaign is not null)
        {
            Assert.NotEqual(v.BestCampaign, v.WorstCampaign);
            Assert.True(v.BestCampaign!.Rate.Rate > v.WorstCampaign!.Rate.Rate, name);
        }

        // QA: "(— → 4 → 3,677 a month)" from one day of November: a month the data starts inside is left out of the trend.
        if (f.Months.FirstOrDefault(m => !m.Covered && m.Partial) is { } partial)
        {
            Assert.All(f.Weeks, w => Assert.True(w.Start >= partial.Month.AddMonths(1), name));
        }

        Assert.All(f.Months, m => Assert.True(m.Covered == (f.FirstDay is { } first && first <= m.Month), name));

        if (v.Role is NetworkRole.Converter or NetworkRole.LeadGenerator)
        {
            Assert.True(v.Recommendation is not Recommendation.Cut and not Recommendation.ReduceTime, name);
        }

        if (v.Recommendation == Recommendation.Scale)
        {
            Assert.False(sessionsFall || contactsFall, name);
        }

        if (v.Recommendation is Recommendation.Cut or Recommendation.ReduceTime)
        {
            // A cut held back for want of experiments on a network without staff time has no time to halve: no saving.
            Assert.True(t.TotalCost > 0 && t.Roi < 0, name);
            if (!(v.CutGated && t.TimeCost == 0))
            {
                Assert.True(v.MonthlySaving > 0, name);
                Assert.Contains(v.Reasons, r => r.Contains("saves about", StringComparison.Ordinal));
            }
            else
            {
                Assert.Null(v.MonthlySaving);
            }
        }
        else
        {
            Assert.Null(v.MonthlySaving);
        }

        if (f.CoveredMonths < 2)
        {
            Assert.Null(v.SessionTrend);
        }

        foreach (var r in v.Reasons)
        {
            CheckSentence(v, r, rest, sessionsFall, contactsFall, name);
        }
    }

    private static void CheckSentence(NetworkVerdict v, string r, WilsonInterval rest, bool sessionsFall, bool contactsFall, string name)
    {
        var f = v.Facts;
        var t = f.Totals;
        void Claim(string phrase, bool holds)
        {
            if (r.Contains(phrase, StringComparison.Ordinal))
            {
                Assert.True(holds, $"'{phrase}' in {name}");
            }
        }

        Claim("Sessions rose", v.SessionDirection == TrendDirection.Rising);
        Claim("Sessions fell", sessionsFall);
        Claim("Sessions held steady", v.SessionDirection == TrendDirection.Steady);
        Claim("contacts rose", v.ContactDirection == TrendDirection.Rising);
        Claim("contacts fell", contactsFall);
        Claim("contacts held steady", v.ContactDirection == TrendDirection.Steady);
        Claim("sessions are falling", sessionsFall);
        Claim("contacts are falling", contactsFall);
        Claim("not falling", !sessionsFall && !contactsFall);
        Claim("sessions are rising", v.SessionDirection == TrendDirection.Rising);
        Claim("Too new to show a trend", f.CoveredMonths < 2 && f.Months.Count >= 2);
        Claim("is too short to show a trend", f.Months.Count == 1);
        Claim("is partial and left out", f.Months.Any(m => m.Partial));
        Claim("against the rest's", f.Rest.Sessions > 0);
        Claim("of sessions (", f.Workspace.Sessions > 0);
        Claim("of contacts (", f.Workspace.Contacts > 0);
        Claim("of customers (", f.Workspace.Customers > 0);
        Claim("customers — (none recorded", f.Workspace.Customers == 0);
        Claim("return covers its cost", t.Roi >= 0);
        Claim("return does not cover its cost", t.Roi < 0);
        Claim("more than twice its cost", t.Roi >= 1);
        Claim("costs more than twice what it returns", t.Roi < -0.5m);
        Claim("costs money every month", f.Months.All(m => m.Cost > 0));
        Claim("brought no contacts", t.Contacts == 0);
        Claim("higher, a real difference", v.ContactRate.Rate > rest.Rate);
        Claim("lower, a real difference", v.ContactRate.Rate < rest.Rate);
        var real = ProportionTest.Significant(t.Contacts, t.Sessions, f.Rest.Contacts, f.Rest.Sessions);
        Claim("no real difference yet", !real || (!v.ContactRate.Above(rest) && !v.ContactRate.Below(rest)));
        Claim("several times the other networks'", t.CostPerLead / f.OthersCostPerLead >= VerdictRules.DearLeadFactor);
        Claim("far dearer", t.CostPerLead / f.OthersCostPerLead >= VerdictRules.DearLeadFactor);
        Claim("of social reach", f.ReachShare is not null);
        Claim("reach —", f.ReachShare is null);
        Claim("cost per lead —", t.CostPerLead is null || t.TotalCost == 0);
        Claim("Few visits", f.SessionShare < VerdictRules.SmallShare);
        Claim("ROI —", t.Roi is null);
        Claim("It converts better than the rest", v.Role == NetworkRole.Converter);
        Claim("no goal is on track", f.Goals.All(g => g.Status is not GoalStatus.OnTrack and not GoalStatus.Achieved));
        Assert.DoesNotContain("cost per lead 0.00", r, StringComparison.Ordinal);
        if (Roi().Match(r) is { Success: true } roi)
        {
            Assert.Equal(t.Roi is { } value ? ((double)value).ToString("+0.#%;-0.#%;0%", CultureInfo.InvariantCulture) : "—", roi.Groups[1].Value);
        }

        if (Months().Match(r) is { Success: true } months)
        {
            var expected = string.Join(" → ", f.Months.Select(m => m.Covered ? m.Sessions.ToString("N0", CultureInfo.InvariantCulture) : "—"));
            Assert.Equal(expected, months.Groups[1].Value);
        }
    }

    [GeneratedRegex(@"ROI ([^,]+), cost per lead")]
    private static partial Regex Roi();

    [GeneratedRegex(@"covered weeks \(([^a]+) a month")]
    private static partial Regex Months();
}
