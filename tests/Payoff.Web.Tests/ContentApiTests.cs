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
}
