using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Payoff.Application.Attribution;
using Payoff.Application.Paths;
using Payoff.Core.Access;
using Payoff.Web.Attribution;
using Payoff.Web.Components;

namespace Payoff.Cli.Tests;

/// <summary>The attribution and paths reports are one request, one handler and one document on the command line, the API and the page.</summary>
public sealed class AttributionSurfacesTests
{
    private const string UnknownConversion = "Unknown conversion 'nosuchthing': known are lead, customer, order.";

    private static readonly string Events = "event_id,timestamp,visitor_id,type,url,referrer,value,currency,contact_id,name\n" +
        """
        1,2025-07-01T10:00:00Z,v1,pageview,https://shop.example.com/?utm_source=facebook&utm_medium=social,,,,,
        2,2025-07-03T10:00:00Z,v1,pageview,https://shop.example.com/?utm_source=newsletter&utm_medium=email,,,,,
        3,2025-07-03T10:05:00Z,v1,lead,,,,,c1,
        4,2025-07-02T09:00:00Z,v2,pageview,https://shop.example.com/?utm_source=linkedin&utm_medium=social,,,,,
        5,2025-07-02T09:03:00Z,v2,customer,,,40,USD,c2,order
        6,2025-07-04T11:00:00Z,v3,pageview,https://shop.example.com/?utm_source=facebook&utm_medium=social,,,,,
        7,2025-07-05T12:00:00Z,v4,lead,,,,,c4,

        """;

    [Fact]
    public async Task The_cli_json_of_attribution_and_paths_equals_the_api_body_for_the_same_data()
    {
        using var cli = Tracked();
        var cases = new (string[] Args, string Url)[]
        {
            (["attribution", "--from", "2025-07-01", "--to", "2025-07-15"], "attribution?from=2025-07-01&to=2025-07-15"),
            (["attribution", "--model", "markov", "--by", "channel", "--lookback-days", "30"], "attribution?model=markov&by=channel&lookback_days=30"),
            (["attribution", "--conversion", "order", "--half-life-days", "3", "--order", "2"], "attribution?conversion=order&half_life_days=3&order=2"),
            (["paths", "--from", "2025-07-01", "--to", "2025-07-15", "--top", "5"], "paths?from=2025-07-01&to=2025-07-15&top=5"),
            (["paths", "--conversion", "customer", "--by", "campaign"], "paths?conversion=customer&by=campaign"),
        };
        var printed = cases.Select(c => cli.Run(["report", .. c.Args, "--format", "json"])).ToList();

        await using var api = await ApiOverCli.StartAsync(cli, ApiKeyScope.Read);
        for (var i = 0; i < cases.Length; i++)
        {
            Assert.True(printed[i].ExitCode == 0, printed[i].Out + printed[i].Error);
            using var response = await api.Client.GetAsync(new Uri("/api/reports/" + cases[i].Url, UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, body);
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(printed[i].Out), JsonNode.Parse(body)), $"payoff report {string.Join(' ', cases[i].Args)}:\n{printed[i].Out}\nGET {cases[i].Url}:\n{body}");
        }

        Assert.Contains("had no tracked visit in their lookback window", printed[0].Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_conversion_gets_the_same_message_on_the_command_line_the_api_and_the_page()
    {
        using var cli = Tracked();
        foreach (var report in new[] { "attribution", "paths" })
        {
            var run = cli.Run("report", report, "--conversion", "nosuchthing");
            Assert.Equal(1, run.ExitCode);
            Assert.Equal($"payoff: --conversion: {UnknownConversion}", run.Error.Trim());
        }

        await using (var api = await ApiOverCli.StartAsync(cli, ApiKeyScope.Read))
        {
            foreach (var report in new[] { "attribution", "paths" })
            {
                using var response = await api.Client.GetAsync(new Uri($"/api/reports/{report}?conversion=nosuchthing", UriKind.Relative));
                Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
                Assert.Equal($"conversion: {UnknownConversion}", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!.GetValue<string>());
            }
        }

        using var store = CliComposition.OpenStore(cli.Database, cli.Time);
        await using var session = await store.OpenSessionAsync();
        var workspace = (await session.Workspaces.FindAsync("default"))!;
        var query = new QueryCollection(new Dictionary<string, StringValues> { ["conversion"] = "nosuchthing" });
        var scope = DashboardScope.FromMemberships([(workspace, Role.Owner)], query, cli.Time)!.With(session);
        var page = await AttributionModel.BuildAsync(scope, new AttributionHandler(store), new PathsHandler(store), CancellationToken.None);
        Assert.Equal($"conversion: {UnknownConversion}", page.Error);
    }

    private static CliRun Tracked()
    {
        var cli = new CliRun();
        var run = cli.Run("import", "events", cli.File("events.csv", Events));
        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        return cli;
    }
}
