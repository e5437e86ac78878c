using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Payoff.Testing.ClickHouse;

namespace Payoff.Web.Tests.ClickHouse;

/// <summary>
/// Issue 21 §4 with real processes on a two-shard cluster of the test's own: two <c>payoff serve</c> nodes take events at
/// once, each with its own spool; a shard stopped for about five seconds makes the spools hold what cannot be applied and
/// apply it when the shard is back; a node killed with SIGKILL under load and started again on its spool loses no
/// acknowledged event; every acknowledged event is stored exactly once, and an event delivered to both nodes once.
/// </summary>
public sealed class ClusterFaultTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("payoff-cluster-fault-").FullName;

    [ClickHouseFact]
    public async Task A_stopped_shard_and_a_killed_node_lose_no_acknowledged_event_and_count_none_twice()
    {
        using var cluster = ClickHouseCluster.StartOwn();
        var store = (cluster.Address! with { Database = "faults" }).ToString();
        var database = Path.Combine(folder, "unused.duckdb"); // ServeProcess sets PAYOFF_DB; --store names the store.
        var (code, output) = ServeProcess.RunCli(database, "--store", store, "site", "add", "example.com");
        Assert.True(code == 0, output);
        var start = output.IndexOf("data-site=\"", StringComparison.Ordinal) + "data-site=\"".Length;
        var site = output[start..output.IndexOf('"', start)];

        var acked = new ConcurrentBag<string>();
        string[] Node(string name) => ["--store", store, "--spool", Path.Combine(folder, name + ".spool")];
        var a = ServeProcess.Start(database, Node("a"));
        using var b = ServeProcess.Start(database, Node("b"));
        try
        {
            await a.WaitHealthyAsync();
            await b.WaitHealthyAsync();
            using var stopA = new CancellationTokenSource();
            using var stopB = new CancellationTokenSource();
            var onA = Enumerable.Range(0, 3).Select(n => SendUntilAsync(a.Client, site, $"a{n}", acked, stopA.Token)).ToList();
            var onB = Enumerable.Range(0, 3).Select(n => SendUntilAsync(b.Client, site, $"b{n}", acked, stopB.Token)).ToList();
            await WaitForAsync(() => acked.Count >= 1500);

            // A shard down for about five seconds: both nodes keep acknowledging into their spools.
            cluster.StopShard(2);
            var during = acked.Count;
            await Task.Delay(TimeSpan.FromSeconds(5));
            Assert.True(acked.Count > during, "collect stopped acknowledging while a shard was down");
            cluster.StartShard(2);

            // Node a killed under load, then started again on its spool.
            await WaitForAsync(() => acked.Count >= during + 2500);
            a.Kill();
            await stopA.CancelAsync();
            await Task.WhenAll(onA);
            a.Dispose();
            a = ServeProcess.Start(database, Node("a"));
            var restarted = System.Diagnostics.Stopwatch.StartNew();
            await a.WaitHealthyAsync(seconds: 240);
            Console.WriteLine($"node a replayed its spool and answered in {restarted.Elapsed.TotalSeconds:0.0} s");

            await WaitForAsync(() => acked.Count >= during + 3500);
            await stopB.CancelAsync();
            await Task.WhenAll(onB);

            // The same events delivered again, to the other node: counted once. (a0's first batch: ids a0-0 … a0-9 of
            // visitor-a0-1. Sent once b's load has stopped, so the site's per-node event rate has room for it.)
            var again = Enumerable.Range(0, 10).Select(i => $"a0-{i}").Where(acked.Contains).ToList();
            Assert.NotEmpty(again);
            Assert.Equal(HttpStatusCode.Accepted, await SendAcceptedAsync(b.Client, site, "visitor-a0-1", again));

            // Both nodes catch up with the shard that was away before they stop (a stop with a store still behind keeps the
            // rest in the node's spool for its next start: not what this test counts).
            await DrainedAsync(a.Client);
            await DrainedAsync(b.Client);
            a.Terminate();
            b.Terminate();
            foreach (var line in a.Output.Split('\n').Where(l => l.Contains("Replayed spool segment", StringComparison.Ordinal)))
            {
                Console.WriteLine(line);
            }

            Assert.Equal(0, a.ExitCode);
            Assert.Equal(0, b.ExitCode);
        }
        finally
        {
            a.Dispose();
        }

        using var client = cluster.ServerClient();
        var stored = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var row in client.QueryAsync("SELECT event_id FROM faults.events WHERE workspace_id = 1"))
        {
            Assert.True(stored.Add(row[0]!), $"event {row[0]} is stored twice");
        }

        var missing = acked.Select(id => $"s1:{id}").Where(id => !stored.Contains(id)).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} of {acked.Count} acknowledged events were lost, e.g. {string.Join(", ", missing.Take(5))}");
        Assert.Empty(Directory.GetFiles(Path.Combine(folder, "a.spool"), "*.spool"));
        Assert.Empty(Directory.GetFiles(Path.Combine(folder, "b.spool"), "*.spool"));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static async Task DrainedAsync(HttpClient node)
    {
        for (var i = 0; i < 600; i++)
        {
            using var response = await node.GetAsync("/health"); // 503 while collect cannot accept: the body still tells the lag
            using var health = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            if (health.RootElement.GetProperty("lag").GetInt64() == 0)
            {
                return;
            }

            await Task.Delay(200);
        }

        Assert.Fail("a node's store lag did not reach 0 within two minutes");
    }

    private static async Task WaitForAsync(Func<bool> done)
    {
        for (var i = 0; i < 1200 && !done(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(done(), "the load did not reach its mark within a minute");
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string site, string visitor, IEnumerable<string> ids)
    {
        var body = "[" + string.Join(',', ids.Select(id => $$"""{"site":"{{site}}","type":"pageview","url":"https://example.com/{{id}}","visitor":"{{visitor}}","event_id":"{{id}}"}""")) + "]";
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/event") { Content = content };
        request.Headers.TryAddWithoutValidation("User-Agent", PayoffAppFactory.Chrome);
        return await client.SendAsync(request, CancellationToken.None);
    }

    /// <summary>Sends as the tracker does: a 429 (the site's per-node event rate, which the load loops keep at its limit)
    /// or 503 is retried after its Retry-After.</summary>
    private static async Task<HttpStatusCode> SendAcceptedAsync(HttpClient client, string site, string visitor, IReadOnlyList<string> ids)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var response = await SendAsync(client, site, visitor, ids);
            if (attempt == 20 || response.StatusCode is not (HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable))
            {
                return response.StatusCode;
            }

            await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1));
        }
    }

    private static async Task SendUntilAsync(HttpClient client, string site, string prefix, ConcurrentBag<string> acked, CancellationToken stop)
    {
        var n = 0;
        while (!stop.IsCancellationRequested)
        {
            var ids = Enumerable.Range(0, 10).Select(i => $"{prefix}-{n++}").ToList();
            try
            {
                // One visitor per batch: visitors spread over both shards.
                using var response = await SendAsync(client, site, $"visitor-{prefix}-{n / 10}", ids);
                if (response.StatusCode == HttpStatusCode.Accepted)
                {
                    ids.ForEach(acked.Add);
                }
            }
            catch (HttpRequestException)
            {
                return;
            }
            catch (TaskCanceledException)
            {
                return;
            }
        }
    }
}
