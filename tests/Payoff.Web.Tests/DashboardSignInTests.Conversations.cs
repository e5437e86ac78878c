using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Payoff.Storage.DuckDb;
using Payoff.Web.Access;

namespace Payoff.Web.Tests;

/// <summary>The conversations API and page (issue 18): a push idempotent by message id, errors naming the message's field, the page's figures as the API's, text encoded and neutralised.</summary>
public sealed partial class DashboardSignInTests
{
    [Fact]
    public async Task Pushed_messages_are_scored_once_and_shown_with_the_apis_sentences_encoded()
    {
        await using var app = new PayoffAppFactory().WithSite(seed: (db, workspace) =>
        {
            var users = new DuckDbUserStore(db);
            users.Grant(users.Add("viewer@example.com", Passwords.Hash("a long viewer password")).Id, workspace, Payoff.Core.Access.Role.Viewer);
        });
        var writer = app.Client();
        writer.DefaultRequestHeaders.Add("X-Payoff-Key", app.WriteKey);
        var today = DateTime.UtcNow.Date;
        object Message(string id, string direction, int hoursAgo, string text, string kind = "direct-message", string thread = "t1") => new
        {
            message_id = id, thread_id = thread, network = "instagram", direction, author = "@ann", created_at = today.AddHours(-hoursAgo).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture), text, kind,
        };
        var body = new
        {
            messages = new[]
            {
                Message("m1", "in", 30, "My parcel is late again, terrible service <script>alert(1)</script>"),
                Message("m2", "out", 28, "Sorry, checking now"),
                Message("m3", "in", 20, "=HYPERLINK(\"http://evil\") love it, great quality!", "comment", "t2"),
            },
        };

        var first = await (await writer.PostAsJsonAsync("/api/conversations", body)).Content.ReadFromJsonAsync<JsonElement>();
        var again = await (await writer.PostAsJsonAsync("/api/conversations", body)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((3, 3), (first.GetProperty("received").GetInt32(), first.GetProperty("new").GetInt32()));
        Assert.Equal((0, 3), (again.GetProperty("new").GetInt32(), again.GetProperty("replaced").GetInt32()));

        var bad = await writer.PostAsJsonAsync("/api/conversations", new { messages = new[] { new { message_id = "x", network = "x", direction = "in", created_at = "yesterday", text = "hi", kind = "comment" } } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("messages[0].created_at", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var reader = app.Client();
        reader.DefaultRequestHeaders.Add("X-Payoff-Key", app.ReadKey);
        var readOnly = await reader.PostAsJsonAsync("/api/conversations", body);
        Assert.Equal(HttpStatusCode.Forbidden, readOnly.StatusCode);
        Assert.Contains("needs a key with write scope", await readOnly.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var list = await reader.GetFromJsonAsync<JsonElement>("/api/conversations?sentiment=negative");
        var negative = Assert.Single(list.GetProperty("messages").EnumerateArray());
        Assert.Equal("m1", negative.GetProperty("message_id").GetString());
        Assert.StartsWith("a_", negative.GetProperty("author").GetString(), StringComparison.Ordinal);
        var report = await reader.GetFromJsonAsync<JsonElement>("/api/reports/conversations");
        var service = await reader.GetFromJsonAsync<JsonElement>("/api/reports/service");
        Assert.Equal(1, service.GetProperty("all").GetProperty("answered").GetInt32());
        Assert.Equal(120, service.GetProperty("all").GetProperty("median_minutes").GetDouble());

        var browser = new Browser(app.Client());
        await browser.SignInAsync("viewer@example.com", "a long viewer password");
        var page = await browser.SendAsync(HttpMethod.Get, "/conversations");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        var text = WebUtility.HtmlDecode(html).Replace('\u00a0', ' ');
        Assert.Contains(report.GetProperty("summary")[0].GetString()!, text, StringComparison.Ordinal);
        Assert.Contains(service.GetProperty("summary")[0].GetString()!, text, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);

        var csv = await (await browser.SendAsync(HttpMethod.Get, "/export/conversations?table=negative&format=csv")).Content.ReadAsStringAsync();
        Assert.Contains("My parcel is late again", csv, StringComparison.Ordinal);
        var bySeven = await browser.SendAsync(HttpMethod.Get, "/conversations?by=fortnight");
        Assert.Equal(HttpStatusCode.BadRequest, bySeven.StatusCode);

        // A correction is counted at once.
        Assert.Equal(HttpStatusCode.NoContent, (await writer.PostAsJsonAsync("/api/conversations/instagram/m3/sentiment", new { sentiment = "negative" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await writer.PostAsJsonAsync("/api/conversations/instagram/nope/sentiment", new { sentiment = "negative" })).StatusCode);
        var corrected = await reader.GetFromJsonAsync<JsonElement>("/api/conversations?sentiment=negative");
        Assert.Equal(2, corrected.GetProperty("messages").GetArrayLength());
    
        // Hostile or broken bodies: 400 with a sentence a caller can act on, no .NET type names.
        foreach (var (json, expected) in new[]
        {
            ("{\"messages\": 5}", "$.messages"),
            ("{\"messages\": [{\"message_id\": 5}]}", "at $.messages[0].message_id): The JSON value has the wrong type for this field."),
            ("[1, 2]", "expected an object"),
            ("null", "The request body is null."),
            ("{\"messages\": [", "not valid JSON"),
            ("{\"messages\": [{\"message_id\": \"r1\", \"reach\": \"lots\"}]}", "at $.messages[0].reach): The JSON value has the wrong type for this field."),
            ("{\"messages\": [{\"message_id\": \"r1\", \"creted_at\": \"2026-03-01\"}]}", "'creted_at' is not a field this endpoint reads."),
            ("{\"messages\": [{\"message_id\": \"r1\", \"network\": \"Instagarm\", \"direction\": \"in\", \"created_at\": \"2026-03-01\", \"text\": \"hi\", \"kind\": \"comment\"}]}", "messages[0].network: network 'Instagarm' is not a network Payoff knows — did you mean Instagram?"),
            ("{\"messages\": [{\"message_id\": \"r1\", \"network\": \"Instagram\", \"direction\": \"in\", \"created_at\": \"2099-03-01\", \"text\": \"hi\", \"kind\": \"comment\"}]}", "messages[0].created_at: created_at 2099-03-01"),
        })
        {
            var broken = await writer.PostAsync("/api/conversations", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
            var detail = (await broken.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
            Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
            Assert.True(detail.Contains(expected, StringComparison.Ordinal), detail);
            Assert.DoesNotContain("Payoff.", detail, StringComparison.Ordinal);
            Assert.DoesNotContain("System.", detail, StringComparison.Ordinal);
        }

        // An export names what is wrong with the request, and lists the unanswered requests.
        var badTable = await browser.SendAsync(HttpMethod.Get, "/export/conversations?table=nope&format=csv");
        Assert.Equal(HttpStatusCode.BadRequest, badTable.StatusCode);
        Assert.Contains("table: 'nope' is not one of periods, networks, words, posts, service, negative, unanswered", await badTable.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.SendAsync(HttpMethod.Get, "/export/conversations?table=negative&format=pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.SendAsync(HttpMethod.Get, "/export/conversations?table=unanswered&format=csv")).StatusCode);

        // A listening tool's reach and own sentiment are kept beside Payoff's.
        var mention = new { messages = new[] { new { message_id = "r9", network = "x", direction = "in", created_at = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), text = "saw this on my feed", kind = "mention", reach = 1200, sentiment = "Neutral" } } };
        Assert.Equal(HttpStatusCode.OK, (await writer.PostAsJsonAsync("/api/conversations", mention)).StatusCode);
        var listed = (await reader.GetFromJsonAsync<JsonElement>("/api/conversations?network=x")).GetProperty("messages").EnumerateArray().Single(m => m.GetProperty("message_id").GetString() == "r9");
        Assert.Equal((1200, "Neutral"), (listed.GetProperty("reach").GetInt64(), listed.GetProperty("tool_sentiment").GetString()));
    }
}
