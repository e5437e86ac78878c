using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Payoff.Web.Tests;

/// <summary>The content reports and the experiments API: the same handlers as <c>payoff report content|best-time</c> and <c>payoff experiment</c>.</summary>
public sealed class ContentApiTests
{
    [Fact]
    public async Task Content_best_time_and_experiments_answer_as_the_command_line_does()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var start = today.AddDays(-40);
        await using var app = new PayoffAppFactory().WithSite(seed: (db, workspace) =>
        {
            ContentSeed.VideosAndImages(db, workspace, start);
        });
        var writer = app.Client();
        writer.DefaultRequestHeaders.Add("X-Payoff-Key", app.WriteKey);
        var reader = app.Client();
        reader.DefaultRequestHeaders.Add("X-Payoff-Key", app.ReadKey);
        var range = $"from={start:yyyy-MM-dd}&to={today:yyyy-MM-dd}";

        var types = await reader.GetFromJsonAsync<JsonElement>($"/api/reports/content?{range}&by=type&network=linkedin");
        var comparison = types.GetProperty("comparisons").EnumerateArray().Single();
        Assert.Equal("beats", comparison.GetProperty("outcome").GetString());
        Assert.Equal("video beats image on LinkedIn: 5.3 % vs 1.3 % engagement per impression (p = 0.002, 6 and 6 posts).", comparison.GetProperty("finding").GetString());
        Assert.Equal(["video", "image"], types.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("facts").GetProperty("key").GetString()));

        var posts = await reader.GetFromJsonAsync<JsonElement>($"/api/reports/content?{range}&top=2");
        Assert.Equal(["p10", "p8"], posts.GetProperty("top").EnumerateArray().Select(p => p.GetProperty("post_id").GetString()));
        Assert.Equal("<script>alert(1)</script>".Length, posts.GetProperty("top")[0].GetProperty("text").GetString()!.Length - "#howto ".Length);
        // Issue 17: network names as keys come out as written, not through the snake_case naming policy.
        Assert.Equal(["LinkedIn"], posts.GetProperty("ranked").EnumerateObject().Select(p => p.Name));

        var grid = await reader.GetFromJsonAsync<JsonElement>($"/api/reports/best-time?{range}&min-posts=2");
        Assert.Contains("Best times to post on LinkedIn", grid.GetProperty("networks")[0].GetProperty("finding").GetString(), StringComparison.Ordinal);

        var bad = await reader.GetAsync($"/api/reports/content?by=colour");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("by must be post, type, label, hashtag, month or utm-content, not 'colour'", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var body = new { network = "linkedin", name = "Video vs image", variants = new[] { "video", "image" }, from = start.ToString("yyyy-MM-dd"), until = today.AddDays(-1).ToString("yyyy-MM-dd") };
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsJsonAsync("/api/experiments", body)).StatusCode);
        var created = await writer.PostAsJsonAsync("/api/experiments", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await writer.PostAsJsonAsync("/api/experiments", body with { name = "VIDEO VS IMAGE" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await writer.PostAsJsonAsync("/api/experiments", new { network = "linkedin", name = "one", variants = new[] { "video" }, until = "2030-01-01" })).StatusCode);

        var listed = (await reader.GetFromJsonAsync<JsonElement>("/api/experiments")).GetProperty("experiments").EnumerateArray().Single();
        Assert.Equal(("ended", "winner", "video"), (listed.GetProperty("status").GetString(), listed.GetProperty("outcome").GetString(), listed.GetProperty("winner").GetString()));
        Assert.Equal([6, 6], listed.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("posts").GetInt32()));

        var stop = await writer.PostAsync("/api/experiments/Video%20vs%20image/stop", null);
        Assert.Equal(HttpStatusCode.BadRequest, stop.StatusCode);
        Assert.Contains("has ended already", await stop.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var missing = await reader.GetAsync("/api/experiments/nope");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("There is no experiment 'nope'. Experiments: Video vs image.", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await writer.PostAsync("/api/experiments/nope/stop", null)).StatusCode);
    }

    [Fact]
    public async Task Issue_17_an_experiment_named_with_a_slash_or_a_percent_is_read_and_stopped_at_its_location()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await using var app = new PayoffAppFactory().WithSite(seed: (db, workspace) => ContentSeed.VideosAndImages(db, workspace, today.AddDays(-40)));
        var writer = app.Client();
        writer.DefaultRequestHeaders.Add("X-Payoff-Key", app.WriteKey);

        // A name holding the text "%2F" itself is decoded from the raw target, which the test server does not carry (PathSegmentsTests).
        foreach (var name in new[] { "a/b test", "50% off", "100%" })
        {
            var created = await writer.PostAsJsonAsync("/api/experiments", new { network = "linkedin", name, variants = new[] { "video", "image" }, until = today.AddDays(30).ToString("yyyy-MM-dd") });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            var location = created.Headers.Location!.OriginalString;

            var answer = await writer.GetAsync(location);
            Assert.True(answer.IsSuccessStatusCode, $"{location}: {(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync()}");
            var shown = await answer.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(name, shown.GetProperty("name").GetString());
            var stopped = await writer.PostAsync($"{location}/stop", null);
            Assert.Equal(HttpStatusCode.OK, stopped.StatusCode);
            Assert.Equal("stopped", (await stopped.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        }
    }

    [Fact]
    public async Task Issue_17_a_variant_with_a_comma_and_a_body_that_is_not_json_answer_a_sentence()
    {
        await using var app = new PayoffAppFactory().WithSite();
        var writer = app.Client();
        writer.DefaultRequestHeaders.Add("X-Payoff-Key", app.WriteKey);

        var comma = await writer.PostAsJsonAsync("/api/experiments", new { network = "linkedin", name = "commas", variants = new[] { "a,b", "c" }, until = "2030-01-01" });
        Assert.Equal(HttpStatusCode.BadRequest, comma.StatusCode);
        Assert.Contains("variants: 'a,b' contains a comma", await comma.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await writer.GetAsync("/api/experiments")).StatusCode);
        Assert.Equal(0, (await writer.GetFromJsonAsync<JsonElement>("/api/experiments")).GetProperty("experiments").GetArrayLength());

        // A window entirely in the past without posts: ended, with too few posts to compare (not "no difference").
        var past = await writer.PostAsJsonAsync("/api/experiments", new { network = "linkedin", name = "empty", variants = new[] { "video", "image" }, from = "2025-01-01", until = "2025-06-30" });
        Assert.Equal("'empty' on LinkedIn ended on 2025-06-30 with too few posts to compare: no post of its window was in a variant.", (await past.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("summary").GetString());
        var listed = (await writer.GetFromJsonAsync<JsonElement>("/api/experiments")).GetProperty("experiments")[0];
        Assert.Equal(("ended", "inconclusive"), (listed.GetProperty("status").GetString(), listed.GetProperty("outcome").GetString()));

        foreach (var path in new[] { "/api/experiments", "/api/goals", "/api/links" })
        {
            var broken = await writer.PostAsync(path, new StringContent("{\"name\": ", System.Text.Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
            Assert.Equal("application/problem+json", broken.Content.Headers.ContentType?.MediaType);
            var detail = (await broken.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
            Assert.StartsWith("The request body is not valid JSON for this endpoint (line 1", detail, StringComparison.Ordinal);
        }

        var empty = await writer.PostAsync("/api/goals", new StringContent(string.Empty, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.StartsWith("The request has no body. Send a JSON object", (await empty.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        var text = await writer.PostAsync("/api/experiments", new StringContent("{}", System.Text.Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
        Assert.EndsWith("send the body as JSON with the header Content-Type: application/json.", (await text.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
