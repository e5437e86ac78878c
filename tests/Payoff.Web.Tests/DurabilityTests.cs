using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Payoff.Storage.DuckDb;
using Payoff.Web.Collect;

namespace Payoff.Web.Tests;

/// <summary>Real processes: kill -9 under load, graceful shutdown, a second process on the same file, spool replay.</summary>
public sealed class DurabilityTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "payoff-crash-" + Guid.NewGuid().ToString("N"));

    public DurabilityTests() => Directory.CreateDirectory(folder);

    private string Database => Path.Combine(folder, "payoff.duckdb");

    [Fact]
    public async Task Every_acknowledged_event_survives_kill_9_exactly_once_and_a_graceful_stop_flushes_the_rest()
    {
        var site = AddSite();
        var acked = new ConcurrentBag<string>();
        using (var first = ServeProcess.Start(Database))
        {
            await first.WaitHealthyAsync();
            using var stop = new CancellationTokenSource();
            var senders = Enumerable.Range(0, 8).Select(n => SendUntilAsync(first.Client, site, $"a{n}", acked, stop.Token)).ToList();
            while (acked.Count < 3000)
            {
                await Task.Delay(20);
            }

            first.Kill();
            await stop.CancelAsync();
            await Task.WhenAll(senders);
        }

        var beforeRestart = acked.Count;
        using (var second = ServeProcess.Start(Database))
        {
            await second.WaitHealthyAsync();
            using var stop = new CancellationTokenSource();
            var senders = Enumerable.Range(0, 4).Select(n => SendUntilAsync(second.Client, site, $"b{n}", acked, stop.Token)).ToList();
            while (acked.Count < beforeRestart + 1000)
            {
                await Task.Delay(20);
            }

            await stop.CancelAsync();
            await Task.WhenAll(senders);
            second.Terminate();
            Assert.Equal(0, second.ExitCode);
        }

        using var db = DuckDbDatabase.Open(Database, TimeProvider.System);
        var stored = new HashSet<string>(StringComparer.Ordinal);
        using (var command = db.Command("SELECT event_id FROM events"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                stored.Add(reader.GetString(0));
            }
        }

        var missing = acked.Select(id => $"s1:{id}").Where(id => !stored.Contains(id)).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} of {acked.Count} acknowledged events were lost, e.g. {string.Join(", ", missing.Take(5))}");
        Assert.Equal(db.Scalar<long>("SELECT count(*) FROM events"), db.Scalar<long>("SELECT count(DISTINCT event_id) FROM events"));
        Assert.Empty(Directory.GetFiles(Database + ".spool", "*.spool"));
    }

    [Fact]
    public async Task A_second_process_on_the_same_database_fails_fast_with_a_clear_message()
    {
        AddSite();
        using var first = ServeProcess.Start(Database);
        await first.WaitHealthyAsync();
        using var second = ServeProcess.Start(Database);
        Assert.True(second.WaitForExit(TimeSpan.FromSeconds(30)), "the second process kept running");
        Assert.Equal(1, second.ExitCode);
        // The message names what really holds the file: the first server's process and command line.
        Assert.Matches(@"it is in use by process \d+ \([^)]*payoff\.dll serve", second.Output);
        Assert.Equal(HttpStatusCode.OK, (await first.Client.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task Spool_segments_left_by_a_crash_in_either_format_are_replayed_at_start_once_and_torn_records_are_skipped()
    {
        AddSite();
        var spool = Database + ".spool";
        Directory.CreateDirectory(spool);
        var line = SpoolTests.SpoolLine("spooled");
        // A version-1 segment from the previous release, then a version-2 one that repeats a record (as a replay after
        // a crash during replay would) and ends in a torn record and the segment's zeros.
        await File.WriteAllTextAsync(Path.Combine(spool, "000000000006.jsonl"), line + "\n" + line + "\n" + line[..40], Encoding.UTF8);
        await File.WriteAllBytesAsync(Path.Combine(spool, "000000000007.spool"), Segment(["spooled", "framed"], torn: "torn"));
        using (var serve = ServeProcess.Start(Database))
        {
            await serve.WaitHealthyAsync();
            serve.Terminate();
            Assert.Contains("000000000006.jsonl: 2 records applied (idempotently), 0 passed over as already applied (spool record), 1 torn or unreadable records skipped", serve.Output, StringComparison.Ordinal);
            Assert.Contains("000000000007.spool: 2 records applied (idempotently), 0 passed over as already applied (spool record), 1 torn or unreadable records skipped", serve.Output, StringComparison.Ordinal);
        }

        using var db = DuckDbDatabase.Open(Database, TimeProvider.System);
        Assert.Equal(1, db.Scalar<long>("SELECT count(*) FROM events WHERE event_id = 's1:spooled'"));
        Assert.Equal(1, db.Scalar<long>("SELECT count(*) FROM events WHERE event_id = 's1:framed'"));
        Assert.Equal(0, db.Scalar<long>("SELECT count(*) FROM events WHERE event_id = 's1:torn'"));
        Assert.Empty(Directory.GetFiles(spool, "*.spool").Concat(Directory.GetFiles(spool, "*.jsonl")));
    }

    [Fact]
    public async Task A_restart_replays_only_what_follows_the_spools_record_of_applied_batches()
    {
        AddSite();
        var spool = Database + ".spool";
        Directory.CreateDirectory(spool);
        await File.WriteAllBytesAsync(Path.Combine(spool, "000000000006.spool"), Segment(["early"]));
        await File.WriteAllBytesAsync(Path.Combine(spool, "000000000007.spool"), Segment(["marked-1", "marked-2", "after"]));

        // The record says segment 6 and the first two records of segment 7 were applied before the crash.
        new SpoolMark(7, 2).Write(spool);
        using (var serve = ServeProcess.Start(Database))
        {
            await serve.WaitHealthyAsync();
            serve.Terminate();
            Assert.Contains("000000000006.spool: 0 records applied (idempotently), 1 passed over as already applied (spool record)", serve.Output, StringComparison.Ordinal);
            Assert.Contains("000000000007.spool: 1 records applied (idempotently), 2 passed over as already applied (spool record)", serve.Output, StringComparison.Ordinal);
        }

        // What the record calls applied is passed over (here it never reached the store: that is how the test sees it).
        using var db = DuckDbDatabase.Open(Database, TimeProvider.System);
        Assert.Equal(1, db.Scalar<long>("SELECT count(*) FROM events WHERE event_id = 's1:after'"));
        Assert.Equal(0, db.Scalar<long>("SELECT count(*) FROM events WHERE event_id IN ('s1:early', 's1:marked-1', 's1:marked-2')"));
        Assert.Empty(Directory.GetFiles(spool, "*.spool"));
        Assert.False(File.Exists(Path.Combine(spool, SpoolMark.FileName)), "the record outlived the segments it names");
    }

    [Fact]
    public void The_spools_record_trusts_a_position_only_where_positions_cannot_have_moved()
    {
        var mark = new SpoolMark(7, 2);
        Assert.Equal(5, mark.AppliedOf(6, 5, skipped: 1)); // wholly before the mark: applied, readable or not
        Assert.Equal(2, mark.AppliedOf(7, 3, skipped: 0));
        Assert.Equal(0, mark.AppliedOf(7, 3, skipped: 1)); // a record lost in the middle may have moved the positions
        Assert.Equal(1, mark.AppliedOf(7, 1, skipped: 0));
        Assert.Equal(0, mark.AppliedOf(8, 4, skipped: 0));
        Assert.Null(SpoolMark.Read(folder));
        File.WriteAllText(Path.Combine(folder, SpoolMark.FileName), "7 x\n");
        Assert.Null(SpoolMark.Read(folder));
        mark.Write(folder);
        Assert.Equal(mark, SpoolMark.Read(folder));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>
    /// A version-2 spool segment holding one page view per name (event id <c>s1:NAME</c>), then the first half of
    /// <paramref name="torn"/>'s record (a write a crash cut short) when given, then the segment's zeros.
    /// </summary>
    private static byte[] Segment(string[] names, string? torn = null)
    {
        var frames = SpoolFormat.Encode([.. names.Select(n => SpoolJson.TryRead(SpoolTests.SpoolLine(n))!)]);
        var segment = new byte[64 << 10];
        SpoolFormat.Header.CopyTo(segment);
        frames.CopyTo(segment, SpoolFormat.Header.Length);
        if (torn is not null)
        {
            var cut = SpoolFormat.Encode([SpoolJson.TryRead(SpoolTests.SpoolLine(torn))!]);
            cut.AsSpan(0, cut.Length / 2).CopyTo(segment.AsSpan(SpoolFormat.Header.Length + frames.Length));
        }

        return segment;
    }

    private string AddSite()
    {
        var (code, output) = ServeProcess.RunCli(Database, "site", "add", "example.com");
        Assert.True(code == 0, output);
        var start = output.IndexOf("data-site=\"", StringComparison.Ordinal) + "data-site=\"".Length;
        return output[start..output.IndexOf('"', start)];
    }

    private static async Task SendUntilAsync(HttpClient client, string site, string prefix, ConcurrentBag<string> acked, CancellationToken stop)
    {
        var n = 0;
        while (!stop.IsCancellationRequested)
        {
            var ids = Enumerable.Range(0, 10).Select(i => $"{prefix}-{n++}").ToList();
            var body = "[" + string.Join(',', ids.Select(id => $$"""{"site":"{{site}}","type":"pageview","url":"https://example.com/{{id}}","visitor":"visitor-{{prefix}}","event_id":"{{id}}"}""")) + "]";
            try
            {
                using var content = new StringContent(body, Encoding.UTF8, "application/json");
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/event") { Content = content };
                request.Headers.TryAddWithoutValidation("User-Agent", PayoffAppFactory.Chrome);
                using var response = await client.SendAsync(request, CancellationToken.None);
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
