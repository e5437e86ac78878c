using System.Net;

namespace Payoff.Web.Tests;

/// <summary>The API's rate limit, counted per authenticated key or per address (issue 13 §4.5).</summary>
public sealed class ApiRateLimitTests
{
    [Fact]
    public async Task A_random_authorization_header_does_not_buy_a_fresh_budget()
    {
        // Regression: the limit was keyed on the raw headers, so each new Authorization value got a fresh bucket.
        await using var app = new PayoffAppFactory();
        app.Options = app.Options with { ApiRequestsPerMinutePerKey = 3 };
        app.WithSite();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/reports/sources");
            request.Headers.Add("X-Payoff-Key", app.ReadKey);
            request.Headers.TryAddWithoutValidation("Authorization", $"Basic {Guid.NewGuid():N}");
            statuses.Add((await app.Client().SendAsync(request)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Equal(3, statuses.Count(s => s != HttpStatusCode.TooManyRequests));
    }

    [Fact]
    public async Task A_key_has_its_own_budget_however_it_is_sent()
    {
        await using var app = new PayoffAppFactory();
        app.Options = app.Options with { ApiRequestsPerMinutePerKey = 3 };
        app.WithSite();

        async Task<HttpStatusCode> SendAsync(Action<HttpRequestMessage> sign)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/reports/sources");
            sign(request);
            return (await app.Client().SendAsync(request)).StatusCode;
        }

        Assert.Equal(HttpStatusCode.OK, await SendAsync(r => r.Headers.Add("X-Payoff-Key", app.ReadKey)));
        Assert.Equal(HttpStatusCode.OK, await SendAsync(r => r.Headers.TryAddWithoutValidation("Authorization", $"Bearer {app.ReadKey}")));
        Assert.Equal(HttpStatusCode.OK, await SendAsync(r => { r.Headers.Add("X-Payoff-Key", app.ReadKey); r.Headers.TryAddWithoutValidation("Authorization", "Basic x"); }));
        Assert.Equal(HttpStatusCode.TooManyRequests, await SendAsync(r => r.Headers.Add("X-Payoff-Key", app.ReadKey)));

        // Another key's budget is its own.
        Assert.Equal(HttpStatusCode.OK, await SendAsync(r => r.Headers.Add("X-Payoff-Key", app.WriteKey)));
    }
}
