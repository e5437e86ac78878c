using System.Net;
using System.Text;

namespace Payoff.Web.Tests;

/// <summary>Hostile collect bodies through HTTP: each is a 400 (or 413) with a sentence naming the field, never a 500.</summary>
public sealed class CollectHostileBodyTests
{
    [Fact]
    public async Task A_huge_string_is_400_naming_the_field_or_413_past_the_body_limit()
    {
        await using var app = new PayoffAppFactory().WithSite();
        var site = app.Site.SiteKey;
        var longUrl = await app.SendAsync($$"""{"site":"{{site}}","type":"pageview","url":"https://example.com/{{new string('a', 5_000)}}"}""");
        Assert.Equal(HttpStatusCode.BadRequest, longUrl.StatusCode);
        Assert.Contains("Field 'url' is 5020 characters long; the limit is 2000.", await longUrl.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var ignored = await app.SendAsync($$"""{"site":"{{site}}","type":"pageview","url":"https://example.com/","props":"{{new string('x', 60_000)}}"}""");
        Assert.Equal(HttpStatusCode.Accepted, ignored.StatusCode);

        var tooLarge = await app.SendAsync($$"""{"site":"{{site}}","type":"pageview","url":"https://example.com/","props":"{{new string('x', 70_000)}}"}""");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Contains("the limit is 65536", await tooLarge.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_batch_with_junk_elements_answers_each_element()
    {
        await using var app = new PayoffAppFactory().WithSite();
        var site = app.Site.SiteKey;
        var response = await app.SendAsync($$$"""[{"site":"{{{site}}}","type":"pageview","url":"https://example.com/","event_id":"ok-1"}, 5, {"site":"{{{site}}}","type":"pageview","url":{"x":1}}]""");
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"accepted\":1,\"rejected\":2", text, StringComparison.Ordinal);
        Assert.Contains("An event must be a JSON object.", text, StringComparison.Ordinal);
        Assert.Contains("Field 'url' must be a string.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mangled_bodies_are_never_a_500()
    {
        await using var app = new PayoffAppFactory().WithSite();
        var valid = Encoding.UTF8.GetBytes($$$"""{"site":"{{{app.Site.SiteKey}}}","type":"conversion","url":"https://example.com/?utm_source=x","value":2.5,"ts":1700000000000,"props":{"k":[1,"v"]}}""");
        var random = new Random(16);
        for (var i = 0; i < 200; i++)
        {
            var body = valid[..random.Next(valid.Length + 1)];
            for (var flips = random.Next(3); flips > 0 && body.Length > 0; flips--)
            {
                body[random.Next(body.Length)] = "{}[]\",:0e-.\\"u8[random.Next(12)];
            }

            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/event") { Content = new ByteArrayContent(body) };
            request.Headers.TryAddWithoutValidation("User-Agent", PayoffAppFactory.Chrome);
            var response = await app.Client().SendAsync(request);
            Assert.True((int)response.StatusCode < 500, $"{response.StatusCode} for {Encoding.UTF8.GetString(body)}");
        }
    }
}
