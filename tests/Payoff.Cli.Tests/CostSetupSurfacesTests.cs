using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Payoff.Core.Access;

namespace Payoff.Cli.Tests;

/// <summary>
/// The cost setup is one request and one handler on the command line and the API (issue 14 §1): the same bad input is
/// refused with the same sentence, each host naming the field as its users write it (<c>--from</c> or <c>from</c>,
/// <c>RATE</c> or <c>rate</c>).
/// </summary>
public sealed class CostSetupSurfacesTests
{
    [Fact]
    public async Task A_bad_day_an_unknown_currency_and_a_negative_rate_get_the_same_sentence_from_the_cli_and_the_api()
    {
        using var cli = new CliRun();
        Assert.Equal(0, cli.Run("time", "rate", "40").ExitCode);
        var cases = new (string[] Args, Func<HttpClient, Task<HttpResponseMessage>> Call, string Cli, string Api)[]
        {
            (["currency", "rate", "EUR", "1.1", "--from", "2025-13-01"], c => c.PutAsJsonAsync("/api/currency-rates", new { currency = "EUR", rate = 1.1m, from = "2025-13-01" }),
                "--from '2025-13-01' is not a date; use yyyy-MM-dd, e.g. 2025-03-01.", "from '2025-13-01' is not a date; use yyyy-MM-dd, e.g. 2025-03-01."),
            (["time", "log", "--network", "Facebook", "--minutes", "30", "--date", "2025-02-30"], c => c.PostAsJsonAsync("/api/time", new { network = "Facebook", minutes = 30, day = "2025-02-30" }),
                "--date '2025-02-30' is not a date; use yyyy-MM-dd, e.g. 2025-03-01.", "day '2025-02-30' is not a date; use yyyy-MM-dd, e.g. 2025-03-01."),
            (["time", "rate", "40", "--currency", "EURO"], c => c.PutAsJsonAsync("/api/rates", new { rate = 40, currency = "EURO" }),
                "--currency: 'EURO' is not a currency code (three letters, e.g. USD).", "currency: 'EURO' is not a currency code (three letters, e.g. USD)."),
            (["time", "rate", "--", "-5"], c => c.PutAsJsonAsync("/api/rates", new { rate = -5 }),
                "RATE may not be negative.", "rate may not be negative."),
            (["currency", "rate", "USD", "1"], c => c.PutAsJsonAsync("/api/currency-rates", new { currency = "usd", rate = 1 }),
                "USD is the workspace currency; it needs no rate.", "USD is the workspace currency; it needs no rate."),
            (["fee", "add", "--name", "Tool", "--monthly", "10", "--networks", "fb,facebook"], c => c.PostAsJsonAsync("/api/fees", new { name = "Tool", monthly_amount = 10, shares = "fb,facebook" }),
                "--networks names Facebook twice.", "shares names Facebook twice."),
            (["time", "log", "--network", "Facebok", "--minutes", "0"], c => c.PostAsJsonAsync("/api/time", new { network = "Facebok", minutes = 0 }),
                "The time must be more than 0 and at most 24 hours.", "The time must be more than 0 and at most 24 hours."),
        };
        var printed = cases.Select(c => cli.Run(c.Args)).ToList();

        await using var api = await ApiOverCli.StartAsync(cli, ApiKeyScope.Write);
        for (var i = 0; i < cases.Length; i++)
        {
            Assert.True(printed[i].ExitCode == 1, $"payoff {string.Join(' ', cases[i].Args)}: exit {printed[i].ExitCode} {printed[i].Out}{printed[i].Error}");
            Assert.True(printed[i].Error.Trim().StartsWith($"payoff: {cases[i].Cli}", StringComparison.Ordinal), printed[i].Error);
            using var response = await cases[i].Call(api.Client);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, body);
            Assert.True(JsonNode.Parse(body)!["detail"]!.GetValue<string>().StartsWith(cases[i].Api, StringComparison.Ordinal), $"{cases[i].Api}\n{body}");
        }

        Assert.Equal("[]", (await api.Client.GetStringAsync(new Uri("/api/currency-rates", UriKind.Relative))).Trim());
        Assert.Equal("[]", (await api.Client.GetStringAsync(new Uri("/api/fees", UriKind.Relative))).Trim());
    }

    [Fact]
    public async Task An_unknown_network_is_refused_by_the_api_too_with_the_closest_name()
    {
        using var cli = new CliRun();
        Assert.Equal(0, cli.Run("time", "rate", "40").ExitCode);
        var printed = cli.Run("time", "log", "--network", "Facebok", "--minutes", "30");

        await using var api = await ApiOverCli.StartAsync(cli, ApiKeyScope.Write);
        using var response = await api.Client.PostAsJsonAsync("/api/time", new { network = "Facebok", minutes = 30 });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!.GetValue<string>();
        Assert.StartsWith("network: unknown network 'Facebok' — did you mean Facebook?", detail, StringComparison.Ordinal);
        Assert.Equal($"payoff: --{detail}", printed.Error.Trim());
    }
}
