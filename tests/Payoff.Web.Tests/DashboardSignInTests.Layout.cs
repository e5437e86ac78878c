using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Payoff.Core.Contacts;
using Payoff.Core.Importing;
using Payoff.Core.Workspaces;
using Payoff.Storage.DuckDb;
using Payoff.Web.Access;

namespace Payoff.Web.Tests;

/// <summary>Issue 15, points 4 and 5, in the HTML: the sources page's lead→customer column and compared totals, the goal form's start and baseline.</summary>
public sealed partial class DashboardSignInTests
{
    [Fact]
    public async Task The_sources_page_shows_lead_to_customer_and_compares_its_totals_with_coloured_changes()
    {
        // Facebook visits every day for 60 days, two a day in the last 30 (sessions +100 %); LinkedIn brings 4 contacts, 1 a customer.
        await using var app = new PayoffAppFactory().WithSite(seed: (db, workspace) => SeedSources(db, workspace));
        var viewer = new Browser(app.Client());
        await viewer.SignInAsync("viewer@example.com", "a long viewer password");

        var page = await (await viewer.SendAsync(HttpMethod.Get, "/sources?compare=previous-period")).Content.ReadAsStringAsync();

        Assert.Contains(">Lead&#x2192;customer</a></th>", page, StringComparison.Ordinal);
        var linkedIn = Row(page, "LinkedIn");
        Assert.Contains("<td>4<span class=\"delta change\"", linkedIn, StringComparison.Ordinal);
        Assert.Contains("<td>25.00%</td>", linkedIn, StringComparison.Ordinal);
        var totals = Regex.Match(page, "<tfoot>(.*?)</tfoot>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Matches(new Regex(@"<th>60<span class=""delta change rise good""> \(&#x2B;100\.0 %\)</span></th>"), totals);
        Assert.Contains("<th>25.00%</th>", totals, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\">Against the period before</a>", page, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\">Networks</a>", page, StringComparison.Ordinal);

        // Without a comparison, no changes and "Off" is the marked choice.
        var plain = await (await viewer.SendAsync(HttpMethod.Get, "/sources")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("class=\"delta", plain, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\">Off</a>", plain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_goal_form_prefills_the_start_and_the_baseline_the_goals_report_uses_and_a_saved_goal_keeps_them()
    {
        await using var app = new PayoffAppFactory().WithSite(seed: (db, workspace) =>
        {
            SeedSources(db, workspace);
            var users = new DuckDbUserStore(db);
            users.Grant(users.Add("editor@example.com", Passwords.Hash("a long editor password")).Id, workspace, Payoff.Core.Access.Role.Editor);
        });
        var editor = new Browser(app.Client());
        await editor.SignInAsync("editor@example.com", "a long editor password");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var start = new DateOnly(today.Year, today.Month, 1);

        var form = await (await editor.SendAsync(HttpMethod.Get, "/goals?metric=sessions&network=facebook")).Content.ReadAsStringAsync();
        Assert.Contains($"name=\"Form.Start\" data-field=\"start\" type=\"date\" required value=\"{start:yyyy-MM-dd}\"", form, StringComparison.Ordinal);
        var baseline = Regex.Match(form, "name=\"Form.Baseline\" data-field=\"baseline\" inputmode=\"decimal\" value=\"([0-9.]+)\"").Groups[1].Value;
        var deadline = Regex.Match(form, "name=\"Form.Deadline\" data-field=\"deadline\" type=\"date\" required value=\"([0-9-]+)\"").Groups[1].Value;

        // The baseline is Facebook's sessions over as many days just before the start: one a day on days 30–59 ago, two on days 0–29.
        var days = DateOnly.ParseExact(deadline, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber - start.DayNumber + 1;
        var expected = Enumerable.Range(1, days).Select(d => start.AddDays(-d)).Sum(d => (today.DayNumber - d.DayNumber) switch { < 30 => 2, < 60 => 1, _ => 0 });
        Assert.Equal(expected.ToString(CultureInfo.InvariantCulture), baseline);
        var suggested = await (await editor.SendAsync(HttpMethod.Get, $"/goals/baseline?metric=sessions&network=facebook&start={start:yyyy-MM-dd}&deadline={deadline}")).Content.ReadAsStringAsync();
        Assert.Contains($"\"baseline\":\"{baseline}\"", suggested, StringComparison.Ordinal);

        var saved = await (await editor.SendAsync(HttpMethod.Post, "/goals", new()
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(TokenPattern().Match(form).Groups[1].Value), ["_handler"] = "goal",
            ["Form.Name"] = "Facebook sessions up a fifth", ["Form.Metric"] = "sessions", ["Form.Network"] = "facebook", ["Form.TargetPercent"] = "20",
            ["Form.Start"] = $"{start:yyyy-MM-dd}", ["Form.Deadline"] = deadline, ["Form.Baseline"] = baseline,
        })).Content.ReadAsStringAsync();
        Assert.Contains("Goal “Facebook sessions up a fifth” saved", saved, StringComparison.Ordinal);
        Assert.Equal(1, app.Count($"SELECT count(*) FROM goals WHERE start_day = DATE '{start:yyyy-MM-dd}' AND baseline = {baseline}"));
        // The goal's chart starts at its start, so a goal added today has more than one point.
        Assert.Contains($"start {start:yyyy-MM-dd}", saved, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"<td class=""text status""><span class=""badge badge-(good|warn|bad|neutral)"">(On track|At risk|Off track|Achieved)</span></td>"), saved);
    }

    private static void SeedSources(DuckDbDatabase db, Workspace workspace)
    {
        var now = new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero);
        var visits = Enumerable.Range(0, 60).Select(i => (now.AddDays(-i), "https://example.com/?utm_source=facebook&utm_medium=social", (string?)null))
            .Concat(Enumerable.Range(0, 30).Select(i => (now.AddDays(-i), "https://example.com/?utm_source=facebook&utm_medium=social&utm_campaign=again", (string?)null)));
        SeedViewerAndVisits(db, workspace, visits);
        var contacts = Enumerable.Range(0, 4).Select(i => new CrmContact
        {
            ContactId = $"C{i}",
            CreatedAt = now.AddDays(-3 - i),
            CustomerAt = i == 0 ? now.AddDays(-1) : null,
            OriginalSourceLabel = "SOCIAL_MEDIA",
            OriginalSource = CrmOriginalSource.Map("SOCIAL_MEDIA", "LinkedIn", null),
        }).ToList();
        new DuckDbImportStore(db).WriteAsync(workspace, new ImportRequest(ImportKind.Contacts, "seed", "crm", contacts.Count, 0), ImportRecords.Contacts, new InMemoryRows<CrmContact>(contacts)).GetAwaiter().GetResult();
    }

    // A body row of the page's table by its first cell's text.
    private static string Row(string html, string first) =>
        Regex.Matches(html, "<tr>(.*?)</tr>", RegexOptions.Singleline).Select(m => m.Groups[1].Value).First(r => Regex.IsMatch(r, $"<td[^>]*>\\s*(<a[^>]*>)?{Regex.Escape(first)}(</a>)?\\s*</td>"));
}
