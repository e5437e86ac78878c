using System.Net;
using Payoff.Cli;
using Spectre.Console;

namespace Payoff.Web.Tests;

public sealed partial class DashboardSignInTests
{
    [Theory]
    [InlineData("sources", "/sources.csv")]
    [InlineData("roi", "/export/roi?table=roi&format=csv")]
    [InlineData("attribution", "/export/attribution?table=models&format=csv")]
    [InlineData("links", "/export/links?table=links&format=csv")]
    public async Task The_cli_csv_of_a_report_has_the_header_of_the_web_csv_export_of_the_same_report(string report, string export)
    {
        await using var app = SeededApp();

        // The command line first, on the same file: the server holds it once it starts.
        var output = new StringWriter();
        var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Out = new AnsiConsoleOutput(new StringWriter()) });
        var context = new CliContext(console, output, error, TimeProvider.System, new Dictionary<string, string?> { ["PAYOFF_DB"] = app.Options.DatabasePath });
        Assert.True(await PayoffCli.RunAsync(["report", report, "--format", "csv"], context) == 0, error.ToString());

        var browser = new Browser(app.Client());
        await browser.SignInAsync("owner@example.com", "a long owner password");
        var response = await browser.SendAsync(HttpMethod.Get, export);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var web = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF');

        var cliHeader = Header(output.ToString());
        Assert.True(cliHeader.Length >= 2, string.Join(",", cliHeader));
        // Pages (and their exports) name attribution models in words; the CLI keeps the machine names (DASHBOARD.md).
        Assert.Equal(Header(web), report == "attribution" ? [cliHeader[0], .. cliHeader[1..].Select(Payoff.Core.Attribution.AttributionModels.Label)] : cliHeader);
    }

    // The first CSV line's cells, unquoted (the web quotes every text cell, the CLI only those that need it).
    private static string[] Header(string csv) =>
        [.. csv.Split("\r\n")[0].Split(',').Select(cell => cell.Trim('"'))];
}
