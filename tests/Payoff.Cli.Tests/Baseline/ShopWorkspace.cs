using System.Globalization;
using System.Text;

namespace Payoff.Cli.Tests.Baseline;

/// <summary>
/// The shop of the baseline, at 2026-06-30 12:00 UTC: three months of tracked events (with link clicks,
/// leads, customers and a named conversion), the repository's HubSpot contacts and real-world cases, a
/// CRM-only contact, Meta and generic ad costs, account metrics, a currency rate, staff time, a fee, a value, two goals and two links.
/// </summary>
public sealed class ShopWorkspace() : BaselineWorkspace("shop", "default", new DateTimeOffset(2026, 6, 30, 12, 0, 0, TimeSpan.Zero), Build)
{
    private static void Build(CliRun cli)
    {
        Ok(cli, "import", "events", cli.File("events.csv", ShopEvents()));
        Ok(cli, "import", "events", Data("Cases", "hs-events.csv"));
        Ok(cli, "import", "hubspot-contacts", Data("Cases", "hubspot.csv"));
        Ok(cli, "import", "hubspot-contacts", Data("HubSpot", "hubspot-crm-exports-all-contacts-2026-06-01.csv"));
        Ok(cli, "import", "contacts", cli.File("contacts.csv", "contact_id,created_at,lead_at,customer_at,revenue,currency\nc-li-0410,2026-04-10,2026-04-10,2026-06-12,80,USD\nOFF-1,2026-06-03,2026-06-03,,,\n"));
        Ok(cli, "import", "meta-ads", Data("Meta", "ads-daily.csv"));
        Ok(cli, "import", "metrics", cli.File("metrics.csv", ShopMetrics()));
        Ok(cli, "import", "costs", cli.File("costs.csv", "date,network,campaign,amount,currency,impressions,clicks\n2026-06-10,LinkedIn,announcements,40,EUR,900,30\n2026-06-11,Facebook,spring,25.5,USD,1200,44\n2026-04-20,Google,brand,12,USD,300,9\n"));
        Ok(cli, "currency", "rate", "EUR", "1.25");
        Ok(cli, "time", "rate", "20");
        Ok(cli, "time", "rate", "30", "--person", "Ola");
        Ok(cli, "time", "recur", "--network", "facebook", "--minutes", "30", "--days", "weekdays", "--from", "2026-04-01");
        Ok(cli, "time", "log", "--network", "LinkedIn", "--hours", "2", "--date", "2026-06-05", "--person", "Ola");
        Ok(cli, "fee", "add", "--name", "Scheduler", "--monthly", "30", "--networks", "Facebook,LinkedIn", "--from", "2026-04");
        Ok(cli, "value", "set", "newsletter", "5");
        Ok(cli, "goal", "add", "--name", "LinkedIn leads", "--metric", "contacts", "--network", "linkedin", "--target-percent", "20", "--start", "2026-06-01", "--deadline", "2026-07-31");
        Ok(cli, "goal", "add", "--name", "Facebook sessions", "--metric", "sessions", "--network", "Facebook", "--target", "400", "--start", "2026-06-01", "--deadline", "2026-08-31");
        Ok(cli, "link", "create", "--to", "https://shop.example.com/spring", "--network", "facebook", "--campaign", "spring", "--slug", "spring");
        Ok(cli, "link", "create", "--to", "https://shop.example.com/", "--network", "linkedin", "--campaign", "announcements", "--slug", "launch");
    }

    /// <summary>Weekly follower, reach, impression and engagement figures of the shop's Facebook and LinkedIn accounts.</summary>
    private static string ShopMetrics()
    {
        var csv = new StringBuilder("date,network,metric,value,account\n");
        var week = 0;
        for (var day = new DateOnly(2026, 4, 6); day <= new DateOnly(2026, 6, 29); day = day.AddDays(7), week++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{day:yyyy-MM-dd},facebook,Followers,{1000 + (week * 13)},shop\n");
            csv.Append(CultureInfo.InvariantCulture, $"{day:yyyy-MM-dd},facebook,Reach,{400 + (week * 7 % 50)},shop\n");
            csv.Append(CultureInfo.InvariantCulture, $"{day:yyyy-MM-dd},facebook,Impressions,{900 + (week * 11 % 80)},shop\n");
            csv.Append(CultureInfo.InvariantCulture, $"{day:yyyy-MM-dd},facebook,Engagements,{30 + (week % 4)},shop\n");
            csv.Append(CultureInfo.InvariantCulture, $"{day:yyyy-MM-dd},linkedin,Followers,{300 + (week * 5)},shop-company\n");
            csv.Append(CultureInfo.InvariantCulture, $"{day:yyyy-MM-dd},linkedin,Impressions,{250 + (week * 9 % 40)},shop-company\n");
        }

        return csv.ToString();
    }

    /// <summary>
    /// April to June 2026: ten Facebook visits a day (some opened by the <c>spring</c> link), a LinkedIn
    /// visitor who becomes a lead and one who does not (so CRM-only LinkedIn contacts keep its contact rate
    /// under 100 %: above it the verdict's Wilson interval is NaN and the verdict fails to write JSON), an Instagram and a paid-search visit every other day, a customer every
    /// tenth day, newsletter sign-ups, and returning visitors whose later visits come from e-mail and direct.
    /// </summary>
    private static string ShopEvents()
    {
        var csv = new StringBuilder("event_id,timestamp,visitor_id,type,url,referrer,value,currency,contact_id,name\n");
        var n = 0;
        void Add(DateOnly day, string time, string visitor, string type, string url = "", string referrer = "", string value = "", string currency = "", string contact = "", string name = "") =>
            csv.Append(CultureInfo.InvariantCulture, $"e{++n},{day:yyyy-MM-dd}T{time}Z,{visitor},{type},{url},{referrer},{value},{currency},{contact},{name}\n");

        for (var day = new DateOnly(2026, 4, 1); day <= new DateOnly(2026, 6, 29); day = day.AddDays(1))
        {
            for (var i = 0; i < 10; i++)
            {
                var visitor = $"fb-{day:MMdd}-{i}";
                if (i < 2)
                {
                    Add(day, $"10:0{i}:00", visitor, "click", "https://shop.example.com/spring?utm_source=facebook&utm_medium=social&utm_campaign=spring", name: "spring");
                }

                Add(day, $"10:0{i}:01", visitor, "pageview", $"https://shop.example.com/?utm_source=facebook&utm_medium=social&utm_campaign=spring&utm_content=post-{i % 3}");
            }

            var linked = $"li-{day:MMdd}";
            Add(day, "11:00:00", linked, "pageview", "https://shop.example.com/?utm_source=linkedin&utm_medium=social&utm_campaign=announcements");
            Add(day, "11:05:00", linked, "lead", contact: $"c-{linked}");
            Add(day, "15:00:00", $"li2-{day:MMdd}", "pageview", "https://shop.example.com/pricing?utm_source=linkedin&utm_medium=social&utm_campaign=hiring");
            if (day.Day % 2 == 0)
            {
                Add(day, "12:00:00", $"ig-{day:MMdd}", "pageview", "https://shop.example.com/", "https://l.instagram.com/");
                Add(day, "13:00:00", $"gs-{day:MMdd}", "pageview", "https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_campaign=brand");
                Add(day, "13:02:00", $"gs-{day:MMdd}", "lead", contact: $"c-gs-{day:MMdd}");
            }

            if (day.Day % 10 == 0)
            {
                Add(day, "11:10:00", linked, "customer", value: "100", currency: "USD", contact: $"c-{linked}");
                Add(day, "10:30:00", $"fb-{day:MMdd}-0", "conversion", name: "newsletter");
                var later = day.AddDays(3);
                Add(later, "09:00:00", $"fb-{day:MMdd}-1", "pageview", "https://shop.example.com/?utm_source=newsletter&utm_medium=email&utm_campaign=weekly");
                Add(later, "09:30:00", $"fb-{day:MMdd}-1", "pageview", "https://shop.example.com/pricing");
                Add(later.AddDays(2), "18:00:00", $"fb-{day:MMdd}-1", "pageview", "https://shop.example.com/", "https://x.com/");
                Add(later.AddDays(2), "18:05:00", $"fb-{day:MMdd}-1", "lead", contact: $"c-fb-{day:MMdd}");
                Add(later.AddDays(4), "08:00:00", $"fb-{day:MMdd}-1", "customer", value: "250.50", currency: "USD", contact: $"c-fb-{day:MMdd}");
            }
        }

        return csv.ToString();
    }
}
