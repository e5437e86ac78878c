using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using Payoff.Core.Access;
using Payoff.Storage.DuckDb;
using Payoff.Web;

namespace Payoff.Cli.Tests;

/// <summary>A report's request is parsed once and its JSON written once: the CLI and the API answer alike (issue 14 §1).</summary>
public sealed class ReportSurfacesTests
{
    [Fact]
    public async Task The_verdict_json_of_the_cli_and_the_api_is_one_document_on_the_same_data()
    {
        using var cli = new CliRun();
        Assert.Equal(0, cli.Run("import", "events", cli.File("events.csv", Events())).ExitCode);
        var command = JsonNode.Parse(cli.Run("report", "verdict", "--format", "json").Out)!;
        await using var api = await Api.StartAsync(cli);

        var response = await api.Client.GetAsync("/api/reports/verdict");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(JsonNode.DeepEquals(command, body), $"CLI:\n{command.ToJsonString()}\nAPI:\n{body.ToJsonString()}");
        Assert.Equal("April–June 2025", body["period"]!["heading"]!.GetValue<string>());
        Assert.Equal("Facebook", body["rows"]![0]!["network"]!.GetValue<string>());
        Assert.Equal("Facebook", body["networks"]![0]!["facts"]!["network"]!.GetValue<string>());
    }

    [Fact]
    public async Task What_to_do_now_is_one_document_in_the_cli_and_the_api_and_the_cli_prints_its_sentences_in_order()
    {
        using var cli = new CliRun();
        Assert.Equal(0, cli.Run("import", "events", cli.File("events.csv", Events())).ExitCode);
        Assert.Equal(0, cli.Run("goal", "add", "--name", "A million sessions", "--metric", "sessions", "--target", "1000000", "--deadline", "2025-12-31").ExitCode);
        var command = JsonNode.Parse(cli.Run("report", "actions", "--format", "json").Out)!;
        var table = cli.Run("report", "actions").Out;
        await using var api = await Api.StartAsync(cli);

        var response = await api.Client.GetAsync("/api/reports/actions");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(JsonNode.DeepEquals(command, body), $"CLI:\n{command.ToJsonString()}\nAPI:\n{body.ToJsonString()}");
        Assert.Equal("April–June 2025", body["period"]!.GetValue<string>());
        var sentences = body["actions"]!.AsArray().Select(a => a!["sentence"]!.GetValue<string>()).ToList();
        Assert.NotEmpty(sentences);
        // The terminal may wrap a long line: compare with runs of white space as one space.
        var printed = string.Join(' ', table.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        var at = sentences.Select((line, i) => printed.IndexOf($"{i + 1}. {line}", StringComparison.Ordinal)).ToList();
        Assert.All(at, i => Assert.True(i >= 0, printed));
        Assert.Equal([.. at.Order()], at);
    }

    [Theory]
    [InlineData("roi", "2025-13-01", "{0}from '2025-13-01' is not a date; use yyyy-MM-dd, e.g. 2025-03-01.")]
    [InlineData("roi", "0001-01-01", "{0}from (0001-01-01) must be a day from 1900-01-01 to 2999-12-31.")]
    [InlineData("kpi", "2025-08-01", "{0}from (2025-08-01) is after {0}to (2025-07-15).")]
    public async Task A_bad_from_gets_one_sentence_from_the_cli_and_a_400_with_it_from_the_api(string report, string from, string sentence)
    {
        using var cli = new CliRun();
        Assert.Equal(0, cli.Run("import", "events", cli.File("events.csv", Events())).ExitCode);
        var refused = cli.Run("report", report, "--from", from);
        await using var api = await Api.StartAsync(cli);

        var response = await api.Client.GetAsync($"/api/reports/{report}?from={from}");

        Assert.Equal(PayoffCli.Failure, refused.ExitCode);
        Assert.Equal("payoff: " + string.Format(CultureInfo.InvariantCulture, sentence, "--"), refused.Error.Trim());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(string.Format(CultureInfo.InvariantCulture, sentence, string.Empty), JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!.GetValue<string>());
    }

    private static string Events()
    {
        var csv = new StringBuilder("event_id,timestamp,visitor_id,type,url,referrer,value,currency,contact_id,name\n");
        var n = 0;
        for (var day = new DateOnly(2025, 4, 1); day <= new DateOnly(2025, 6, 30); day = day.AddDays(1))
        {
            for (var i = 0; i < 10; i++)
            {
                csv.Append(CultureInfo.InvariantCulture, $"e{++n},{day:yyyy-MM-dd}T10:{i:00}:00Z,fb-{day:MMdd}-{i},pageview,https://shop.example.com/?utm_source=facebook&utm_medium=social&utm_campaign=spring,,,,,\n");
            }
        }

        return csv.ToString();
    }

    /// <summary>The web host over the CLI's database file at the CLI's clock, with a read key of its default workspace.</summary>
    private sealed class Api : IAsyncDisposable
    {
        private readonly WebApplication app;

        private Api(WebApplication app, HttpClient client)
        {
            this.app = app;
            Client = client;
        }

        public HttpClient Client { get; }

        public static async Task<Api> StartAsync(CliRun cli)
        {
            string key;
            using (var db = DuckDbDatabase.Open(cli.Database, TimeProvider.System))
            {
                var workspace = await new DuckDbWorkspaceStore(db).FindAsync("default") ?? throw new InvalidOperationException("No default workspace.");
                key = new DuckDbApiKeyStore(db).Create(workspace, "surfaces", ApiKeyScope.Read).Secret;
            }

            var app = PayoffWeb.Build(new WebOptions { DatabasePath = cli.Database, Urls = "http://127.0.0.1:0", Time = cli.Time }, b =>
            {
                b.WebHost.UseTestServer();
                b.Logging.ClearProviders();
            });
            await app.StartAsync();
            var client = app.GetTestClient();
            client.DefaultRequestHeaders.Add("X-Payoff-Key", key);
            return new Api(app, client);
        }

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
