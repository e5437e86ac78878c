using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Payoff.Core.Collect;
using Payoff.Core.Access;
using Payoff.Core.Stores;
using Payoff.Storage.ClickHouse;
using Payoff.Testing.ClickHouse;
using Payoff.Web.Access;
using Payoff.Web.Collect;

namespace Payoff.Web.Tests.ClickHouse;

/// <summary>
/// Issue 21 §3 and §6: two Payoff nodes serving one ClickHouse store, each with its own spool. Events collected on either
/// land once in the store (a duplicate delivery to the other node counts once); a sign-in cookie one node wrote opens the
/// dashboard on the other (the data-protection key ring is in the store); a change made on one node reaches the other's
/// cached pages through the shared data version; sign-in failures and API requests are limited over both nodes together.
/// </summary>
public sealed class TwoNodesTests : IAsyncDisposable
{
    private const string Password = "a long enough password";
    private readonly string folder = Directory.CreateTempSubdirectory("payoff-nodes-").FullName;
    private readonly string database = "two_nodes_" + Guid.NewGuid().ToString("N");
    private readonly List<WebApplication> nodes = [];

    [ClickHouseFact]
    public async Task Two_nodes_collect_once_share_sign_in_and_see_each_others_changes()
    {
        var address = (ClickHouseCluster.Shared.Address ?? throw new InvalidOperationException(ClickHouseCluster.Skip)) with { Database = database };
        Site site;
        using (var store = ClickHouseStore.Open(address, TimeProvider.System))
        {
            await using var session = await store.OpenSessionAsync();
            var workspace = (await session.Workspaces.FindAsync("default"))!;
            site = await session.Sites.AddAsync(workspace, "example.com", IdentityMode.Cookie, honourDoNotTrack: false);
            var owner = await session.Users.AddAsync("owner@example.com", Passwords.Hash(Password));
            await session.Users.GrantAsync(owner.Id, workspace, Role.Owner);
        }

        var (a, b) = (Node(address, "a"), Node(address, "b"));

        // Events on both nodes, and one event delivered to both.
        foreach (var (node, id) in new[] { (a, "e1"), (b, "e2"), (a, "twice"), (b, "twice") })
        {
            using var body = PayoffAppFactory.Json($$"""{"site":"{{site.SiteKey}}","type":"pageview","url":"https://example.com/?utm_source=mastodon&utm_medium=social","visitor":"v-{{id}}","event_id":"{{id}}"}""");
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/event") { Content = body };
            request.Headers.UserAgent.ParseAdd(PayoffAppFactory.Chrome);
            Assert.Equal(HttpStatusCode.Accepted, (await node.GetTestClient().SendAsync(request)).StatusCode);
        }

        foreach (var node in new[] { a, b })
        {
            var ingest = node.Services.GetRequiredService<IngestService>();
            for (var i = 0; i < 400 && ingest.Lag > 0; i++)
            {
                await Task.Delay(25);
            }
        }

        using var client = ClickHouseCluster.Shared.ServerClient();
        var events = await client.ScalarAsync($"SELECT count() FROM {database}.events WHERE workspace_id = 1");
        Assert.Equal("3", events);

        // Signed in on node a, the cookie opens the dashboard on node b.
        var onA = new SignedInBrowser(a.GetTestClient());
        Assert.Equal(HttpStatusCode.Redirect, (await onA.SignInAsync("owner@example.com", Password)).StatusCode);
        var onB = new SignedInBrowser(b.GetTestClient());
        onB.Take(onA);
        var page = await onB.SendAsync(HttpMethod.Get, "/settings");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("example.com", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // A change marked on node a moves node b's data version within its poll.
        var storeB = b.Services.GetRequiredService<IStore>();
        var before = storeB.Version;
        a.Services.GetRequiredService<IStore>().Changed();
        var moved = false;
        for (var i = 0; i < 100 && !moved; i++)
        {
            await Task.Delay(100);
            moved = storeB.Version > before;
        }

        Assert.True(moved, "node b never saw node a's change");
    }

    [ClickHouseFact]
    public async Task Sign_in_failures_and_api_requests_are_counted_over_both_nodes()
    {
        var address = (ClickHouseCluster.Shared.Address ?? throw new InvalidOperationException(ClickHouseCluster.Skip)) with { Database = database };
        string secret;
        using (var store = ClickHouseStore.Open(address, TimeProvider.System))
        {
            await using var session = await store.OpenSessionAsync();
            var workspace = (await session.Workspaces.FindAsync("default"))!;
            var owner = await session.Users.AddAsync("owner@example.com", Passwords.Hash(Password));
            await session.Users.GrantAsync(owner.Id, workspace, Role.Owner);
            secret = (await session.ApiKeys.CreateAsync(workspace, "reports", ApiKeyScope.Read)).Secret;
        }

        // One clock for both nodes, so the minute window cannot turn during the test; each node alone would allow 4 a minute.
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        var (a, b) = (Node(address, "a", clock, perMinute: 4), Node(address, "b", clock, perMinute: 4));

        // Five wrong passwords, three on node a and two on node b: the sixth attempt waits, on either node.
        foreach (var node in new[] { a, a, a, b, b })
        {
            var html = await (await new SignedInBrowser(node.GetTestClient()).SignInAsync("owner@example.com", "a wrong password")).Content.ReadAsStringAsync();
            Assert.Contains("do not match an account", html, StringComparison.Ordinal);
        }

        var refused = await (await new SignedInBrowser(a.GetTestClient()).SignInAsync("owner@example.com", Password)).Content.ReadAsStringAsync();
        Assert.Contains("Too many failed attempts", refused, StringComparison.Ordinal);

        // Four API requests, two per node, then the fifth is refused on either.
        async Task<HttpStatusCode> GetAsync(WebApplication node)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/links");
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", secret);
            return (await node.GetTestClient().SendAsync(request)).StatusCode;
        }

        foreach (var node in new[] { a, b, a, b })
        {
            Assert.Equal(HttpStatusCode.OK, await GetAsync(node));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, await GetAsync(b));
        Assert.Equal(HttpStatusCode.TooManyRequests, await GetAsync(a));
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, await GetAsync(a));
    }

    private WebApplication Node(ClickHouseAddress address, string name, TimeProvider? time = null, int perMinute = 600)
    {
        var options = new WebOptions
        {
            DatabasePath = Path.Combine(folder, name),
            Store = address.ToString(),
            Urls = "http://127.0.0.1:0",
            SpoolSegmentBytes = 1L << 20,
            Time = time ?? TimeProvider.System,
            ApiRequestsPerMinutePerKey = perMinute,
        };
        var app = PayoffWeb.Build(options, builder => builder.WebHost.UseTestServer());
        app.StartAsync().GetAwaiter().GetResult();
        nodes.Add(app);
        return app;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in nodes)
        {
            await node.StopAsync();
            await node.DisposeAsync();
        }

        if (ClickHouseCluster.Shared.Address is { } address)
        {
            for (var node = 0; node < Math.Max(1, address.Nodes.Count); node++)
            {
                using var client = ClickHouseCluster.Shared.ServerClient(node);
                await client.ExecuteAsync($"DROP DATABASE IF EXISTS {database}");
            }
        }

        Directory.Delete(folder, recursive: true);
    }
}
