using System.Globalization;
using System.Text;
using Payoff.Core.Channels;
using Payoff.Core.Costs;
using Payoff.Core.Events;
using Payoff.Core.Importing;
using Payoff.Storage.DuckDb;
using Payoff.Web.Access;

namespace Payoff.Web.Tests;

/// <summary>The dashboard's figures against hand-computed ones, and each table against its total.</summary>
public sealed partial class DashboardSignInTests
{
    [Fact]
    public async Task Exported_figures_match_the_hand_computed_ones_and_add_up_to_their_totals()
    {
        // 12 visitors from Facebook in the last 12 days (6 on spring, 6 on summer), 90 minutes on
        // Facebook at 40 an hour: 1.5 hours, 60 of staff cost, no revenue, so ROI −100 %.
        await using var app = new PayoffAppFactory().WithSite(seed: (db, workspace) =>
        {
            var users = new DuckDbUserStore(db);
            users.Grant(users.Add("viewer@example.com", Passwords.Hash("a long viewer password")).Id, workspace, Payoff.Core.Access.Role.Viewer);
            var now = DateTimeOffset.UtcNow.AddHours(-1);
            var events = Enumerable.Range(0, 12).Select(i =>
            {
                var url = $"https://example.com/?utm_source=facebook&utm_medium=social&utm_campaign={(i % 2 == 0 ? "spring" : "summer")}";
                return new TrackedEvent { EventId = $"e{i}", Timestamp = now.AddDays(-i), VisitorId = $"v{i}", Type = EventType.Pageview, Url = url, Source = ChannelClassifier.Default.Classify(url, null) };
            }).ToList();
            new DuckDbImportStore(db).WriteAsync(workspace, new ImportRequest(ImportKind.Events, "seed", "seed", events.Count, 0), ImportRecords.Events, new InMemoryRows<TrackedEvent>(events)).GetAwaiter().GetResult();
            var setup = new DuckDbCostSetupStore(db);
            setup.SetRate(workspace, new HourlyRate(string.Empty, 40m, "USD"));
            setup.Log(workspace, new TimeEntry(0, "Facebook", "ana", DateOnly.FromDateTime(now.UtcDateTime), 90));
        });
        var viewer = new Browser(app.Client());
        await viewer.SignInAsync("viewer@example.com", "a long viewer password");

        async Task<string[][]> Csv(string url) =>
            [.. Encoding.UTF8.GetString(await (await viewer.SendAsync(HttpMethod.Get, url)).Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF')
                .Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line => line.Split(','))];

        var networks = await Csv("/export/overview?table=networks&format=csv");
        Assert.Equal("\"Facebook\"", networks[0][0]);
        Assert.Equal([12m, 0m, 0m, 0m, 60m], networks[0][1..6].Select(Number));
        Assert.Equal("\"Social networks\"", networks[^2][0]);
        Assert.Equal("\"All channels\"", networks[^1][0]);
        Assert.Equal(networks[..^2].Sum(r => Number(r[1])), Number(networks[^1][1]));
        Assert.Equal(networks[..^2].Sum(r => Number(r[5])), Number(networks[^1][5]));

        var campaigns = await Csv("/export/sources?table=sources&format=csv&by=campaign&network=Facebook");
        // By campaign: the grouping's key columns (network, campaign), then sessions.
        Assert.Equal(6m, Number(campaigns.Single(r => r[1] == "\"spring\"")[2]));
        Assert.Equal(6m, Number(campaigns.Single(r => r[1] == "\"summer\"")[2]));
        Assert.Equal(12m, Number(campaigns[^1][2]));

        var roi = await Csv("/export/roi?table=roi&format=csv");
        var facebook = roi.Single(r => r[0] == "\"Facebook\"");
        Assert.Equal(1.5m, Number(facebook[7]));
        Assert.Equal(60m, Number(facebook[8]));
        Assert.Equal(60m, Number(facebook[10]));
        Assert.Equal(-1m, Number(facebook[11]));
    }

    private static decimal Number(string cell) => decimal.Parse(cell, NumberStyles.Number, CultureInfo.InvariantCulture);
}
