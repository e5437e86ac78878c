using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Payoff.Web.Access;

namespace Payoff.Web.Tests;

/// <summary>The first run: the owner account is created through the printed setup link, once.</summary>
public sealed partial class DashboardSignInTests
{
    [Fact]
    public async Task The_first_owner_is_created_through_the_printed_link_and_then_setup_closes()
    {
        await using var app = new PayoffAppFactory().WithSite();
        var token = app.Services.GetRequiredService<FirstRun>().Token!;
        Assert.Equal(32, token.Length);

        var browser = new Browser(app.Client());
        Assert.Contains("Setup is closed", await (await browser.SendAsync(HttpMethod.Get, "/setup?token=" + new string('0', 32))).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var page = await (await browser.SendAsync(HttpMethod.Get, "/setup?token=" + token)).Content.ReadAsStringAsync();
        Assert.Contains("Create the owner account", page, StringComparison.Ordinal);
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value), ["_handler"] = "setup",
            ["Form.Email"] = "Owner@Example.com", ["Form.Password"] = "a long owner password", ["Form.Repeat"] = "a different password",
        };
        Assert.Contains("The two passwords differ", await (await browser.SendAsync(HttpMethod.Post, "/setup?token=" + token, fields)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, app.Count("SELECT count(*) FROM users"));

        fields["Form.Repeat"] = "a long owner password";
        var created = await browser.SendAsync(HttpMethod.Post, "/setup?token=" + token, fields);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(1, app.Count("SELECT count(*) FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = 'owner@example.com' AND m.role = 'owner'"));
        Assert.Equal(HttpStatusCode.OK, (await browser.SendAsync(HttpMethod.Get, "/settings")).StatusCode);

        var again = new Browser(app.Client());
        Assert.Contains("Setup is closed", await (await again.SendAsync(HttpMethod.Get, "/setup?token=" + token)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
