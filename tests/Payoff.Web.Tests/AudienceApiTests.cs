using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Payoff.Web.Tests;

public sealed class AudienceApiTests
{
    private static ByteArrayContent Part(string path)
    {
        var part = new ByteArrayContent(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Data", path)));
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return part;
    }

    [Fact]
    public async Task Uploaded_audience_exports_are_compared_by_the_api_as_by_the_cli()
    {
        await using var app = new PayoffAppFactory().WithSite();
        var writer = app.Client();
        writer.DefaultRequestHeaders.Add("X-Payoff-Key", app.WriteKey);
        var reader = app.Client();
        reader.DefaultRequestHeaders.Add("X-Payoff-Key", app.ReadKey);
        using var form = new MultipartFormDataContent
        {
            { Part("Meta/Facebook audience age and gender 2026-05-31.csv"), "file", "Facebook audience age and gender 2026-05-31.csv" },
            { Part("Meta/Instagram audience age and gender 2026-05-31.csv"), "file", "Instagram audience age and gender 2026-05-31.csv" },
        };
        Assert.Equal(HttpStatusCode.OK, (await writer.PostAsync("/api/imports", form)).StatusCode);

        var report = await reader.GetFromJsonAsync<JsonElement>("/api/reports/audience?network=instagram");

        Assert.Equal("Instagram", report.GetProperty("network").GetString());
        var age = report.GetProperty("comparisons").EnumerateArray().Single(c => c.GetProperty("dimension").GetString() == "age");
        Assert.Equal(0.378m, age.GetProperty("distance").GetDecimal());
        Assert.True(age.GetProperty("differs_markedly").GetBoolean());
        var unknown = await reader.GetAsync("/api/reports/audience?network=Instagarm");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("did you mean Instagram", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
