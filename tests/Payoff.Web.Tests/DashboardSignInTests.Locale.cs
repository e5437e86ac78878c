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
        // The bug (QA 15): the note promised dates such as "1.12.2026" while pages show ISO dates; it promises numbers only.
        var note = System.Text.RegularExpressions.Regex.Match(WebUtility.HtmlDecode(settings), "id=\"locale-note\">([^<]*)<").Groups[1].Value;
        Assert.Contains($"1{polish}234{polish}567,89", note, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\b\d{1,2}\.\d{1,2}\.\d{4}\b", note);
        var fields = new Dictionary<string, string> { ["WorkspaceForm[zone]"] = "Europe/Warsaw", ["WorkspaceForm[currency]"] = "EUR", ["WorkspaceForm[timeout]"] = "30" };
        var refused = WebUtility.HtmlDecode(await (await admin.SendAsync(HttpMethod.Post, "/settings", Form(settings, "workspace", new(fields) { ["WorkspaceForm[locale]"] = "xx-Nowhere" }))).Content.ReadAsStringAsync());
        Assert.Contains("'xx-Nowhere' is not a locale this machine knows", refused, StringComparison.Ordinal);
        Assert.Equal("pl-PL", app.Scalar<string>("SELECT locale FROM workspace_locales"));

        var saved = await admin.SendAsync(HttpMethod.Post, "/settings", Form(settings, "workspace", new(fields) { ["WorkspaceForm[locale]"] = "en-gb" }));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("en-GB", app.Scalar<string>("SELECT locale FROM workspace_locales"));
        Assert.Contains(">1,500.38<", await (await admin.GetAsync("/roi")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_imported_again_is_dated_in_the_workspace_zone_as_the_import_history_dates_it()
    {
        // The bug (QA 15): the imports page said "already imported on 2026-11-30 23:38 UTC" above a history showing 2026-12-01 00:38.
        await using var app = new PayoffAppFactory().WithSite(seed: (db, workspace) =>
            new DuckDbWorkspaceStore(db).UpdateAsync(workspace with { TimeZone = "Europe/Warsaw" }).GetAwaiter().GetResult());
        var client = app.Client();
        client.DefaultRequestHeaders.Add("X-Payoff-Key", app.WriteKey);
        var bytes = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Data", "HubSpot/hubspot-crm-exports-all-contacts-2026-06-01.csv"));
        async Task<string> UploadAsync()
        {
            using var form = new System.Net.Http.MultipartFormDataContent();
            var part = new System.Net.Http.ByteArrayContent(bytes);
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "file", "contacts.csv");
            return await (await client.PostAsync("/api/imports?skip_invalid=true", form)).Content.ReadAsStringAsync();
        }

        await UploadAsync();
        var again = System.Text.RegularExpressions.Regex.Unescape(await UploadAsync());

        var at = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/imports")).RootElement[0].GetProperty("imported_at").GetDateTimeOffset();
        var local = TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw"));
        Assert.Contains($"was already imported on {local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} Europe/Warsaw (import #", again, StringComparison.Ordinal);
    }
}
