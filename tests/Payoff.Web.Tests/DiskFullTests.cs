using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Payoff.Web.Tests;

public sealed class DiskFullTests
{
    [Fact]
    public async Task A_full_disk_answers_503_with_retry_after_and_collect_recovers_by_itself_when_writes_succeed_again()
    {
        await using var app = new PayoffAppFactory().WithSite();
        var client = app.Client();

        // The first spool segment is Linux's /dev/full: zero-writing it fails with ENOSPC, as creating a segment on a full disk does.
        File.CreateSymbolicLink(Path.Combine(app.Options.SpoolPath, "000000000001.spool"), "/dev/full");
        var full = await app.SendAsync($$"""{"site":"{{app.Site.SiteKey}}","type":"pageview","url":"https://example.com/","event_id":"lost"}""");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, full.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), full.Headers.RetryAfter?.Delta);
        Assert.Contains("could not write", await full.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var unhealthy = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, unhealthy.StatusCode);
        Assert.Equal("failing", (await unhealthy.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("spool").GetString());

        var retried = await app.SendAsync($$"""{"site":"{{app.Site.SiteKey}}","type":"pageview","url":"https://example.com/","event_id":"kept"}""");
        Assert.Equal(HttpStatusCode.Accepted, retried.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        await app.FlushAsync();
        Assert.Equal(1, app.Count("SELECT count(*) FROM events"));
        Assert.Equal(1, app.Count($"SELECT count(*) FROM events WHERE event_id = 's{app.Site.Id}:kept'"));
    }
}
