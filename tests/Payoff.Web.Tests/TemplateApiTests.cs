using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Payoff.Web.Tests;

/// <summary>Report templates through the API: added with the sections as GET returns them (an array) or comma-separated, removed with DELETE.</summary>
public sealed class TemplateApiTests
{
    [Fact]
    public async Task A_template_added_with_a_sections_array_reads_back_the_same_and_is_removed_by_delete()
    {
        await using var app = new PayoffAppFactory().WithSite();
        var writer = app.Client();
        writer.DefaultRequestHeaders.Add("X-Payoff-Key", app.WriteKey);

        var body = new JsonObject { ["name"] = "kawa", ["title"] = "Kawa Bar", ["sections"] = new JsonArray("headline", "roi"), ["range"] = "last-month" };
        var created = await writer.PostAsJsonAsync("/api/templates", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var list = await writer.GetFromJsonAsync<JsonElement>("/api/templates");
        var kawa = list.GetProperty("templates").EnumerateArray().Single(t => t.GetProperty("name").GetString() == "kawa");
        Assert.Equal(["headline", "roi"], kawa.GetProperty("sections").EnumerateArray().Select(s => s.GetString()));

        var comma = await writer.PostAsJsonAsync("/api/templates", new JsonObject { ["name"] = "kawa-2", ["title"] = "K", ["sections"] = "goals,verdict" });
        Assert.Equal(HttpStatusCode.Created, comma.StatusCode);
        var wrong = await writer.PostAsJsonAsync("/api/templates", new JsonObject { ["name"] = "kawa-3", ["title"] = "K", ["sections"] = new JsonArray("weather") });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("'weather' is not a section", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await writer.DeleteAsync("/api/templates/kawa")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await writer.DeleteAsync("/api/templates/kawa")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await writer.DeleteAsync("/api/templates/weekly-summary")).StatusCode);
        var left = await writer.GetFromJsonAsync<JsonElement>("/api/templates");
        Assert.DoesNotContain("kawa", left.GetProperty("templates").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
    }
}
