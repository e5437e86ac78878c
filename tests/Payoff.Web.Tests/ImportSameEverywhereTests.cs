using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Payoff.Cli;
using Spectre.Console;

namespace Payoff.Web.Tests;

/// <summary>
/// An upload to <c>POST /api/imports</c> and <c>payoff import auto</c> of the same files run the same handler
/// (issue 14): each file is detected as the same kind, and the import records they leave agree on the file, its bytes and every count.
/// </summary>
public sealed class ImportSameEverywhereTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("payoff-import-same-").FullName;

    [Fact]
    public async Task A_web_upload_and_a_cli_import_of_the_same_files_record_the_same_kinds_and_counts()
    {
        string[] files =
        [
            Data("LinkedIn/acme-analytics_content_1717200000000.xls"),
            Data("X/account_overview_analytics.csv"),
            Data("Meta/instagram-posts.csv"),
            Data("HubSpot/hubspot-crm-exports-all-contacts-2026-06-01.csv"),
            Events(),
        ];

        await using var app = new PayoffAppFactory().WithSite();
        var client = app.Client();
        client.DefaultRequestHeaders.Add("X-Payoff-Key", app.WriteKey);
        using var form = new MultipartFormDataContent();
        foreach (var file in files)
        {
            var part = new ByteArrayContent(await File.ReadAllBytesAsync(file));
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "file", Path.GetFileName(file));
        }

        var upload = await client.PostAsync("/api/imports?skip_invalid=true", form);
        Assert.True(upload.IsSuccessStatusCode, await upload.Content.ReadAsStringAsync());
        var uploaded = (await upload.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(r => Counts(r, "file", "detected_kind")).ToList();
        var web = (await client.GetFromJsonAsync<JsonElement>("/api/imports")).EnumerateArray()
            .Select(r => Counts(r, "file_name", "sha256", "rows", "imported", "rejected", "duplicates"))
            .ToList();

        var (code, imported) = await CliAsync(["import", "auto", .. files, "--skip-invalid", "--format", "json"]);
        Assert.Equal(0, code);
        Assert.Equal(uploaded, JsonDocument.Parse(imported).RootElement.EnumerateArray().Select(r => Path.GetFileName(r.GetProperty("file").GetString()) + "|" + r.GetProperty("detectedKind")));
        Assert.Equal(["linkedin-page", "x-analytics", "meta-posts", "hubspot-contacts", "events"], uploaded.Select(r => r.Split('|')[1]));
        var (listed, list) = await CliAsync(["imports", "list", "--format", "json"]);
        Assert.Equal(0, listed);
        var cli = JsonDocument.Parse(list).RootElement.EnumerateArray()
            .Select(r => Counts(r, "file", "sha256", "rows", "imported", "rejected", "duplicates"))
            .ToList();

        Assert.Equal(files.Length, web.Count);
        Assert.Equal(web.OrderBy(r => r, StringComparer.Ordinal), cli.OrderBy(r => r, StringComparer.Ordinal));
        Assert.Contains(web, r => r.StartsWith("visits.csv|", StringComparison.Ordinal) && r.EndsWith("|3|2|1|0", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "Data", name);

    // The fields of a record or result as one comparable line.
    private static string Counts(JsonElement record, params string[] fields) =>
        string.Join('|', fields.Select(f => record.GetProperty(f).ToString()));

    // Two good visits and a row with a timestamp that is not one: imported with skip-invalid, one rejected.
    private string Events()
    {
        var path = Path.Combine(folder, "visits.csv");
        File.WriteAllText(path, """
            event_id,timestamp,visitor_id,type,url,referrer,value,currency,contact_id,name
            r1,2026-05-01T00:10:00Z,v1,pageview,https://shop.example/?utm_source=linkedin&utm_campaign=same,,,,,
            r2,2026-05-01T00:11:00Z,v1,lead,https://shop.example/thanks,,,,c1,
            r3,yesterday,v2,pageview,https://shop.example/,https://www.facebook.com/,,,,
            """);
        return path;
    }

    private async Task<(int ExitCode, string Out)> CliAsync(string[] args)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Out = new AnsiConsoleOutput(output), Interactive = InteractionSupport.No });
        var context = new CliContext(console, output, new StringWriter(), TimeProvider.System, new Dictionary<string, string?> { ["PAYOFF_DB"] = Path.Combine(folder, "cli.duckdb") });
        var code = await PayoffCli.RunAsync(args, context);
        return (code, output.ToString());
    }
}
