using System.Globalization;
using System.Text.Json;
using Payoff.Core.Ledger;
using Payoff.Core.Reporting.Verdict;
using Payoff.Core.Tests.Goals;
using Payoff.Core.Workspaces;

namespace Payoff.Core.Tests.Reporting.Verdict;

/// <summary>
/// The bug: a network with more contacts than tracked sessions (CRM contacts whose source is the network
/// but whose visit was never tracked) had a contact rate above 100 %, so its Wilson interval was NaN: the
/// verdict printed "95 % CI NaN–NaN" and could not be written as JSON.
/// </summary>
public sealed class VerdictContactsWithoutVisitsTests
{
    private static readonly DateOnly From = new(2026, 8, 1);
    private static readonly DateOnly To = new(2026, 10, 31);

    private static VerdictReport Report(LedgerFixture fixture) =>
        VerdictReportBuilder.Build(fixture.Build(From, To), "USD", new VerdictPeriod(new DateRange(From, To)), [], DataCoverage.Of(fixture.Web));

    private static void NoNaN(VerdictReport report)
    {
        Assert.DoesNotContain(report.Networks.SelectMany(v => v.Reasons.Concat(v.Experiments)), r => r.Contains("NaN", StringComparison.Ordinal) || r.Contains('∞', StringComparison.Ordinal));

        // The default serialiser refuses NaN and infinities, as /api/reports/verdict's does.
        Assert.Contains("\"Networks\"", JsonSerializer.Serialize(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Regression_a_network_with_more_contacts_than_sessions_gets_no_interval_and_no_comparison()
    {
        var fixture = new LedgerFixture()
            .Visits("Organic Search", From, To, _ => (400, 10, 2))
            .Visits("Facebook", From, To, _ => (100, 2, 0))
            .Visits("LinkedIn", From, To, i => (i % 2 == 0 ? 1 : 0, 3, 0));
        var report = Report(fixture);
        NoNaN(report);

        var linkedIn = report.Networks.Single(v => v.Facts.Network == "LinkedIn");
        var t = linkedIn.Facts.Totals;
        Assert.True(t.Contacts > t.Sessions && t.Sessions > 0);
        Assert.False(linkedIn.ContactRate.IsProportion());
        Assert.Null(linkedIn.ContactRate.Low);
        Assert.Null(linkedIn.ContactRate.High);
        Assert.NotEqual(NetworkRole.LeadGenerator, linkedIn.Role);
        var sentence = Assert.Single(linkedIn.Reasons, r => r.StartsWith("Contact rate", StringComparison.Ordinal));
        Assert.StartsWith(string.Create(CultureInfo.InvariantCulture, $"Contact rate — (more contacts ({t.Contacts:N0}) than tracked sessions ({t.Sessions:N0})) against the rest's "), sentence, StringComparison.Ordinal);
        Assert.EndsWith(": not comparable: contacts arrived without a tracked visit, so contacts ÷ sessions is not a rate.", sentence, StringComparison.Ordinal);
        Assert.DoesNotContain("real difference", sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_network_is_not_compared_with_a_rest_that_has_more_contacts_than_sessions()
    {
        var fixture = new LedgerFixture()
            .Visits("Facebook", From, To, _ => (100, 2, 0))
            .Visits("LinkedIn", From, To, _ => (1, 300, 0));
        var report = Report(fixture);
        NoNaN(report);

        var facebook = report.Networks.Single(v => v.Facts.Network == "Facebook");
        var rest = facebook.Facts.Rest;
        Assert.True(rest.Contacts > rest.Sessions);
        var sentence = Assert.Single(facebook.Reasons, r => r.StartsWith("Contact rate", StringComparison.Ordinal));
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"against the rest's — (more contacts ({rest.Contacts:N0}) than tracked sessions ({rest.Sessions:N0})): not comparable"), sentence, StringComparison.Ordinal);
        Assert.Contains("(95 % CI ", sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Alone_in_the_workspace_a_network_with_more_contacts_than_sessions_says_so()
    {
        var fixture = new LedgerFixture().Visits("LinkedIn", From, To, _ => (1, 2, 0));
        var report = Report(fixture);
        NoNaN(report);

        var t = report.Networks.Single().Facts.Totals;
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"Contact rate — (more contacts ({t.Contacts:N0}) than tracked sessions ({t.Sessions:N0})): contacts arrived without a tracked visit, so the contact rate is not comparable."), report.Networks.Single().Reasons);
    }

    [Fact]
    public void A_campaign_with_more_contacts_than_sessions_is_not_ranked()
    {
        var fixture = new LedgerFixture()
            .Visits("Organic Search", From, To, _ => (400, 10, 2))
            .Visits("Facebook", From, To, _ => (20, 1, 0), campaign: "spring")
            .Visits("Facebook", From, To, _ => (20, 0, 0), campaign: "summer")
            .Visits("Facebook", From, To, _ => (1, 5, 0), campaign: "crm");
        var report = Report(fixture);
        NoNaN(report);

        var facebook = report.Networks.Single(v => v.Facts.Network == "Facebook");
        Assert.Equal("spring", facebook.BestCampaign?.Campaign);
        Assert.Equal("summer", facebook.WorstCampaign?.Campaign);
    }
}
