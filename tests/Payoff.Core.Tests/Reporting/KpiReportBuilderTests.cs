using Payoff.Core.Reporting.Kpi;
using Payoff.Core.Tests.Goals;
using Payoff.Core.Workspaces;

namespace Payoff.Core.Tests.Reporting;

public sealed class KpiReportBuilderTests
{
    private static readonly DateRange History = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30));
    private static readonly DateRange Period = new(new DateOnly(2026, 7, 1), new DateOnly(2026, 7, 31));

    private static KpiReport Report(KpiWeights weights, bool byCampaign = false)
    {
        var fixture = new LedgerFixture()
            .Daily("Facebook", "reach", History.From, History.To, _ => 1000)
            .Daily("LinkedIn", "reach", History.From, History.To, _ => 1000)
            .Daily("Facebook", "reach", Period.From, Period.To, _ => 3000)
            .Daily("LinkedIn", "reach", Period.From, Period.To, _ => 1000)
            .Visits("Facebook", History.From, Period.To, _ => (100, 1, 0), "spring")
            .Visits("LinkedIn", History.From, Period.To, _ => (20, 3, 0), "announcements");
        return KpiReportBuilder.Build(fixture.Build(History.From, Period.To), Period, History, weights, byCampaign);
    }

    [Fact]
    public void Indexes_compare_with_an_average_network_month_and_the_program_weighs_the_families()
    {
        var awareness = Report(KpiWeights.Find("awareness", null)!);
        var facebook = awareness.Rows.Single(r => r.Network == "Facebook");
        var linkedIn = awareness.Rows.Single(r => r.Network == "LinkedIn");

        // Reach: 3,000 a day against an average network-day of 1,000 (index 3); LinkedIn as usual (1).
        Assert.Equal(3, facebook.Reach.Parts["reach"]!.Value, 2);
        Assert.Equal(1, linkedIn.Reach.Parts["reach"]!.Value, 2);

        // Conversions: 1 and 3 contacts a day against an average of 2 → 0.5 and 1.5.
        Assert.Equal(0.5, facebook.Monetization.Parts["conversions"]!.Value, 2);
        Assert.Null(facebook.Exchange.Score);

        // No exchange data: reach and monetization share the weight 0.5 : 0.15.
        Assert.Equal(((3 * 0.5) + (0.5 * 0.15)) / 0.65, facebook.Score!.Value, 6);
        Assert.Equal("Facebook", awareness.Rows[0].Network);

        var direct = Report(KpiWeights.Find("direct-response", null)!);
        Assert.Equal("LinkedIn", direct.Rows[0].Network);
        Assert.Null(KpiWeights.Find(null, "1,x,2"));
        Assert.Equal(0.5, KpiWeights.Find(null, "2,1,1")!.Reach, 9);
    }

    [Fact]
    public void By_campaign_only_monetization_is_scored()
    {
        var rows = Report(KpiWeights.Find("engagement", null)!, byCampaign: true).Rows;
        Assert.Equal(["announcements", "spring"], rows.Select(r => r.Campaign));
        Assert.All(rows, r => Assert.Null(r.Reach.Score));
        Assert.Equal(1.5, rows[0].Score!.Value, 2);
    }
}
