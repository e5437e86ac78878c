using System.Net;
using System.Text.Json.Nodes;
using Payoff.Cli.Tests.Baseline;

namespace Payoff.Cli.Tests;

/// <summary>
/// The benchmark, links, costs and social reports are each one request, one handler and one JSON document on
/// every surface (issue 14): the CLI's <c>--format json</c> is the API's body on the same data, and the same bad
/// input gets the same sentence from both (the CLI names the option <c>--from</c>, the API the field <c>from</c>).
/// </summary>
public sealed class ReportsSameEverywhereTests(ShopWorkspace shop) : IClassFixture<ShopWorkspace>
{
    [Theory]
    [InlineData("benchmark", "", "", "rows")]
    [InlineData("benchmark", "--months 6 --to 2026-06-29 --network facebook", "months=6&to=2026-06-29&network=facebook", "goals")]
    [InlineData("links", "--from 2026-04-01 --to 2026-06-29", "from=2026-04-01&to=2026-06-29", "rows")]
    [InlineData("costs", "--from 2026-04-01 --to 2026-06-29", "from=2026-04-01&to=2026-06-29", "staff")]
    [InlineData("costs", "--from 2026-04-01 --to 2026-06-29 --by month", "from=2026-04-01&to=2026-06-29&by=month", "staff")]
    [InlineData("costs", "--from 2026-04-01 --to 2026-06-29 --by campaign", "from=2026-04-01&to=2026-06-29&by=campaign", "rows")]
    [InlineData("social", "--from 2026-04-01 --to 2026-06-29 --by account", "from=2026-04-01&to=2026-06-29&by=account", "rows")]
    [InlineData("social", "--from 2026-04-01 --to 2026-06-29 --by month", "from=2026-04-01&to=2026-06-29&by=month", "rows")]
    public async Task The_cli_json_is_the_api_json(string report, string options, string query, string filled)
    {
        var (code, output, error) = shop.Run(["report", report, .. options.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--format", "json"]);
        Assert.True(code == 0, output + error);

        using var response = await (await shop.ApiAsync()).GetAsync(new Uri($"/api/reports/{report}?{query}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var cli = JsonNode.Parse(output);
        var api = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(JsonNode.DeepEquals(cli, api), $"CLI:\n{output}\nAPI:\n{api}");
        Assert.Equal("default", cli!["workspace"]!.GetValue<string>());
        Assert.NotEmpty(cli[filled]!.AsArray());
    }

    [Theory]
    [InlineData("costs", "--from 2026-06-10 --to 2026-06-01", "from=2026-06-10&to=2026-06-01", "from (2026-06-10) is after to (2026-06-01).")]
    [InlineData("social", "--from 2026-06-10 --to 2026-06-01", "from=2026-06-10&to=2026-06-01", "from (2026-06-10) is after to (2026-06-01).")]
    [InlineData("links", "--from 2026-06-10 --to 2026-06-01", "from=2026-06-10&to=2026-06-01", "from (2026-06-10) is after to (2026-06-01).")]
    [InlineData("costs", "--by week", "by=week", "by must be network, campaign or month, not 'week'.")]
    [InlineData("social", "--by week", "by=week", "by must be network, account or month, not 'week'.")]
    [InlineData("benchmark", "--months 0", "months=0", "months must be between 1 and 120 (got 0).")]
    [InlineData("benchmark", "--to 2026-02-30", "to=2026-02-30", "to '2026-02-30' is not a date; use yyyy-MM-dd, e.g. 2025-03-01.")]
    [InlineData("benchmark", "--network Facebok", "network=Facebok", "network: unknown network 'Facebok' — did you mean Facebook?")]
    public async Task The_same_bad_input_gets_the_same_sentence_from_the_cli_and_the_api(string report, string options, string query, string sentence)
    {
        var (code, _, error) = shop.Run(["report", report, .. options.Split(' ')]);
        using var response = await (await shop.ApiAsync()).GetAsync(new Uri($"/api/reports/{report}?{query}", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(1, code);
        Assert.Contains("payoff: --" + sentence.Replace(" to (", " --to (", StringComparison.Ordinal), error, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith(sentence, JsonNode.Parse(body)!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
