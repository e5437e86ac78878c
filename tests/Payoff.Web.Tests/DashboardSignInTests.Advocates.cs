using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Payoff.Storage.DuckDb;
using Payoff.Web.Access;

namespace Payoff.Web.Tests;

/// <summary>
/// Advocates through the API, the Advocates page and the public pages (issue 19): the page shows the API's sentences and
/// figures, hostile text is encoded, bad fields answer 400 and unknown rewards 404, the public pages set no cookie and
/// encode what they show.
/// </summary>
public sealed partial class DashboardSignInTests
{
    private static string At(int daysAgo, int minute) => DateTime.UtcNow.Date.AddDays(-daysAgo).AddHours(10).AddMinutes(minute).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_advocates_page_shows_the_apis_ranking_and_sentences_and_the_public_pages_encode_without_cookies()
    {
        await using var app = new PayoffAppFactory().WithSite(seed: (db, workspace) =>
        {
            var users = new DuckDbUserStore(db);
            users.Grant(users.Add("viewer@example.com", Passwords.Hash("a long viewer password")).Id, workspace, Payoff.Core.Access.Role.Viewer);
        });
        var writer = app.Client();
        writer.DefaultRequestHeaders.Add("X-Payoff-Key", app.WriteKey);
        Assert.Equal(HttpStatusCode.BadRequest, (await writer.PostAsJsonAsync("/api/programs", new { name = "Friends<b>", advocate_reward = 10.00m, friend_reward = 5.00m, on = "lead" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await writer.PostAsJsonAsync("/api/programs", new { name = "Friends", advocate_reward = 10.00m, friend_reward = 5.00m, on = "lead", disclosure = "<script>alert(1)</script> Both get a <b>reward</b>." })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await writer.PostAsJsonAsync("/api/advocates", new { contact_id = "c-zoe", code = "ZOE22", followers = 40 })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await writer.PostAsJsonAsync("/api/advocates", new { contact_id = "=HYPERLINK(\"x\")", code = "ANNA7", followers = 90000 })).StatusCode);

        // Zoe's two friends both become leads; Anna's three friends, one lead.
        var tags = "utm_source=referral&utm_medium=advocate&utm_campaign=Friends";
        var events = new StringBuilder("event_id,timestamp,visitor_id,type,url,referrer,value,currency,contact_id,name\n")
            .Append($"z1,{At(3, 0)},v1,pageview,https://shop.example.com/?ref=ZOE22&{tags},,,,,\n")
            .Append($"z2,{At(3, 5)},v1,lead,https://shop.example.com/thanks,,,,c-f1,signup\n")
            .Append($"z3,{At(2, 0)},v2,pageview,https://shop.example.com/?ref=ZOE22&{tags},,,,,\n")
            .Append($"z4,{At(2, 5)},v2,lead,https://shop.example.com/thanks,,,,c-f2,signup\n")
            .Append($"a1,{At(3, 30)},v3,pageview,https://shop.example.com/?ref=ANNA7&{tags},,,,,\n")
            .Append($"a2,{At(3, 35)},v3,lead,https://shop.example.com/thanks,,,,c-f3,signup\n")
            .Append($"a3,{At(2, 30)},v4,pageview,https://shop.example.com/?ref=ANNA7&{tags},,,,,\n")
            .Append($"a4,{At(1, 30)},v5,pageview,https://shop.example.com/?ref=ANNA7&{tags},,,,,\n");
        var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(Encoding.UTF8.GetBytes(events.ToString()));
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(part, "file", "referrals.csv");
        Assert.Equal(HttpStatusCode.OK, (await writer.PostAsync("/api/imports?kind=events", form)).StatusCode);

        var reader = app.Client();
        reader.DefaultRequestHeaders.Add("X-Payoff-Key", app.ReadKey);
        var report = await reader.GetFromJsonAsync<JsonElement>("/api/reports/advocates");
        var rows = report.GetProperty("advocates").EnumerateArray().ToList();
        Assert.Equal(["ZOE22", "ANNA7"], rows.Select(r => r.GetProperty("code").GetString())); // by friends' leads, not followers
        Assert.Equal([2m, 1m], rows.Select(r => r.GetProperty("leads").GetDecimal()));
        Assert.Equal([10m + 5m + 10m + 5m, 15m], rows.Select(r => r.GetProperty("rewards").GetDecimal()));
        // K = 5 friends reached / 2 advocates × 3 leads / 5 = 1.5
        Assert.Equal(1.5, report.GetProperty("exchange").GetProperty("k").GetProperty("value").GetDouble(), 6);

        var rewards = (await reader.GetFromJsonAsync<JsonElement>("/api/rewards")).GetProperty("rewards").EnumerateArray().ToList();
        Assert.Equal(6, rewards.Count);
        Assert.Equal(HttpStatusCode.NotFound, (await writer.PostAsJsonAsync("/api/rewards/999/status", new { status = "approved" })).StatusCode);
        var noReason = await writer.PostAsJsonAsync($"/api/rewards/{rewards[0].GetProperty("id").GetInt64()}/status", new { status = "voided" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("with a reason", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await writer.PostAsJsonAsync($"/api/rewards/{rewards[0].GetProperty("id").GetInt64()}/status", new { status = "paid" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await reader.GetAsync("/api/reports/advocates?program=nope")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await reader.GetAsync("/api/reports/advocates?model=magic")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await writer.PostAsJsonAsync("/api/programs", new { name = "Big", advocate_reward = -1m, friend_reward = 5m, on = "lead" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await writer.PostAsJsonAsync("/api/advocates", new { contact_id = "c-x", code = "<x>" })).StatusCode);

        var browser = new Browser(app.Client());
        await browser.SignInAsync("viewer@example.com", "a long viewer password");
        var page = await browser.SendAsync(HttpMethod.Get, "/advocates");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        var text = WebUtility.HtmlDecode(html).Replace('\u00a0', ' ');
        foreach (var sentence in report.GetProperty("findings").EnumerateArray())
        {
            Assert.Contains(sentence.GetString()!, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("<b>", html.Replace("<b>Payoff", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        var csv = await (await browser.SendAsync(HttpMethod.Get, "/export/advocates?table=advocate-results&format=csv")).Content.ReadAsStringAsync();
        Assert.Contains("'=HYPERLINK", csv, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.SendAsync(HttpMethod.Get, "/advocates?model=magic")).StatusCode);

        // The public pages: 404 without a handle; then encoded, no cookie.
        var anonymous = app.Client();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/b/shop-page")).StatusCode);
        await app.Run(db => new DuckDbAdvocacyStore(db).SetHandleAsync(app.Workspace, "shop-page"));
        var program = await anonymous.GetAsync("/p/shop-page/friends");
        Assert.Equal(HttpStatusCode.OK, program.StatusCode);
        Assert.False(program.Headers.Contains("Set-Cookie"));
        var programHtml = await program.Content.ReadAsStringAsync();
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; Both get a &lt;b&gt;reward&lt;/b&gt;.", programHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/p/shop-page/unknown")).StatusCode);
        var bio = await anonymous.GetAsync("/b/SHOP-PAGE");
        Assert.Equal(HttpStatusCode.OK, bio.StatusCode);
        Assert.False(bio.Headers.Contains("Set-Cookie"));
        Assert.Contains("No links yet.", await bio.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // A chosen link is listed through its short link (measured as any), its title encoded.
        var spring = app.AddLink("spring-bio");
        await app.Run(db => new DuckDbAdvocacyStore(db).SetBioLinkAsync(app.Workspace, new Payoff.Core.Advocacy.BioLink(spring.Id, "<i>Spring</i> offer", null, 1)));
        var listed = await (await anonymous.GetAsync("/b/shop-page")).Content.ReadAsStringAsync();
        Assert.Contains("/l/spring-bio\"", listed, StringComparison.Ordinal);
        Assert.Contains("&lt;i&gt;Spring&lt;/i&gt; offer", listed, StringComparison.Ordinal);
    }
}
