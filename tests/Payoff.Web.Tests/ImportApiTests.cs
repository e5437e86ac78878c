using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Payoff.Web.Tests;

public sealed class ImportApiTests
{
    private static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "Data", name);

    private static MultipartFormDataContent Files(params (string Name, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "file", name);
        }

        return form;
    }

    private static (string, byte[]) Download(string path) => (Path.GetFileName(path), File.ReadAllBytes(Data(path)));

    [Fact]
    public async Task Another_tools_conversations_csv_is_imported_through_the_map_parameter()
    {
        await using var app = new PayoffAppFactory().WithSite();
        var client = app.Client();
        client.DefaultRequestHeaders.Add("X-Payoff-Key", app.WriteKey);
        var inbox = ("inbox.csv", Encoding.UTF8.GetBytes("Conversation,Msg ID,Channel,Dir,From,Sent at,Body\nc-1,11,Instagram,in,@ann,2026-03-01 10:00:00,\"Love it, thanks\"\nc-1,12,Instagram,out,@shop,2026-03-01 10:30:00,Thanks Ann!\n"));
        const string Map = "message_id=Msg ID,thread_id=Conversation,network=Channel,direction=Dir,author=From,created_at=Sent at,text=Body";

        var imported = await client.PostAsync("/api/imports?kind=conversations&map=" + Uri.EscapeDataString(Map), Files(inbox));
        var other = ("other.csv", Encoding.UTF8.GetBytes("Msg ID,Body\n21,hi\n"));
        var unknown = await client.PostAsync("/api/imports?kind=conversations&map=" + Uri.EscapeDataString("bogus=Body"), Files(other));
        var malformed = await client.PostAsync("/api/imports?kind=conversations&map=" + Uri.EscapeDataString("text"), Files(inbox));
        var wrongKind = await client.PostAsync("/api/imports?kind=metrics&map=" + Uri.EscapeDataString(Map), Files(inbox));

        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Equal(2, (await imported.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("imported").GetInt32());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.Contains("'bogus', which is not a column Payoff reads", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Contains("map: 'text' is not payoff_column=File header", await malformed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, wrongKind.StatusCode);
    }

    [Fact]
    public async Task Uploaded_downloads_are_detected_and_imported_and_a_second_upload_adds_nothing()
    {
        await using var app = new PayoffAppFactory().WithSite();
        var client = app.Client();
        client.DefaultRequestHeaders.Add("X-Payoff-Key", app.WriteKey);
        var files = new[] { Download("LinkedIn/acme-analytics_content_1717200000000.xls"), Download("X/account_overview_analytics.csv"), Download("TikTok/Overview_2025-12-30_2026-01-02.csv") };

        var response = await client.PostAsync("/api/imports", Files(files));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
        Assert.Equal(["linkedin-page", "x-analytics", "tiktok"], results.Select(r => r.GetProperty("detected_kind").GetString()));
        Assert.All(results, r => Assert.Equal(JsonValueKind.Number, r.GetProperty("import_id").ValueKind));
        Assert.Equal("2025-12-30", results[2].GetProperty("period").GetProperty("from").GetString());
        Assert.Equal(1, app.Count("SELECT count(DISTINCT network) FROM posts"));
        Assert.Equal(3600, app.Count("SELECT sum(value)::BIGINT FROM account_metrics WHERE network = 'LinkedIn' AND metric = 'impressions'"));

        var again = (await (await client.PostAsync("/api/imports", Files(files))).Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray();
        Assert.All(again, r => Assert.True(r.GetProperty("already_imported").GetBoolean()));

        var list = await client.GetFromJsonAsync<JsonElement>("/api/imports");
        Assert.Equal(3, list.GetArrayLength());
        var undo = await client.PostAsync($"/api/imports/{results[1].GetProperty("import_id").GetInt64()}/undo", null);
        Assert.Equal(HttpStatusCode.OK, undo.StatusCode);
        Assert.Equal(0, app.Count("SELECT count(*) FROM account_metrics WHERE network = 'X'"));
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsync($"/api/imports/{results[1].GetProperty("import_id").GetInt64()}/undo", null)).StatusCode);
    }

    [Fact]
    public async Task A_dry_run_writes_nothing_and_shows_a_sample_and_bad_files_answer_422_with_the_reason()
    {
        await using var app = new PayoffAppFactory().WithSite();
        var client = app.Client();
        client.DefaultRequestHeaders.Add("X-Payoff-Key", app.WriteKey);

        var dry = await client.PostAsync("/api/imports?dry_run=true&kind=tiktok&period=2025-08-01..2025-09-30", Files(Download("TikTok/FollowerHistory.csv")));
        Assert.Equal(HttpStatusCode.OK, dry.StatusCode);
        var result = (await dry.Content.ReadFromJsonAsync<JsonElement>())[0];
        Assert.Equal(1520, result.GetProperty("sample")[0].GetProperty("metric").GetProperty("value").GetDecimal());
        Assert.Equal(0, app.Count("SELECT count(*) FROM account_metrics"));

        var bad = await client.PostAsync("/api/imports", Files(("notes.txt", Encoding.UTF8.GetBytes("hello\nworld\n")), Download("X/account_overview_analytics.csv")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var results = (await bad.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
        Assert.Contains("not a format Payoff recognises", results[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Number, results[1].GetProperty("import_id").ValueKind);

        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/api/imports?kind=nope", Files(Download("X/account_overview_analytics.csv")))).StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await client.PostAsync("/api/imports", new StringContent("x"))).StatusCode);
    }

    [Fact]
    public async Task Imports_need_a_write_key_and_uploads_over_the_limit_are_refused_with_nothing_left_behind()
    {
        var factory = new PayoffAppFactory();
        factory.Options = factory.Options with { MaxUploadBytes = 4096 };
        await using var app = factory.WithSite();
        var reader = app.Client();
        reader.DefaultRequestHeaders.Add("X-Payoff-Key", app.ReadKey);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsync("/api/imports", Files(Download("X/account_overview_analytics.csv")))).StatusCode);

        var writer = app.Client();
        writer.DefaultRequestHeaders.Add("X-Payoff-Key", app.WriteKey);
        var big = await writer.PostAsync("/api/imports", Files(("big.csv", new byte[10_000])));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, big.StatusCode);
        Assert.Empty(Directory.Exists(app.Options.UploadPath) ? Directory.GetFileSystemEntries(app.Options.UploadPath) : []);
        Assert.Equal(0, app.Count("SELECT count(*) FROM imports"));
    }
}
