using Payoff.Core.Statistics;

namespace Payoff.Core.Reporting.Verdict;

public static partial class VerdictRules
{
    /// <summary>What the facts show, computed once for the role, the sentences and the recommendation.</summary>
    private sealed record Evidence(
        WilsonInterval Rate,
        WilsonInterval RestRate,
        bool Higher,
        bool Lower,
        WilsonInterval Buyers,
        WilsonInterval RestBuyers,
        bool Converts,
        CountTrend? Sessions,
        CountTrend? Contacts,
        bool Enough,
        decimal? LeadCostRatio)
    {
        public bool SessionsFall => Sessions?.Direction == TrendDirection.Falling;

        public bool ContactsFall => Contacts?.Direction == TrendDirection.Falling;

        public bool Declining => SessionsFall || ContactsFall;

        public bool Dear => LeadCostRatio >= DearLeadFactor;

        public string Falling => SessionsFall && ContactsFall ? "its sessions and contacts are falling" : SessionsFall ? "its sessions are falling" : "its contacts are falling";

        public static Evidence Of(NetworkFacts facts)
        {
            var t = facts.Totals;
            var rest = facts.Rest;
            var rate = new WilsonInterval(t.Contacts, t.Sessions);
            var restRate = new WilsonInterval(rest.Contacts, rest.Sessions);
            var buyers = new WilsonInterval(t.Customers, t.Contacts);
            var restBuyers = new WilsonInterval(rest.Customers, rest.Contacts);
            var exposures = facts.Weeks.Select(w => w.Days / 7.0).ToList();
            var trends = facts.CoveredMonths >= 2;
            return new Evidence(
                rate,
                restRate,
                rate.Above(restRate) && ProportionTest.Significant(t.Contacts, t.Sessions, rest.Contacts, rest.Sessions),
                rate.Below(restRate) && ProportionTest.Significant(t.Contacts, t.Sessions, rest.Contacts, rest.Sessions),
                buyers,
                restBuyers,
                buyers.Above(restBuyers) && ProportionTest.Significant(t.Customers, t.Contacts, rest.Customers, rest.Contacts),
                trends ? QuasiPoissonTrend.Fit([.. facts.Weeks.Select(w => w.Sessions)], exposures) : null,
                trends ? QuasiPoissonTrend.Fit([.. facts.Weeks.Select(w => w.Contacts)], exposures) : null,
                t.Sessions >= MinSessions || t.Contacts >= MinContacts,
                t.CostPerLead is { } cpl && facts.OthersCostPerLead is { } others && others > 0 ? cpl / others : null);
        }
    }
}
