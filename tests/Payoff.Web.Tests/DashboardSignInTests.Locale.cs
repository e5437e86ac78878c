using System.Globalization;
using System.Net;
using Payoff.Core.Costs;
using Payoff.Storage.DuckDb;
using Payoff.Web.Access;

namespace Payoff.Web.Tests;

/// <summary>Issue 15, §3: pages show numbers in the workspace's locale and times in its time zone; exports keep invariant numbers.</summary>
public sealed partial class DashboardSignInTests
{
    [Fact]
    public async Task A_pl_PL_workspace_shows_1_500_comma_38_on_its_pages_while_csv_keeps_1500_point_38_and_the_form_changes_the_locale()
    {
        // 90 minutes on Facebook at 1000.25 EUR an hour: 1500.375 EUR of staff time, 1 500,38 on a Polish page.
        await using var app = new PayoffAppFactory().WithSite(seed: (db, workspace) =>
        {
            var users = new DuckDbUserStore(db);
            users.Grant(users.Add("admin@example.com", Passwords.Hash("a long admin password")).Id, workspace, Payoff.Core.Access.Role.Admin);
            var local = new DuckDbWorkspaceStore(db).UpdateAsync(workspace with { Currency = "EUR", TimeZone = "Europe/Warsaw", Locale = "pl-PL" }).GetAwaiter().GetResult();
            var setup = new DuckDbCostSetupStore(db);
            setup.SetRate(local, new HourlyRate(string.Empty, 1000.25m, "EUR"));
            setup.Log(local, new TimeEntry(0, "Facebook", "ana", DateOnly.FromDateTime(DateTime.UtcNow.AddHours(-1)), 90));
        });
        var admin = new Browser(app.Client());
        await admin.SignInAsync("admin@example.com", "a long admin password");
        var polish = CultureInfo.GetCultureInfo("pl-PL").NumberFormat.NumberGroupSeparator;

        var roi = WebUtility.HtmlDecode(await (await admin.GetAsync("/roi")).Content.ReadAsStringAsync());
        Assert.Contains($">1{polish}500,38<", roi, StringComparison.Ordinal);
        Assert.Contains($">1{polish}000,25<", roi, StringComparison.Ordinal);
        Assert.DoesNotContain(">1,500.38<", roi, StringComparison.Ordinal);

        var csv = await (await admin.GetAsync("/export/roi?table=roi&format=csv")).Content.ReadAsStringAsync();
        Assert.Contains("1500.38", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("1500,38", csv, StringComparison.Ordinal);

        // The settings page shows what the locale does and takes a new one; a name ICU does not know is refused by name.
        var settings = await (await admin.GetAsync("/settings")).Content.ReadAsStringAsync();
        Assert.Contains("value=\"pl-PL\"", settings, StringComparison.Ordinal);
        var fields = new Dictionary<string, string> { ["WorkspaceForm[zone]"] = "Europe/Warsaw", ["WorkspaceForm[currency]"] = "EUR", ["WorkspaceForm[timeout]"] = "30" };
        var refused = WebUtility.HtmlDecode(await (await admin.SendAsync(HttpMethod.Post, "/settings", Form(settings, "workspace", new(fields) { ["WorkspaceForm[locale]"] = "xx-Nowhere" }))).Content.ReadAsStringAsync());
        Assert.Contains("'xx-Nowhere' is not a locale this machine knows", refused, StringComparison.Ordinal);
        Assert.Equal("pl-PL", app.Scalar<string>("SELECT locale FROM workspace_locales"));

        var saved = await admin.SendAsync(HttpMethod.Post, "/settings", Form(settings, "workspace", new(fields) { ["WorkspaceForm[locale]"] = "en-gb" }));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("en-GB", app.Scalar<string>("SELECT locale FROM workspace_locales"));
        Assert.Contains(">1,500.38<", await (await admin.GetAsync("/roi")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
