using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Payoff.Core.Collect;
using Payoff.Web.Collect;

namespace Payoff.Web.Tests;

/// <summary>The spool's pre-zeroed segments on real files: framing, crash leftovers, boundaries, restart, the old format.</summary>
public sealed class SpoolTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "payoff-spool-" + Guid.NewGuid().ToString("N"));

    private string SpoolPath => Path.Combine(folder, "payoff.duckdb.spool");

    [Fact]
    public async Task Records_come_back_in_order_from_a_segment_written_in_place_and_the_zeros_after_them_end_the_data()
    {
        await using (var spool = Open(64 << 10))
        {
            await spool.AppendAsync([Record("a")]);
            await spool.AppendAsync([Record("b"), Record("c")]);
        }

        var file = Assert.Single(Directory.GetFiles(SpoolPath, "*.spool"));
        Assert.Equal(64 << 10, new FileInfo(file).Length);
        var (records, skipped) = Spool.ReadSegment(file);
        Assert.Equal(["a", "b", "c"], Ids(records));
        Assert.Equal(0, skipped);
    }

    [Theory]
    [InlineData("payload cut short")]
    [InlineData("payload corrupted")]
    [InlineData("frame header only")]
    public async Task A_torn_last_record_is_skipped_and_every_record_before_it_is_kept(string tear)
    {
        await using (var spool = Open(64 << 10))
        {
            await spool.AppendAsync([Record("kept-1"), Record("kept-2")]);
            await spool.AppendAsync([Record("torn")]);
        }

        var file = Assert.Single(Directory.GetFiles(SpoolPath, "*.spool"));
        var bytes = File.ReadAllBytes(file);
        var end = DataEnd(bytes);
        var last = SpoolFormat.Encode([Record("torn")]).Length;
        switch (tear)
        {
            case "payload cut short":
                // The crash came before the record's last page reached the disk: its tail is still the segment's zeros.
                bytes.AsSpan(end - 20, 20).Clear();
                break;
            case "payload corrupted":
                bytes[end - (last / 2)] ^= 0x5A;
                break;
            default:
                bytes.AsSpan(end - last + SpoolFormat.FrameHeader, last - SpoolFormat.FrameHeader).Clear();
                break;
        }

        File.WriteAllBytes(file, bytes);
        var (records, skipped) = Spool.ReadSegment(file);
        Assert.Equal(["kept-1", "kept-2"], Ids(records));
        Assert.Equal(1, skipped);
    }

    [Fact]
    public async Task A_group_that_does_not_fit_starts_the_next_segment_and_a_request_larger_than_a_segment_gets_one_of_its_own()
    {
        const int size = 4096;
        var ids = new List<string>();
        await using (var spool = Open(size))
        {
            for (var i = 0; i < 30; i++)
            {
                ids.Add($"small-{i}");
                await spool.AppendAsync([Record($"small-{i}")]);
            }

            var large = Enumerable.Range(0, 20).Select(i => $"large-{i}").ToList();
            ids.AddRange(large);
            await spool.AppendAsync([.. large.Select(Record)]);
            ids.Add("after");
            await spool.AppendAsync([Record("after")]);
        }

        var files = Directory.GetFiles(SpoolPath, "*.spool").OrderBy(Spool.NumberOf).ToList();
        Assert.True(files.Count >= 3, $"{files.Count} segments");
        Assert.Contains(files, f => new FileInfo(f).Length > size);
        var replayed = files.SelectMany(f => Spool.ReadSegment(f).Records).ToList();
        Assert.Equal(ids, Ids(replayed));
        Assert.All(files, f => Assert.Equal(0, Spool.ReadSegment(f).Skipped));
    }

    [Fact]
    public async Task After_a_stop_without_release_a_restart_lists_every_segment_once_and_writes_after_them()
    {
        await using (var first = Open(4096))
        {
            for (var i = 0; i < 20; i++)
            {
                await first.AppendAsync([Record($"first-{i}")]);
            }
        }

        var (second, leftover) = Spool.Open(Options(4096), NullLogger.Instance);
        await using (second)
        {
            Assert.Equal(Directory.GetFiles(SpoolPath, "*.spool").Length, leftover.Count);
            Assert.Equal(Enumerable.Range(0, 20).Select(i => $"first-{i}"), Ids(leftover.SelectMany(f => Spool.ReadSegment(f).Records)));
            await second.AppendAsync([Record("second")]);
            var newer = Directory.GetFiles(SpoolPath, "*.spool").Except(leftover).ToList();
            Assert.Equal(["second"], Ids(newer.SelectMany(f => Spool.ReadSegment(f).Records)));
            Assert.True(newer.Min(Spool.NumberOf) > leftover.Max(Spool.NumberOf));
            second.Release(long.MaxValue);
        }

        Assert.Empty(Directory.GetFiles(SpoolPath, "*.spool"));
    }

    [Fact]
    public async Task A_version_1_jsonl_segment_left_by_the_previous_release_is_listed_first_and_read_line_by_line()
    {
        Directory.CreateDirectory(SpoolPath);
        var line = SpoolLine("old");
        await File.WriteAllTextAsync(Path.Combine(SpoolPath, "000000000004.jsonl"), line + "\n" + line[..40], Encoding.UTF8);
        var (spool, leftover) = Spool.Open(Options(4096), NullLogger.Instance);
        await using (spool)
        {
            await spool.AppendAsync([Record("new")]);
            Assert.Equal("000000000004.jsonl", Path.GetFileName(Assert.Single(leftover)));
            var (records, skipped) = Spool.ReadSegment(leftover[0]);
            Assert.Equal(["old"], Ids(records));
            Assert.Equal(1, skipped);
            Assert.Equal(5, Spool.NumberOf(Assert.Single(Directory.GetFiles(SpoolPath, "*.spool"))));
        }
    }

    [Fact]
    public async Task A_click_spooled_with_its_whole_event_by_the_previous_release_replays_as_the_same_click_as_one_written_now()
    {
        // A human click as releases before the compact record spooled it: the click, its whole event and the unique key.
        const string old = """{"k":"c","ClickId":"ebf1e847618cac120e6f27ea00322bcd","LinkId":1,"Timestamp":"2026-12-01T10:51:24.6632233+00:00","VisitorId":"h_e8afbebe20c20936546a209f53b7df2b","Destination":"https://example.com/spring?utm_source=facebook\u0026utm_medium=social\u0026utm_campaign=spring\u0026pf_lc=ebf1e847618cac120e6f27ea00322bcd","Event":{"EventId":"click:ebf1e847618cac120e6f27ea00322bcd","Timestamp":"2026-12-01T10:51:24.6632233+00:00","VisitorId":"h_e8afbebe20c20936546a209f53b7df2b","Type":1,"Url":"https://example.com/spring?utm_source=facebook\u0026utm_medium=social\u0026utm_campaign=spring\u0026pf_lc=ebf1e847618cac120e6f27ea00322bcd","Referrer":"https://www.facebook.com/","Name":"spring","Device":"desktop","Browser":"Chrome","Source":{"Channel":"Organic Social","Network":"Facebook","Source":"facebook","Medium":"social","Campaign":"spring","NetworkOrChannel":"Facebook"}},"UniqueKey":"h_e8afbebe20c20936546a209f53b7df2b@2026120110","WorkspaceId":1}""";
        var before = Assert.IsType<LinkClick>(SpoolJson.TryRead(old));
        var now = before with
        {
            SpooledEvent = null,
            Visit = new ClickVisit(before.Event!.Referrer, before.Event.Name, before.Event.Device, before.Event.Browser, before.Event.Country, before.Event.Source),
        };
        await using (var spool = Open(64 << 10))
        {
            await spool.AppendAsync([now]);
        }

        var (records, _) = Spool.ReadSegment(Assert.Single(Directory.GetFiles(SpoolPath, "*.spool")));
        var replayed = Assert.IsType<LinkClick>(Assert.Single(records));
        Assert.Equal(before.Event, replayed.Event);
        Assert.Equal(before.UniqueKey, replayed.UniqueKey);
        Assert.Equal((before.ClickId, before.LinkId, before.Timestamp, before.VisitorId, before.Reason, before.Destination), (replayed.ClickId, replayed.LinkId, replayed.Timestamp, replayed.VisitorId, replayed.Reason, replayed.Destination));
        // One record, nothing twice: the destination and the visitor are written once each, URLs unescaped.
        var json = Encoding.UTF8.GetString(SpoolFormat.Encode([replayed]).AsSpan(SpoolFormat.FrameHeader));
        Assert.Equal(2, json.Split(before.Destination).Length);
        Assert.Equal(2, json.Split(before.VisitorId).Length);
        Assert.DoesNotContain("UniqueKey", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Several_syncs_run_at_once_and_no_request_completes_before_a_sync_that_began_after_its_write()
    {
        var inFlight = 0;
        var most = 0;
        using var hold = new ManualResetEventSlim(false);
        var (spool, _) = Spool.Open(Options(1 << 20), NullLogger.Instance, segment =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref most, now);
            Assert.True(hold.Wait(TimeSpan.FromSeconds(30)), "the test never let the syncs go");
            segment.Sync();
            Interlocked.Decrement(ref inFlight);
        });
        var ids = new List<string>();
        var appends = new List<Task>();
        await using (spool)
        {
            try
            {
                // One request at a time while the syncs are held: each is a group of its own, taken by a free sync thread.
                for (var lane = 1; lane <= Spool.SyncLanes; lane++)
                {
                    ids.Add($"lane-{lane}");
                    appends.Add(spool.AppendAsync([Record($"lane-{lane}")]));
                    var expected = lane;
                    await WaitUntil(() => Volatile.Read(ref inFlight) >= expected);
                }

                // More while every lane is busy: written, waiting for the next free sync.
                var more = Enumerable.Range(0, 200).Select(i => $"more-{i}").ToList();
                ids.AddRange(more);
                appends.AddRange(more.Select(id => Task.Run(() => spool.AppendAsync([Record(id)]))));
                await Task.Delay(50);

                // Every sync is held: nothing may be acknowledged yet.
                Assert.Equal(0, spool.Written);
                Assert.DoesNotContain(appends, a => a.IsCompleted);
            }
            finally
            {
                hold.Set();
            }

            await Task.WhenAll(appends);
            Assert.Equal(ids.Count, spool.Written);
            Assert.Equal(Spool.SyncLanes, most);

            // Durable batches come out in the order the groups were written, which is the order replay reads them.
            var batches = new List<IngestRecord>();
            while (spool.Durable.TryRead(out var batch))
            {
                batches.AddRange(batch.Records);
            }

            var replayed = Directory.GetFiles(SpoolPath, "*.spool").OrderBy(Spool.NumberOf).SelectMany(f => Spool.ReadSegment(f).Records);
            Assert.Equal(Ids(replayed), Ids(batches));
            Assert.Equal(ids.Order(StringComparer.Ordinal), Ids(batches).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task A_failed_sync_fails_every_unacknowledged_group_of_its_segment_even_one_a_later_sync_covered_and_the_next_request_gets_a_new_segment()
    {
        var calls = 0;
        using var firstStarted = new SemaphoreSlim(0);
        using var secondDone = new SemaphoreSlim(0);
        var (spool, _) = Spool.Open(Options(64 << 10), NullLogger.Instance, segment =>
        {
            switch (Interlocked.Increment(ref calls))
            {
                case 1:
                    firstStarted.Release();
                    Assert.True(secondDone.Wait(TimeSpan.FromSeconds(30)), "the second sync never ran");
                    throw new IOException("fdatasync: Input/output error");
                case 2:
                    segment.Sync();
                    secondDone.Release();
                    break;
                default:
                    segment.Sync();
                    break;
            }
        });
        await using (spool)
        {
            var first = spool.AppendAsync([Record("lost-1")]);
            await firstStarted.WaitAsync();
            var second = spool.AppendAsync([Record("lost-2")]);

            // The second sync succeeded first, but Linux may have reported the first group's lost pages to the first
            // sync alone: neither group is acknowledged.
            var error = await Assert.ThrowsAsync<SpoolFullException>(() => first);
            Assert.Contains("Input/output error", error.Message, StringComparison.Ordinal);
            await Assert.ThrowsAsync<SpoolFullException>(() => second);
            Assert.True(spool.Failing);
            Assert.Equal(0, spool.Written);
            var brokenSegment = spool.CurrentSegment;

            await spool.AppendAsync([Record("kept")]);
            Assert.False(spool.Failing);
            Assert.Equal(1, spool.Written);
            Assert.True(spool.CurrentSegment > brokenSegment);
            Assert.True(spool.Durable.TryRead(out var batch));
            Assert.Equal(["kept"], Ids(batch.Records));
            Assert.Equal(spool.CurrentSegment, batch.Segment);
            Assert.False(spool.Durable.TryRead(out _));
        }
    }

    [Fact]
    public async Task Appends_nobody_waits_for_are_written_without_an_urgent_one_and_count_as_unsettled_until_their_sync()
    {
        var syncs = 0;
        using var hold = new ManualResetEventSlim(false);
        var (spool, _) = Spool.Open(Options(1 << 20), NullLogger.Instance, segment =>
        {
            Interlocked.Increment(ref syncs);
            Assert.True(hold.Wait(TimeSpan.FromSeconds(30)), "the test never let the syncs go");
            segment.Sync();
        });
        await using (spool)
        {
            List<Task> clicks;
            try
            {
                clicks = [.. Enumerable.Range(0, 50).Select(i => spool.AppendAsync([Record($"click-{i}")], urgent: false))];
                Assert.Equal(50, spool.Unsettled);

                Assert.Equal(50, spool.UnsettledUnwaited);

                // No urgent append comes: the writer takes the clicks by itself once the linger has passed.
                await WaitUntil(() => Volatile.Read(ref syncs) > 0);
                Assert.DoesNotContain(clicks, c => c.IsCompleted);
                Assert.Equal(0, spool.Written);
                Assert.Equal(50, spool.Unsettled);

                // An event waited for counts as unsettled too, but not among the records nobody waits for.
                clicks.Add(spool.AppendAsync([Record("event")]));
                Assert.Equal(51, spool.Unsettled);
                Assert.Equal(50, spool.UnsettledUnwaited);
            }
            finally
            {
                hold.Set();
            }

            await Task.WhenAll(clicks);
            Assert.Equal(51, spool.Written);
            Assert.Equal(0, spool.Unsettled);
            Assert.Equal(0, spool.UnsettledUnwaited);
            var batches = new List<IngestRecord>();
            while (spool.Durable.TryRead(out var batch))
            {
                batches.AddRange(batch.Records);
            }

            Assert.Equal([.. Enumerable.Range(0, 50).Select(i => $"click-{i}"), "event"], Ids(batches));
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var seen = Volatile.Read(ref target);
        while (value > seen && Interlocked.CompareExchange(ref target, value, seen) is var was && was != seen)
        {
            seen = was;
        }
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition(), "the condition did not hold within 5 s");
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

    /// <summary>A spool line of the version-1 format, as the previous release wrote it.</summary>
    internal static string SpoolLine(string id) =>
        $$"""{"k":"e","WorkspaceId":1,"Event":{"EventId":"s1:{{id}}","Timestamp":"{{DateTimeOffset.UtcNow:O}}","VisitorId":"c_v1","Type":0,"Url":"https://example.com/","Source":{"Channel":"Direct","Network":null,"Source":"(direct)","Medium":"(none)","Campaign":null,"Content":null,"Term":null,"ClickId":null} } }""";

    private static IngestRecord Record(string id) => SpoolJson.TryRead(SpoolLine(id))!;

    private static List<string> Ids(IEnumerable<IngestRecord> records) => [.. records.Select(r => ((CollectedEvent)r).Event.EventId["s1:".Length..])];

    /// <summary>Where the zeros after the last record start.</summary>
    private static int DataEnd(byte[] bytes)
    {
        var position = SpoolFormat.Header.Length;
        while (BitConverter.ToUInt32(bytes, position) is var length and > 0)
        {
            position += SpoolFormat.FrameHeader + (int)length;
        }

        return position;
    }

    private WebOptions Options(long segmentBytes) => new() { DatabasePath = Path.Combine(folder, "payoff.duckdb"), SpoolSegmentBytes = segmentBytes };

    private Spool Open(long segmentBytes)
    {
        var (spool, leftover) = Spool.Open(Options(segmentBytes), NullLogger.Instance);
        Assert.Empty(leftover);
        return spool;
    }
}
