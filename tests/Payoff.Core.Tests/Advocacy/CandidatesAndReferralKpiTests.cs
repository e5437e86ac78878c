using Payoff.Core.Advocacy;
using Payoff.Core.Money;
using Payoff.Core.Reporting.Kpi;
using Payoff.Core.Statistics;
using Payoff.Core.Workspaces;

namespace Payoff.Core.Tests.Advocacy;

/// <summary>Advocate candidates' scores and the referral program KPIs on hand-computed data (issue 19).</summary>
public sealed class CandidatesAndReferralKpiTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 30, 12, 0, 0, TimeSpan.Zero);

    private static CandidateFacts Customer(string id, int daysAgo, int purchases, decimal revenue, int visits, int sinceDays, bool advocate = false) =>
        new(id, Now.AddDays(-sinceDays), purchases, new Dictionary<string, decimal> { ["EUR"] = revenue }, Now.AddDays(-daysAgo), visits, advocate);

    [Fact]
    public void Candidates_are_scored_by_weighted_percentile_ranks_with_their_reasons_and_advocates_left_out()
    {
        // Three customers: A best on every factor but tenure, C worst on all but tenure, B between; D already an advocate.
        // Ranks among 4 customers (mid-ranks, 0..1 over n−1 = 3): A recency 1, purchases 1, revenue 1, visits 1, tenure 0;
        // score A = (0.25 + 0.25 + 0.20 + 0.20) × 100 = 90. C: recency 0, purchases 0, revenue 0, visits 0, tenure 1 → 10.
        var customers = new[]
        {
            Customer("A", daysAgo: 2, purchases: 5, revenue: 900m, visits: 9, sinceDays: 30),
            Customer("B", daysAgo: 20, purchases: 3, revenue: 400m, visits: 4, sinceDays: 200),
            Customer("C", daysAgo: 300, purchases: 1, revenue: 50m, visits: 0, sinceDays: 700),
            Customer("D", daysAgo: 10, purchases: 4, revenue: 600m, visits: 5, sinceDays: 400, advocate: true),
        };

        var scored = AdvocateCandidates.Score(customers, Now, new CurrencyConverter("EUR", []));

        Assert.Equal(["A", "B", "C"], scored.Select(c => c.Facts.ContactId));
        Assert.Equal(90.0, scored[0].Score, 6);
        Assert.Equal(10.0, scored[2].Score, 6);
        Assert.Equal(["5 purchases (top 1 %)", "bought 2 days ago (top 1 %)", "revenue 900.00 EUR (top 1 %)"], scored[0].Reasons); // equal weight × rank: by factor name
        Assert.Equal(["customer since 2024-07-30 (top 1 %)"], scored[2].Reasons);
    }

    [Fact]
    public void A_referral_programs_kpis_index_its_month_against_its_own_six_months_before()
    {
        var program = new ReferralProgram { Id = 1, Name = "friends", AdvocateReward = 10m, FriendReward = 5m, Currency = "EUR", On = RewardTrigger.Lead };
        var range = new DateRange(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30));
        var history = new DateRange(new DateOnly(2025, 12, 1), new DateOnly(2026, 5, 31));
        AdvocacyReport Report(long reached, long clicks, long visits, double converted, decimal revenue, decimal rewards) => new(
            range, "friends", ReferralCrediting.FirstReferral, "lead", "EUR",
            [new AdvocateResult(new Advocate(1, "c", "ANNA7", null, Now), clicks, reached, visits, converted, 0, revenue, 0, converted, new WilsonInterval((long)converted, reached), rewards)],
            AdvocacyReportBuilder.Exchange([]), []);
        var weights = KpiWeights.Find(KpiWeights.Referral, null)!;

        // June (30 days = 0.9855 months): 20 reached; history (182 days = 5.979 months): 60 reached.
        // Index = (20 / 0.9855) / (60 / 5.979) = 2.0224.
        var report = ReferralKpi.Build([(program, Report(20, 30, 25, 6, 500m, 90m), Report(60, 90, 60, 12, 1200m, 180m))], range, history, weights);

        var row = Assert.Single(report.Rows);
        Assert.Equal(("Advocates", "friends"), (row.Network, row.Campaign));
        var months = 30 / 30.44;
        var past = 182 / 30.44;
        Assert.Equal(20 / months / (60 / past), row.Reach.Score!.Value, 9);
        Assert.Equal(((30 / months / (90 / past)) + (25 / months / (60 / past))) / 2, row.Exchange.Score!.Value, 9);
        Assert.Equal(((6 / months / (12 / past)) + (410 / months / (1020 / past))) / 2, row.Monetization.Score!.Value, 9);
        Assert.Equal((0.2 * row.Reach.Score.Value) + (0.3 * row.Exchange.Score.Value) + (0.5 * row.Monetization.Score.Value), row.Score!.Value, 9);
    }
}
