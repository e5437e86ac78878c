using System.Net;
using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Payoff.Core.Channels;
using Payoff.Core.Events;
using Payoff.Core.Importing;
using Payoff.Storage.DuckDb;
using Payoff.Web.Access;

namespace Payoff.Web.Tests;

/// <summary>No request answers 5xx for bad input (issue 13, §3.7): every endpoint and page, swept with hostile values.</summary>
public sealed partial class DashboardSignInTests
{
    /// <summary>Query values as they go on the wire (already percent-encoded where they need to be).</summary>
    private static readonly string[] HostileValues =
    [
        "0001-01-01", "9999-12-31", "2026-13-45", "%00", "x%00y", "%ED%A0%80", "%F0%28%8C%BC", "%E3%80%80", "%2F%E3%80%80",
        new string('x', 3000), "abc", "-1", "99999999999999999999999", "1e309", "NaN", "%27%20OR%201%3D1%20--", "Robert%27)%3B%20DROP%20TABLE%20events%3B--",
        "%3Cscript%3E", "..%2F..%2Fetc%2Fpasswd", "%22", "%5C",
    ];

    /// <summary>Query keys the pages read from their scope (besides their own [SupplyParameterFromQuery] properties).</summary>
    private static readonly string[] PageKeys = ["w", "from", "to", "by", "network", "n", "campaign", "conversion", "model", "compare", "metric", "goal", "sort", "page", "id", "ReturnUrl"];

    private static PayoffAppFactory SeededApp() => new PayoffAppFactory().WithSite(seed: (db, workspace) =>
    {
        var users = new DuckDbUserStore(db);
        users.Grant(users.Add("owner@example.com", Passwords.Hash("a long owner password")).Id, workspace, Payoff.Core.Access.Role.Owner);
        var now = DateTimeOffset.UtcNow.AddHours(-2);
        const string url = "https://example.com/?utm_source=facebook&utm_medium=social&utm_campaign=spring";
        TrackedEvent[] events =
        [
            new() { EventId = "e1", Timestamp = now, VisitorId = "v1", Type = EventType.Pageview, Url = url, Source = ChannelClassifier.Default.Classify(url, null) },
            new() { EventId = "e2", Timestamp = now.AddMinutes(5), VisitorId = "v1", Type = EventType.Lead, ContactId = "c1", Url = url, Source = ChannelClassifier.Default.Classify(url, null) },
            new() { EventId = "e3", Timestamp = now.AddMinutes(6), VisitorId = "v1", Type = EventType.Conversion, Name = "order", Value = 20m, Currency = "USD", Url = url, Source = ChannelClassifier.Default.Classify(url, null) },
        ];
        new DuckDbImportStore(db).WriteAsync(workspace, new ImportRequest(ImportKind.Events, "seed", "seed", events.Length, 0), ImportRecords.Events, new InMemoryRows<TrackedEvent>(events)).GetAwaiter().GetResult();
    });

    /// <summary>Every route of the app: its method, its path with route values filled by <paramref name="routeValue"/>, and the query keys it reads.</summary>
    private static List<(string Method, string Path, bool Page, IReadOnlyList<string> Keys)> Routes(IServiceProvider services, string routeValue)
    {
        var routes = new List<(string, string, bool, IReadOnlyList<string>)>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = endpoint.RoutePattern;
            var path = "/" + string.Join('/', pattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
            {
                RoutePatternLiteralPart literal => literal.Content,
                RoutePatternParameterPart => routeValue,
                _ => string.Empty,
            }))));
            var component = endpoint.Metadata.GetMetadata<ComponentTypeMetadata>()?.Type;
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            var handler = endpoint.Metadata.GetMetadata<MethodInfo>();
            IReadOnlyList<string> keys = component is not null
                ? [.. PageKeys, .. component.GetProperties().Where(p => p.GetCustomAttribute<SupplyParameterFromQueryAttribute>() is not null).Select(p => p.GetCustomAttribute<SupplyParameterFromQueryAttribute>()!.Name ?? p.Name)]
                : [.. (handler?.GetParameters() ?? []).Where(p => IsQueryValue(p.ParameterType)).Select(p => p.GetCustomAttribute<FromQueryAttribute>()?.Name ?? p.Name!)];
            routes.AddRange(methods.Where(m => m is "GET" or "POST" or "PUT" or "DELETE" or "PATCH").Select(m => (m, path, component is not null, keys)));
        }

        return routes;
    }

    private static bool IsQueryValue(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(DateOnly) || t == typeof(DateTimeOffset) || t == typeof(DateTime);
    }

    private static async Task<string?> ServerErrorAsync(HttpResponseMessage response, string what) =>
        (int)response.StatusCode >= 500 ? $"{what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}" : null;

    [Fact]
    public async Task No_endpoint_or_page_answers_a_server_error_for_hostile_query_values()
    {
        await using var app = SeededApp();
        var client = app.Client();
        var browser = new Browser(client);
        await browser.SignInAsync("owner@example.com", "a long owner password");
        var failures = new List<string>();

        // Route values: a number, one too big for any id, and non-ASCII (a NUL in a path never reaches the app: the server refuses it).
        var routes = Routes(app.Services, "1")
            .Concat(Routes(app.Services, "99999999999999999999").Where(r => r.Path.Contains("9999999", StringComparison.Ordinal)))
            .Concat(Routes(app.Services, "%E3%80%80").Where(r => r.Path.Contains("%E3", StringComparison.Ordinal)))
            .ToList();
        Assert.Contains(routes, r => r.Path == "/api/reports/links");
        Assert.Contains(routes, r => r.Path == "/attribution" && r.Page);
        foreach (var (method, path, page, keys) in routes)
        {
            var queries = keys.Distinct(StringComparer.Ordinal).SelectMany(k => HostileValues.Select(v => $"{k}={v}"))
                .Append("from=2026-05-02&to=2026-05-01").Append("from=0001-01-01&to=0001-01-31").Append("from=9999-12-01&to=9999-12-31");
            foreach (var query in queries)
            {
                var url = $"{path}?{query}";
                var body = method == "GET" ? null : new StringContent("{}", Encoding.UTF8, "application/json");
                HttpResponseMessage response;
                try
                {
                    if (page || !path.StartsWith("/api", StringComparison.Ordinal))
                    {
                        response = await browser.SendAsync(new HttpMethod(method), url, content: body);
                    }
                    else
                    {
                        using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = body };
                        request.Headers.Add("X-Payoff-Key", app.WriteKey);
                        response = await client.SendAsync(request);
                    }
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // The test server hands the app's unhandled exception (a 500 on a real server) to the client.
                    failures.Add($"{method} {url[..Math.Min(url.Length, 160)]}: {e.GetType().Name}: {e.Message} {e.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains("Payoff", StringComparison.Ordinal))?.Trim()}");
                    continue;
                }

                if (await ServerErrorAsync(response, $"{method} {url[..Math.Min(url.Length, 160)]}") is { } failure)
                {
                    failures.Add(failure[..Math.Min(failure.Length, 600)]);
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} server errors:\n{string.Join('\n', failures.Take(300))}");
    }

    [Fact]
    public async Task Regression_a_return_url_with_a_non_ascii_character_answered_500_after_a_correct_password()
    {
        await using var app = SeededApp();
        var browser = new Browser(app.Client());
        var page = await (await browser.SendAsync(HttpMethod.Get, "/login?ReturnUrl=%2F%E3%80%80")).Content.ReadAsStringAsync();
        var token = TokenPattern().Match(page).Groups[1].Value;
        var signedIn = await browser.SendAsync(HttpMethod.Post, "/login?ReturnUrl=%2F%E3%80%80", new()
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["_handler"] = "login",
            ["Form.Email"] = "owner@example.com",
            ["Form.Password"] = "a long owner password",
        });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.EndsWith("/%E3%80%80", signedIn.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/%E3%80%80", "/%E3%80%80")]
    [InlineData("/sources?network=Caf\u00e9", "/sources?network=Caf%C3%A9")]
    [InlineData("/\u0000x", "/")]
    public void Return_urls_that_a_location_header_cannot_carry_are_encoded_or_refused(string url, string expected) =>
        Assert.Equal(expected, Payoff.Web.Components.Pages.Login.LocalReturnUrl(System.Text.RegularExpressions.Regex.Unescape(Uri.UnescapeDataString(url))));

    [Fact]
    public async Task Regression_the_attribution_page_of_a_named_conversion_answered_500()
    {
        await using var app = SeededApp();
        var browser = new Browser(app.Client());
        await browser.SignInAsync("owner@example.com", "a long owner password");
        var response = await browser.SendAsync(HttpMethod.Get, "/attribution?conversion=order");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Facebook", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Regression_the_attribution_page_of_an_unknown_conversion_showed_zero_credits_and_now_shows_its_error_line()
    {
        await using var app = SeededApp();
        var browser = new Browser(app.Client());
        await browser.SignInAsync("owner@example.com", "a long owner password");
        var page = await (await browser.SendAsync(HttpMethod.Get, "/attribution?conversion=nosuchthing")).Content.ReadAsStringAsync();
        Assert.Contains("conversion: Unknown conversion &#x27;nosuchthing&#x27;: known are lead, customer, order.", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("url")]
    [InlineData("referrer")]
    [InlineData("value")]
    [InlineData("name")]
    public async Task Regression_a_collect_body_with_invalid_utf8_or_a_lone_surrogate_answered_500(string field)
    {
        await using var app = SeededApp();
        var site = app.Site.SiteKey;
        var head = Encoding.UTF8.GetBytes($$"""{"site":"{{site}}","type":"pageview","visitor":"v9","event_id":"bad-{{field}}","{{field}}":"https://example.com/""");
        byte[] invalidUtf8 = [.. head, 0xC3, 0x28, 0xFF, .. "\"}"u8.ToArray()];
        byte[] loneSurrogate = [.. head, .. "\\ud800\"}"u8.ToArray()];
        foreach (var body in new[] { invalidUtf8, loneSurrogate })
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            var response = await app.Client().PostAsync("/api/event", content);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True((int)response.StatusCode < 500, $"{field}: {(int)response.StatusCode} {text}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains($"Field '{field}' is not valid text", text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/api/reports/links?from=2026-05-02&to=2026-05-01", "from (2026-05-02) is after to (2026-05-01).")]
    [InlineData("/api/reports/links?from=2999-01-01", "from (2999-01-01) is after to (")]
    [InlineData("/api/reports/sources?from=0001-01-01", "from (0001-01-01) must be a day from 1900-01-01 to 2999-12-31.")]
    [InlineData("/api/reports/social?to=9999-12-31", "to (9999-12-31) must be a day from 1900-01-01 to 2999-12-31.")]
    [InlineData("/api/reports/benchmark?months=abc", "months must be a whole number, not 'abc'.")]
    [InlineData("/api/reports/sources?network=Face%00book", "The query value of 'network' contains a control character")]
    public async Task A_bad_api_query_value_gets_a_400_with_a_sentence_naming_the_field(string url, string sentence)
    {
        await using var app = SeededApp();
        var client = app.Client();
        client.DefaultRequestHeaders.Add("X-Payoff-Key", app.ReadKey);
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(sentence, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/sources?from=0001-01-01", "from (0001-01-01) must be a day from 1900-01-01 to 2999-12-31.")]
    [InlineData("/attribution?from=2026-05-02&to=2026-05-01", "from (2026-05-02) is after to (2026-05-01).")]
    [InlineData("/roi?to=9999-12-31", "to (9999-12-31) must be a day from 1900-01-01 to 2999-12-31.")]
    public async Task A_bad_range_on_a_page_is_the_page_s_own_error_naming_the_field(string url, string sentence)
    {
        await using var app = SeededApp();
        var browser = new Browser(app.Client());
        await browser.SignInAsync("owner@example.com", "a long owner password");
        var response = await browser.SendAsync(HttpMethod.Get, url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<p class=\"error\" role=\"alert\">{sentence}", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var export = await browser.SendAsync(HttpMethod.Get, url.StartsWith("/sources", StringComparison.Ordinal) ? url.Replace("/sources", "/sources.csv", StringComparison.Ordinal) : url.Replace("/attribution?", "/export/attribution?format=csv&table=models&", StringComparison.Ordinal).Replace("/roi?", "/export/roi?format=csv&table=networks&", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, export.StatusCode);
        Assert.Contains(sentence, await export.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
