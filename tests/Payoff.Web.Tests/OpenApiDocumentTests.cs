using System.Text.Json;
using Payoff.Web.Hosting;

namespace Payoff.Web.Tests;

/// <summary>
/// The served OpenAPI document (<c>/openapi/v1.json</c>) is complete: both ways to authenticate declared and required,
/// every schema named after its type, and an example answer for every report.
/// </summary>
public sealed class OpenApiDocumentTests
{
    [Fact]
    public async Task The_document_declares_the_api_key_and_the_cookie_and_requires_the_key_on_the_api()
    {
        await using var app = new PayoffAppFactory();
        using var document = JsonDocument.Parse(await app.Client().GetStringAsync("/openapi/v1.json"));
        var schemes = document.RootElement.GetProperty("components").GetProperty("securitySchemes");
        var key = schemes.GetProperty(OpenApiSetup.ApiKeyScheme);
        Assert.Equal("apiKey", key.GetProperty("type").GetString());
        Assert.Equal("header", key.GetProperty("in").GetString());
        Assert.Equal("X-Payoff-Key", key.GetProperty("name").GetString());
        var cookie = schemes.GetProperty(OpenApiSetup.CookieScheme);
        Assert.Equal("cookie", cookie.GetProperty("in").GetString());
        Assert.Equal("payoff_session", cookie.GetProperty("name").GetString());

        var paths = document.RootElement.GetProperty("paths");
        var sources = paths.GetProperty("/api/reports/sources").GetProperty("get");
        Assert.True(sources.GetProperty("security")[0].TryGetProperty(OpenApiSetup.ApiKeyScheme, out _), sources.ToString());

        // The collect endpoint and the script are public: no requirement on them.
        Assert.False(paths.GetProperty("/api/event").GetProperty("post").TryGetProperty("security", out _));
    }

    [Fact]
    public async Task Every_schema_is_named_after_its_type()
    {
        await using var app = new PayoffAppFactory();
        using var document = JsonDocument.Parse(await app.Client().GetStringAsync("/openapi/v1.json"));
        var names = document.RootElement.GetProperty("components").GetProperty("schemas").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("TimeSheetAnswer", names);
        Assert.Contains("TimeCostAnswer", names);
        Assert.DoesNotContain(names, n => n.StartsWith("AnonymousType", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_report_has_an_example_answer_in_its_shape()
    {
        await using var app = new PayoffAppFactory();
        using var document = JsonDocument.Parse(await app.Client().GetStringAsync("/openapi/v1.json"));
        var reports = document.RootElement.GetProperty("paths").EnumerateObject()
            .Where(p => p.Name.StartsWith("/api/reports/", StringComparison.Ordinal) && p.Value.TryGetProperty("get", out _))
            .ToList();
        Assert.True(reports.Count >= 11, string.Join(", ", reports.Select(r => r.Name)));
        foreach (var report in reports)
        {
            var content = report.Value.GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content");
            var example = content.EnumerateObject().First().Value.GetProperty("example");
            Assert.Equal(JsonValueKind.Object, example.ValueKind);
            Assert.True(example.EnumerateObject().Any(), report.Name);
        }

        // The examples are the reports' shapes: the links example has the fields the links report writes.
        var links = OpenApiSetup.ReportExample("links")!["rows"]![0]!.AsObject();
        Assert.Equal(["slug", "destination", "source", "medium", "campaign", "content", "enabled", "clicks", "unique_clicks", "bot_clicks", "sessions", "contacts", "customers", "revenue"], links.Select(p => p.Key));
        Assert.Equal(reports.Count, OpenApiSetup.ReportsWithExamples().Count);
    }
}
