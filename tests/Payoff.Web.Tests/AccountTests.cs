using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using Payoff.Core.Access;
using Payoff.Storage.DuckDb;
using Payoff.Web.Access;

namespace Payoff.Web.Tests;

/// <summary>Invitations as one-time links, pending grants, password changes and sessions that end (issue 13 §4.2, §4.3).</summary>
public sealed partial class AccountTests
{
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task An_admin_never_sees_a_password_and_the_invited_person_sets_their_own_once()
    {
        await using var app = App();
        var admin = await SignedInAsync(app, "admin-a@example.com");

        var invited = await InviteAsync(admin, "new.person@example.com", "editor");

        Assert.Equal(HttpStatusCode.OK, invited.Response.StatusCode);
        var shown = Regex.Match(invited.Html, "<code id=\"shown-secret\">([^<]*)</code>").Groups[1].Value;
        Assert.Matches(@"^http://[^/]+/invite\?token=[^&]+$", WebUtility.HtmlDecode(shown));
        Assert.Null(app.Run(db => new DuckDbUserStore(db).Find("new.person@example.com")));
        var person = new SignedInBrowser(app.Client());
        var set = await person.PostFormAsync(invited.Link, "password", new() { ["Form.Password"] = "my own long password", ["Form.Repeat"] = "my own long password" });
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync("/roi")).StatusCode);
        Assert.Equal(Role.Editor, app.Run(db => new DuckDbUserStore(db).Memberships(new DuckDbUserStore(db).Find("new.person@example.com")!.Id)).Single().Role);

        // Single use: the same link does nothing a second time.
        var again = await new SignedInBrowser(app.Client()).GetAsync(invited.Link);
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Contains("This link does not work", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invitation_link_expires_after_seven_days()
    {
        await using var app = App();
        var admin = await SignedInAsync(app, "admin-a@example.com");
        var invited = await InviteAsync(admin, "late@example.com", "viewer");

        clock.Advance(Invitation.InviteLifetime + TimeSpan.FromMinutes(1));

        var late = new SignedInBrowser(app.Client());
        var set = await late.PostFormAsync(invited.Link, "password", new() { ["Form.Password"] = "my own long password", ["Form.Repeat"] = "my own long password" });
        Assert.NotEqual(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Null(app.Run(db => new DuckDbUserStore(db).Find("late@example.com")));
    }

    [Fact]
    public async Task One_workspaces_admin_cannot_enter_another_workspace_through_an_account_they_invited()
    {
        // Regression (issue 13 §4.2): the admin of workspace A was shown the password of an account
        // they added; when workspace B later gave the same e-mail access, A's admin signed in to B.
        // Now A's admin can at most set the password of the account through A's link themselves; B's
        // grant stays pending until someone signed in as that e-mail opens B's own link and accepts.
        await using var app = App();
        var adminA = await SignedInAsync(app, "admin-a@example.com");
        var adminB = await SignedInAsync(app, "admin-b@example.com", "client-b");
        var fromA = await InviteAsync(adminA, "shared@example.com", "viewer");
        var squatter = new SignedInBrowser(app.Client());
        await squatter.PostFormAsync(fromA.Link, "password", new() { ["Form.Password"] = "the squatter's password", ["Form.Repeat"] = "the squatter's password" });

        var fromB = await InviteAsync(adminB, "shared@example.com", "editor", "client-b");
        var toNobody = await InviteAsync(adminB, "nobody.yet@example.com", "editor", "client-b");

        // B's admin is told the same thing whether or not the e-mail has an account.
        Assert.Equal(Shown(toNobody.Html).Replace("nobody.yet@", "shared@", StringComparison.Ordinal), Shown(fromB.Html));
        Assert.Equal(HttpStatusCode.NotFound, (await squatter.GetAsync("/?w=client-b")).StatusCode);
        var shared = app.Run(db => new DuckDbUserStore(db).Find("shared@example.com"))!;
        Assert.DoesNotContain(app.Run(db => new DuckDbUserStore(db).Memberships(shared.Id)), m => m.WorkspaceName == "client-b");

        // The link does not let its holder set the existing account's password; it asks them to sign in.
        var anonymous = new SignedInBrowser(app.Client());
        var page = await (await anonymous.GetAsync(fromB.Link)).Content.ReadAsStringAsync();
        Assert.Contains("Sign in as shared@example.com", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Form.Password", page, StringComparison.Ordinal);
        var refused = await anonymous.PostFormAsync(fromB.Link, "accept", new() { ["Accept"] = "yes" });
        Assert.NotEqual(HttpStatusCode.Redirect, refused.StatusCode);

        // Signed in as that e-mail, with B's link, the grant is accepted.
        var accepted = await squatter.PostFormAsync(fromB.Link, "accept", new() { ["Accept"] = "yes" });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await squatter.GetAsync("/?w=client-b")).StatusCode);
    }

    [Fact]
    public async Task A_cookie_captured_before_sign_out_no_longer_works()
    {
        // Regression (issue 13 §4.3): a cookie copied before sign-out still opened the dashboard for 8 hours.
        await using var app = App();
        var owner = await SignedInAsync(app, "admin-a@example.com");
        var thief = Copy(app, owner);
        Assert.Equal(HttpStatusCode.OK, (await thief.GetAsync("/settings")).StatusCode);

        var page = await (await owner.GetAsync("/")).Content.ReadAsStringAsync();
        var signedOut = await owner.SendAsync(HttpMethod.Post, "/logout", new() { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(SignedInBrowser.TokenPattern().Match(page).Groups[1].Value) });
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        var replay = await thief.GetAsync("/settings");
        Assert.Equal(HttpStatusCode.Redirect, replay.StatusCode);
        Assert.Equal("/login", replay.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Changing_the_password_and_removal_from_a_workspace_end_the_other_sessions()
    {
        await using var app = App();
        var admin = await SignedInAsync(app, "admin-a@example.com");
        var member = await SignedInAsync(app, "member@example.com", role: Role.Editor);
        var memberElsewhere = Copy(app, member);

        var changed = await member.PostFormAsync("/account", "password", new() { ["Form.Current"] = Password, ["Form.Password"] = "a brand new password", ["Form.Repeat"] = "a brand new password" });
        Assert.Contains("Password changed", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await memberElsewhere.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await new SignedInBrowser(app.Client()).SignInAsync("member@example.com", "a brand new password")).StatusCode);

        var wrong = await member.PostFormAsync("/account", "password", new() { ["Form.Current"] = "not my password", ["Form.Password"] = "another new password", ["Form.Repeat"] = "another new password" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);

        var removed = await admin.PostFormAsync("/settings", "member", new() { ["MemberForm[email]"] = "member@example.com", ["MemberForm[role]"] = "remove" });
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await member.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task The_give_access_form_offers_viewer_first()
    {
        await using var app = App();
        var admin = await SignedInAsync(app, "admin-a@example.com");

        var html = await (await admin.GetAsync("/settings")).Content.ReadAsStringAsync();

        Assert.Matches("<option value=\"viewer\" selected", html);
    }

    private const string Password = "a long enough password";

    private PayoffAppFactory App()
    {
        var app = new PayoffAppFactory();
        app.Options = app.Options with { Time = clock };
        return app.WithSite(seed: (db, workspace) => new DuckDbWorkspaceStore(db).CreateAsync("client-b", "UTC", "USD").GetAwaiter().GetResult());
    }

    internal static async Task<SignedInBrowser> SignedInAsync(PayoffAppFactory app, string email, string workspace = "default", Role role = Role.Admin)
    {
        app.Run(db =>
        {
            var users = new DuckDbUserStore(db);
            var account = users.Find(email) ?? users.Add(email, Passwords.Hash(Password));
            users.Grant(account.Id, new DuckDbWorkspaceStore(db).FindAsync(workspace).GetAwaiter().GetResult()!, role);
            return 0;
        });
        var browser = new SignedInBrowser(app.Client());
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(email, Password)).StatusCode);
        return browser;
    }

    private static SignedInBrowser Copy(PayoffAppFactory app, SignedInBrowser from)
    {
        var copy = new SignedInBrowser(app.Client());
        copy.Take(from);
        return copy;
    }

    private static async Task<(HttpResponseMessage Response, string Html, string Link)> InviteAsync(SignedInBrowser admin, string email, string role, string workspace = "default")
    {
        var response = await admin.PostFormAsync($"/settings?w={workspace}", "member", new() { ["MemberForm[email]"] = email, ["MemberForm[role]"] = role });
        var html = await response.Content.ReadAsStringAsync();
        var link = new Uri(WebUtility.HtmlDecode(LinkPattern().Match(html).Value)).PathAndQuery;
        return (response, html, link);
    }

    // What the settings page tells the admin after the change, without the link's random token.
    private static string Shown(string html)
    {
        var start = html.IndexOf("role=\"status\"", StringComparison.Ordinal);
        var end = html.IndexOf("<h2>Workspace</h2>", StringComparison.Ordinal);
        return TokenInLink().Replace(html[start..end], "token=…");
    }

    [GeneratedRegex(@"https?://[^<""\s]+/invite\?token=[^<""\s]+")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"token=[0-9a-f]{16}\.[A-Za-z0-9_-]+")]
    private static partial Regex TokenInLink();
}
