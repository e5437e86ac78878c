using Payoff.Core.Contacts;
using Payoff.Core.Events;
using Payoff.Core.Reporting.Sources;
using static Payoff.Storage.Tests.TestDatabase;

namespace Payoff.Storage.Tests;

public class SourcesReportTests
{
    private const string LinkedInAnnouncements = "https://shop.example.com/?utm_source=linkedin&utm_medium=social&utm_campaign=Announcements";

    [Fact]
    public void Sessions_contacts_customers_rates_and_revenue_match_a_hand_computed_month()
    {
        using var test = new TestDatabase();
        test.Write(
            Visit("v1a", "v1", "2025-06-01T10:00:00Z", LinkedInAnnouncements),
            Visit("v1b", "v1", "2025-06-03T09:00:00Z"),
            Conversion("v1lead", "v1", "2025-06-03T09:05:00Z", EventType.Lead, contact: "C1"),
            Conversion("c1order", null, "2025-06-10T15:00:00Z", EventType.Customer, contact: "C1", value: 500m),
            Visit("v2a", "v2", "2025-06-02T08:00:00Z", referrer: "https://l.facebook.com/l.php"),
            Visit("v2b", "v2", "2025-06-02T08:10:00Z", "https://shop.example.com/pricing", "https://shop.example.com/"),
            Visit("v3a", "v3", "2025-06-02T12:00:00Z", referrer: "https://www.google.com/"),
            Conversion("v3lead", "v3", "2025-06-02T12:05:00Z", EventType.Lead),
            Visit("late", "v9", "2025-07-01T00:00:00Z", referrer: "https://l.facebook.com/"));

        var report = test.Sources("2025-06-01", "2025-06-30");

        var rows = report.Rows.ToDictionary(r => r.Key.Network!, r => r.Current);
        Assert.Equal(new SourceCounts(1, 1, 1, 500m), rows["LinkedIn"]);
        Assert.Equal(new SourceCounts(1, 0, 0, 0m), rows["Facebook"]);
        Assert.Equal(new SourceCounts(1, 0, 0, 0m), rows["Direct"]);
        Assert.Equal(new SourceCounts(1, 1, 0, 0m), rows["Organic Search"]);
        Assert.Equal(new SourceCounts(4, 2, 1, 500m), report.Totals);
        Assert.Equal((0.5m, 0.25m, 0.5m), (report.Totals.ContactRate!.Value, report.Totals.CustomerRate!.Value, report.Totals.LeadToCustomerRate!.Value));
        Assert.Equal(1m, rows["LinkedIn"].ContactRate);
        Assert.Null(rows["Facebook"].LeadToCustomerRate);
    }

    [Fact]
    public void A_contacts_original_source_is_the_first_session_of_any_stitched_visitor()
    {
        using var test = new TestDatabase();
        test.Write(
            Visit("phone1", "phone", "2025-05-01T09:00:00Z", "https://shop.example.com/?utm_source=twitter&utm_medium=social"),
            Conversion("phone-news", "phone", "2025-05-01T09:01:00Z", EventType.Conversion, contact: "C2"),
            Visit("laptop1", "laptop", "2025-06-05T09:00:00Z", LinkedInAnnouncements),
            Conversion("laptop-lead", "laptop", "2025-06-05T09:02:00Z", EventType.Lead, contact: "C2"));

        var june = test.Sources("2025-06-01", "2025-06-30");

        Assert.Equal(1, june.Rows.Single(r => r.Key.Network == "X").Current.Contacts);
        Assert.Equal(0, june.Rows.Single(r => r.Key.Network == "LinkedIn").Current.Contacts);
        Assert.Equal(1, june.Rows.Single(r => r.Key.Network == "LinkedIn").Current.Sessions);
    }

    [Fact]
    public void A_later_conversion_without_an_id_belongs_to_the_contact_the_visitor_was_stitched_to()
    {
        using var test = new TestDatabase();
        test.Write(
            Visit("a", "v1", "2025-06-01T09:00:00Z", LinkedInAnnouncements),
            Conversion("lead", "v1", "2025-06-01T09:05:00Z", EventType.Lead, contact: "C1"),
            Conversion("buy", "v1", "2025-06-08T09:05:00Z", EventType.Customer, value: 120m));

        var report = test.Sources("2025-06-01", "2025-06-30");

        Assert.Equal(new SourceCounts(1, 1, 1, 120m), report.Totals);
        Assert.Equal(1, test.Count("people"));
    }

    [Fact]
    public void Crm_original_source_and_revenue_override_what_events_say()
    {
        using var test = new TestDatabase();
        test.Write(
            Visit("a", "v1", "2025-06-01T09:00:00Z", referrer: "https://www.google.com/"),
            Conversion("lead", "v1", "2025-06-01T09:05:00Z", EventType.Lead, contact: "C3"),
            Conversion("order", "v1", "2025-06-20T09:05:00Z", EventType.Customer, contact: "C3", value: 300m));
        test.WriteContacts(new CrmContact
        {
            ContactId = "C3",
            CreatedAt = new DateTimeOffset(2025, 6, 15, 0, 0, 0, TimeSpan.Zero),
            CustomerAt = new DateTimeOffset(2025, 6, 21, 0, 0, 0, TimeSpan.Zero),
            Revenue = 1000m,
            OriginalSourceLabel = "SOCIAL_MEDIA",
            OriginalSource = CrmOriginalSource.Map("SOCIAL_MEDIA", "LinkedIn", "Announcements"),
        });

        var report = test.Sources("2025-06-01", "2025-06-30", SourcesGrouping.Campaign);

        var linkedIn = report.Rows.Single(r => r.Key.Network == "LinkedIn");
        Assert.Equal(("Announcements", 1L, 1L, 1000m), (linkedIn.Key.Campaign, linkedIn.Current.Contacts, linkedIn.Current.Customers, linkedIn.Current.Revenue));
        Assert.Equal(1000m, report.Totals.Revenue);
        Assert.Equal(1, report.Totals.Contacts);
    }

    [Fact]
    public void Reimporting_a_crm_contact_replaces_it_and_a_crm_only_contact_is_offline()
    {
        using var test = new TestDatabase();
        var contact = new CrmContact { ContactId = "C9", CreatedAt = new DateTimeOffset(2025, 6, 2, 0, 0, 0, TimeSpan.Zero), Revenue = 50m };
        test.WriteContacts(contact);
        test.WriteContacts(contact with { Revenue = 70m });

        var report = test.Sources("2025-06-01", "2025-06-30");

        var row = Assert.Single(report.Rows);
        Assert.Equal(("Offline", 1L, 70m), (row.Key.Network, row.Current.Contacts, row.Current.Revenue));
    }

    [Fact]
    public void Campaigns_group_case_insensitively_and_untagged_traffic_is_not_set()
    {
        using var test = new TestDatabase();
        test.Write(
            Visit("a", "v1", "2025-06-01T09:00:00Z", LinkedInAnnouncements),
            Visit("b", "v2", "2025-06-01T09:00:00Z", LinkedInAnnouncements.Replace("Announcements", "announcements", StringComparison.Ordinal)),
            Visit("c", "v3", "2025-06-01T09:00:00Z", referrer: "https://lnkd.in/x"),
            Visit("d", "v4", "2025-06-01T09:00:00Z", referrer: "https://t.co/x"));

        var report = test.Sources("2025-06-01", "2025-06-30", SourcesGrouping.Campaign, network: "linkedin");

        Assert.Equal([("Announcements", 2L), ("(not set)", 1L)], report.Rows.Select(r => (r.Key.Campaign!, r.Current.Sessions)));
        Assert.Equal(3, report.Totals.Sessions);
    }

    [Fact]
    public void Days_are_cut_in_the_workspace_time_zone_on_a_DST_day()
    {
        using var test = new TestDatabase("Europe/Warsaw");
        test.Write(
            Visit("a", "v1", "2025-10-25T22:30:00Z"),
            Visit("b", "v2", "2025-10-26T22:59:59Z"),
            Visit("c", "v3", "2025-10-26T23:00:00Z"));

        Assert.Equal(2, test.Sources("2025-10-26", "2025-10-26").Totals.Sessions);
        Assert.Equal(0, test.Sources("2025-10-25", "2025-10-25").Totals.Sessions);
        Assert.Equal(1, test.Sources("2025-10-27", "2025-10-27").Totals.Sessions);
    }

    [Fact]
    public void The_previous_period_is_compared_and_other_currencies_are_left_out_with_a_warning()
    {
        using var test = new TestDatabase();
        test.Write(
            Visit("may", "v1", "2025-05-20T10:00:00Z", referrer: "https://t.co/x"),
            Visit("jun1", "v2", "2025-06-20T10:00:00Z", referrer: "https://t.co/x"),
            Visit("jun2", "v3", "2025-06-21T10:00:00Z", referrer: "https://t.co/x"),
            Conversion("eur", "v3", "2025-06-21T10:05:00Z", EventType.Customer, contact: "C5", value: 80m, currency: "EUR"));

        var report = test.Sources("2025-06-01", "2025-06-30", compare: PeriodComparison.PreviousPeriod);

        var x = report.Rows.Single(r => r.Key.Network == "X");
        Assert.Equal((2L, 1L), (x.Current.Sessions, x.Previous!.Sessions));
        Assert.Equal(new DateOnly(2025, 5, 2), report.ComparedRange!.From);
        Assert.Equal(0m, report.Totals.Revenue);
        Assert.Contains("80 EUR", Assert.Single(report.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void A_network_filter_is_a_value_never_sql_however_it_is_written()
    {
        using var test = new TestDatabase();
        test.Write(Visit("v1a", "v1", "2025-06-01T10:00:00Z", LinkedInAnnouncements));
        Assert.Equal(1, test.Sources("2025-06-01", "2025-06-30", network: "linkedin").Totals.Sessions);
        foreach (var hostile in new[] { "x' OR '1'='1", "LinkedIn'; DROP TABLE sessions; --", "Face\\book", "$1", "　" })
        {
            Assert.Equal(0, test.Sources("2025-06-01", "2025-06-30", network: hostile).Totals.Sessions);
        }

        Assert.Equal(1, test.Count("sessions"));
        var (sql, parameters) = Payoff.Storage.DuckDb.DuckDbSourcesReader.Statement(test.Workspace, [(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddDays(1))], SourcesGrouping.Campaign, "x' OR '1'='1");
        Assert.DoesNotContain("'1'='1", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("1970", sql, StringComparison.Ordinal);
        Assert.Contains("x' OR '1'='1", parameters);
    }
}
