using System.Text;
using ClosedXML.Excel;
using Payoff.Core.Costs;
using Payoff.Storage.DuckDb;
using Payoff.Web.Access;

namespace Payoff.Web.Tests;

/// <summary>Issue 13, §3.3: the ROI page and its exports show amounts with the workspace currency's minor unit.</summary>
public sealed partial class DashboardSignInTests
{
    [Theory]
    [InlineData("JPY", "1,500", 1500, "#,##0", "1,500.38", "1,000.25")]
    [InlineData("KWD", "1,500.375", 1500.375, "#,##0.000", "1,500.38", "1,000.250")]
    [InlineData("USD", "1,500.38", 1500.38, "#,##0.00", "1,500.375", "1,000.25")]
    public async Task Regression_issue_13_the_ROI_page_and_its_XLSX_show_amounts_with_the_currency_minor_unit(string currency, string staff, double exported, string format, string notShown, string rate)
    {
        // 90 minutes on Facebook at 1000.25 an hour: 1500.375 of staff cost, in whole minor units; the rate as written.
        await using var app = new PayoffAppFactory().WithSite(seed: (db, workspace) =>
        {
            var users = new DuckDbUserStore(db);
            users.Grant(users.Add("viewer@example.com", Passwords.Hash("a long viewer password")).Id, workspace, Payoff.Core.Access.Role.Viewer);
            var local = new DuckDbWorkspaceStore(db).UpdateAsync(workspace with { Currency = currency }).GetAwaiter().GetResult();
            var setup = new DuckDbCostSetupStore(db);
            setup.SetRate(local, new HourlyRate(string.Empty, 1000.25m, currency));
            setup.Log(local, new TimeEntry(0, "Facebook", "ana", DateOnly.FromDateTime(DateTime.UtcNow.AddHours(-1)), 90));
        });
        var viewer = new Browser(app.Client());
        await viewer.SignInAsync("viewer@example.com", "a long viewer password");

        var page = await (await viewer.GetAsync("/roi")).Content.ReadAsStringAsync();
        Assert.Contains($">{staff}<", page, StringComparison.Ordinal);
        Assert.DoesNotContain($">{notShown}<", page, StringComparison.Ordinal);
        Assert.Contains($">{rate}<", page, StringComparison.Ordinal);

        using var book = new XLWorkbook(new MemoryStream(await (await viewer.GetAsync("/export/roi?table=roi&format=xlsx")).Content.ReadAsByteArrayAsync()));
        var sheet = book.Worksheets.First();
        var staffColumn = sheet.Row(1).CellsUsed().Single(c => c.GetString().StartsWith("Staff", StringComparison.Ordinal)).Address.ColumnNumber;
        var facebook = sheet.RowsUsed().Single(r => r.Cell(1).GetString() == "Facebook");
        Assert.Equal(exported, facebook.Cell(staffColumn).GetDouble(), 6);
        Assert.Equal(format, facebook.Cell(staffColumn).Style.NumberFormat.Format);
        Assert.Equal(Encoding.UTF8.GetPreamble(), (await (await viewer.GetAsync("/export/roi?table=roi&format=csv")).Content.ReadAsByteArrayAsync())[..3]);
    }
}
