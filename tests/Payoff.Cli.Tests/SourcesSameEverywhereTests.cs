using System.Net;
using System.Text.Json.Nodes;
using Payoff.Cli.Tests.Baseline;

namespace Payoff.Cli.Tests;

/// <summary>
/// The sources report is one request, one handler and one JSON document on every surface (issue 14 §1):
/// the CLI's <c>--format json</c> is the API's body on the same data, and the same bad input gets the same
/// sentence from both (the CLI names the option <c>--from</c>, the API the field <c>from</c>).
/// </summary>
public sealed class SourcesSameEverywhereTests(ShopWorkspace shop) : IClassFixture<ShopWorkspace>
{
    [Theory]
    [InlineData("--from 2026-04-01 --to 2026-06-29", "from=2026-04-01&to=2026-06-29")]
    [InlineData("--from 2026-04-01 --to 2026-06-29 --by campaign --compare previous-period", "from=2026-04-01&to=2026-06-29&by=campaign&compare=previous-period")]
    [InlineData("--by channel --network linkedin", "by=channel&network=linkedin")]
    public async Task The_cli_json_is_the_api_json(string options, string query)
    {
        var (code, output, error) = shop.Run(["report", "sources", .. options.Split(' '), "--format", "json"]);
        Assert.True(code == 0, output + error);

        using var response = await (await shop.ApiAsync()).GetAsync(new Uri("/api/reports/sources?" + query, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var cli = JsonNode.Parse(output);
        var api = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(JsonNode.DeepEquals(cli, api), $"CLI:\n{output}\nAPI:\n{api}");
        Assert.Equal("sources", cli!["report"]!.GetValue<string>());
        Assert.NotNull(cli["rows"]![0]!["contact_rate"]);
    }

    [Theory]
    [InlineData("--from 2026-06-10 --to 2026-06-01", "from=2026-06-10&to=2026-06-01", "from (2026-06-10) is after to (2026-06-01).")]
    [InlineData("--from 2026-13-01", "from=2026-13-01", "from '2026-13-01' is not a date; use yyyy-MM-dd, e.g. 2025-03-01.")]
    [InlineData("--by country", "by=country", "by must be channel, network, campaign or content, not 'country'.")]
    [InlineData("--compare yesterday", "compare=yesterday", "compare must be none, previous-period or previous-year, not 'yesterday'.")]
    [InlineData("--network Facebok", "network=Facebok", "network: unknown network 'Facebok' — did you mean Facebook?")]
    public async Task The_same_bad_input_gets_the_same_sentence_from_the_cli_and_the_api(string options, string query, string sentence)
    {
        var (code, _, error) = shop.Run(["report", "sources", .. options.Split(' ')]);
        using var response = await (await shop.ApiAsync()).GetAsync(new Uri("/api/reports/sources?" + query, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(1, code);
        Assert.Contains("payoff: --" + sentence.Replace(" to (", " --to (", StringComparison.Ordinal), error, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith(sentence, JsonNode.Parse(body)!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
