using System.Globalization;
using System.Net;
using System.Net.Http.Json;

namespace Payoff.Web.Tests;

/// <summary><c>/api/reports/verdict</c> and <c>/api/goals</c> refuse what cannot be judged or tracked (issue 13, trial report items 3 and 4).</summary>
public sealed class VerdictApiTests
{
    [Fact]
    public async Task Regression_future_months_and_out_of_range_goal_dates_are_refused_with_400()
    {
        await using var app = new PayoffAppFactory().WithSite();
        var reader = app.Client();
        reader.DefaultRequestHeaders.Add("X-Payoff-Key", app.ReadKey);
        var writer = app.Client();
        writer.DefaultRequestHeaders.Add("X-Payoff-Key", app.WriteKey);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        // The bug: months after today were judged as zeros ("0% of sessions (0)", "ROI -100%").
        var future = await reader.GetAsync($"/api/reports/verdict?to={today.AddMonths(4).ToString("yyyy-MM", CultureInfo.InvariantCulture)}");
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Contains("months that have not started have no data to judge", await future.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/api/reports/verdict")).StatusCode);

        // The bug: a goal with deadline 9999-12-31 was saved and then broke the workspace's reports.
        var far = await writer.PostAsJsonAsync("/api/goals", new { name = "Far", metric = "contacts", target = 10, deadline = new DateOnly(9999, 12, 31) });
        Assert.Equal(HttpStatusCode.BadRequest, far.StatusCode);
        Assert.Contains("The deadline 9999-12-31 is out of range", await far.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/api/reports/goals")).StatusCode);
    }
}
