using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Payoff.Cli;
using Payoff.Storage.DuckDb;
using Payoff.Web.Access;
using Spectre.Console;

namespace Payoff.Web.Tests;

public sealed partial class DashboardSignInTests
{
    [Fact]
    public async Task A_goal_whose_deadline_is_before_its_start_gets_the_same_message_from_the_command_line_the_api_and_the_goals_page()
    {
        await using var app = new PayoffAppFactory().WithSite(seed: (db, workspace) =>
        {
            var users = new DuckDbUserStore(db);
            users.Grant(users.Add("editor@example.com", Passwords.Hash("a long editor password")).Id, workspace, Payoff.Core.Access.Role.Editor);
        });
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var expected = $"The deadline (2020-01-01) is before the start ({today}).";

        // The command line, on a database of its own (the server holds the app's file).
        var folder = Directory.CreateTempSubdirectory("payoff-goal-").FullName;
        var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Out = new AnsiConsoleOutput(new StringWriter()) });
        var context = new CliContext(console, new StringWriter(), error, TimeProvider.System, new Dictionary<string, string?> { ["PAYOFF_DB"] = Path.Combine(folder, "payoff.duckdb") });
        var code = await PayoffCli.RunAsync(["goal", "add", "--name", "Leads", "--metric", "contacts", "--target", "30", "--deadline", "2020-01-01"], context);
        Directory.Delete(folder, recursive: true);
        Assert.NotEqual(0, code);
        Assert.Equal($"payoff: {expected}", error.ToString().Trim());

        // The API: 400 with the sentence as the problem's detail.
        var writer = app.Client();
        writer.DefaultRequestHeaders.Add("X-Payoff-Key", app.WriteKey);
        var api = await writer.PostAsJsonAsync("/api/goals", new { name = "Leads", metric = "contacts", target = 30, deadline = "2020-01-01" });
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Equal(expected, (await api.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("detail").GetString());

        // The Goals page's form shows it above the form, and nothing is stored.
        var editor = new Browser(app.Client());
        await editor.SignInAsync("editor@example.com", "a long editor password");
        var page = await (await editor.SendAsync(HttpMethod.Get, "/goals")).Content.ReadAsStringAsync();
        var posted = await (await editor.SendAsync(HttpMethod.Post, "/goals", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value), ["_handler"] = "goal",
            ["Form.Name"] = "Leads", ["Form.Metric"] = "contacts", ["Form.Target"] = "30", ["Form.Deadline"] = "2020-01-01",
        })).Content.ReadAsStringAsync();
        Assert.Contains($"<p class=\"error\" role=\"alert\">{expected}</p>", posted, StringComparison.Ordinal);
        Assert.Equal(0, app.Count("SELECT count(*) FROM goals"));
    }
}
