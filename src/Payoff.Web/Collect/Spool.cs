using System.Globalization;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Payoff.Core.Collect;

namespace Payoff.Web.Collect;

/// <summary>
/// The fsync'd log every collected record goes through before it is acknowledged.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>A request frames its records (<see cref="SpoolFormat"/>) on its own thread and hands them to the one writer
/// thread, waking it directly. The writer takes whatever is waiting and writes it in place into the current
/// pre-zeroed segment (<see cref="SpoolSegment"/>); one of <see cref="SyncLanes"/> sync threads then calls
/// <c>fdatasync</c>, which covers every group written before it began, and only then are their tasks completed
/// (group commit, several syncs in flight): a completed <see cref="AppendAsync(IReadOnlyList{IngestRecord})"/> survives <c>kill -9</c> and power
/// loss. Groups become durable, and reach <see cref="Durable"/>, in the order they were written (their requests then
/// resume on the thread pool, not necessarily in that order).</item>
/// <item>The next segment is created (zero-written and synced) on a thread of its own once the current one is half
/// full, so no request waits for it.</item>
/// <item>Durable batches go to <see cref="Durable"/> in order, for the store.</item>
/// <item>A segment is deleted by <see cref="Release"/> once the store has applied and checkpointed it;
/// segments left at start are replayed (the store is idempotent), version-1 <c>.jsonl</c> ones too. A torn last
/// record was never acknowledged and is skipped.</item>
/// <item>A failed write or sync (disk full, I/O error) fails the waiting requests of that segment, closes it and starts
/// a new one with the next request, so the service recovers by itself when space returns.</item>
/// <item>A lock file keeps a second process off the same spool.</item>
/// </list>
/// </remarks>
public sealed partial class Spool : IAsyncDisposable
{
    private const int GroupRecords = 20_000;
    private readonly object gate = new();
    private readonly Channel<SpoolBatch> durable = Channel.CreateUnbounded<SpoolBatch>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
    private readonly WebOptions options;
    private readonly ILogger logger;
    private readonly FileStream lockFile;
    private readonly Task writer;
    private readonly Task[] syncers;
    private readonly Action<SpoolSegment> sync;
    private List<Pending> waiting = [];
    private bool closed;
    private bool writerAsleep;
    private bool urgentWaiting;
    private SpoolSegment? segment;
    private Task<SpoolSegment>? nextSegment;
    private long lastNumber;
    private long segmentNumber;
    private long bytesOnDisk;
    private long written;
    private long unsettled;
    private long unsettledUnwaited;
    private long lastAppend = Environment.TickCount64;

    private Spool(WebOptions options, ILogger logger, FileStream lockFile, long nextSegment, long bytesOnDisk, Action<SpoolSegment> sync)
    {
        this.options = options;
        this.logger = logger;
        this.lockFile = lockFile;
        this.sync = sync;
        segmentNumber = lastNumber = nextSegment - 1;
        this.bytesOnDisk = bytesOnDisk;
        syncers = [.. Enumerable.Range(1, SyncLanes).Select(i => DedicatedThread.Start($"Payoff spool sync {i}", SyncLoop))];
        writer = DedicatedThread.Start("Payoff spool writer", WriteLoop);
    }

    /// <summary>Durable batches in spool order, for the store.</summary>
    public ChannelReader<SpoolBatch> Durable => durable.Reader;

    /// <summary>Records made durable since the spool opened.</summary>
    public long Written => Interlocked.Read(ref written);

    /// <summary>Records appended and neither durable nor failed yet (added to <see cref="Written"/> before they leave this count).</summary>
    public long Unsettled => Interlocked.Read(ref unsettled);

    /// <summary>The part of <see cref="Unsettled"/> appended with <c>urgent: false</c> (records nobody waits for).</summary>
    public long UnsettledUnwaited => Interlocked.Read(ref unsettledUnwaited);

    /// <summary>When a request last appended, in <see cref="Environment.TickCount64"/> milliseconds.</summary>
    public long LastAppend => Volatile.Read(ref lastAppend);

    /// <summary>Whether the last write failed (cleared by the next good one).</summary>
    public bool Failing { get; private set; }

    /// <summary>Bytes of the segment files not yet released, the zeros of pre-allocated segments included.</summary>
    public long BytesOnDisk => Interlocked.Read(ref bytesOnDisk);

    /// <summary>The segment being written.</summary>
    public long CurrentSegment => Interlocked.Read(ref segmentNumber);

    /// <summary>Opens the spool folder: locks it and returns the segments left by an earlier run, oldest first.</summary>
    /// <exception cref="IOException">Another process holds the spool.</exception>
    public static (Spool Spool, IReadOnlyList<string> Leftover) Open(WebOptions options, ILogger logger) => Open(options, logger, static s => s.Sync());

    /// <summary>Opens the spool folder with <paramref name="sync"/> in place of <c>fdatasync</c> (tests inject slow or failing syncs).</summary>
    /// <exception cref="IOException">Another process holds the spool.</exception>
    internal static (Spool Spool, IReadOnlyList<string> Leftover) Open(WebOptions options, ILogger logger, Action<SpoolSegment> sync)
    {
        ArgumentNullException.ThrowIfNull(options);
        Directory.CreateDirectory(options.SpoolPath);
        FileStream lockFile;
        try
        {
            lockFile = new FileStream(Path.Combine(options.SpoolPath, "lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException ex)
        {
            throw new IOException($"The spool {options.SpoolPath} is in use by another Payoff process; stop it first.", ex);
        }

        var leftover = Segments(options.SpoolPath).OrderBy(NumberOf).ToList();
        var next = leftover.Count == 0 ? 1 : NumberOf(leftover[^1]) + 1;
        var bytes = leftover.Sum(f => new FileInfo(f).Length);
        return (new Spool(options, logger, lockFile, next, bytes, sync), leftover);
    }

    /// <summary>Reads a leftover segment of either format; torn or foreign records are skipped and counted.</summary>
    public static (List<IngestRecord> Records, int Skipped) ReadSegment(string path) => SpoolFormat.Read(path);

    /// <summary>The number of a segment file.</summary>
    public static long NumberOf(string path) => long.Parse(Path.GetFileNameWithoutExtension(path), CultureInfo.InvariantCulture);

    /// <summary>Appends <paramref name="records"/>; completes once they are on disk.</summary>
    /// <exception cref="SpoolFullException">The spool is over quota or the disk failed; answer 503.</exception>
    public Task AppendAsync(IReadOnlyList<IngestRecord> records) => AppendAsync(records, urgent: true);

    /// <summary>
    /// Appends <paramref name="records"/>; completes once they are on disk. With <paramref name="urgent"/> false (a
    /// caller that does not wait for the task) the writer is not woken for them: it takes them with the next urgent
    /// request or once it has found them and waited <see cref="Linger"/> for more (longer only while it is still writing
    /// or rolling over a segment), so a stream of such appends costs one wake-up per linger instead of one per request.
    /// </summary>
    /// <exception cref="SpoolFullException">The spool is over quota or the disk failed.</exception>
    public Task AppendAsync(IReadOnlyList<IngestRecord> records, bool urgent)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (BytesOnDisk > options.SpoolQuotaBytes)
        {
            return Task.FromException(new SpoolFullException($"The spool holds {BytesOnDisk} bytes, over its quota of {options.SpoolQuotaBytes}; the store is behind."));
        }

        Volatile.Write(ref lastAppend, Environment.TickCount64);
        var pending = new Pending(records, records.Count, urgent, SpoolFormat.Encode(records), new TaskCompletionSource());
        lock (gate)
        {
            if (closed)
            {
                return Task.FromException(new SpoolFullException("The service is shutting down."));
            }

            waiting.Add(pending);
            Interlocked.Add(ref unsettled, pending.Count);
            if (!urgent)
            {
                Interlocked.Add(ref unsettledUnwaited, pending.Count);
            }

            urgentWaiting |= urgent;
            if (writerAsleep && (urgent || waiting.Count == 1))
            {
                // The request's thread wakes the writer itself: no channel continuation queued on the pool in between.
                Monitor.Pulse(gate);
            }
        }

        return pending.Done.Task;
    }

    /// <summary>Deletes the segments before <paramref name="segment"/>: the store has applied and checkpointed them.</summary>
    public void Release(long segment)
    {
        foreach (var file in Segments(options.SpoolPath).Where(f => NumberOf(f) < segment))
        {
            var length = new FileInfo(file).Length;
            File.Delete(file);
            Interlocked.Add(ref bytesOnDisk, -length);
        }
    }

    /// <summary>Stops taking records, writes what is queued, and closes.</summary>
    public async ValueTask DisposeAsync()
    {
        lock (gate)
        {
            closed = true;
            Monitor.Pulse(gate);
        }

        await writer.ConfigureAwait(false);
        await Task.WhenAll(syncers).ConfigureAwait(false);
        durable.Writer.TryComplete();
        segment?.Dispose();
        if (nextSegment is not null)
        {
            try
            {
                (await nextSegment.ConfigureAwait(false)).Dispose();
            }
            catch (IOException)
            {
            }
        }

        await lockFile.DisposeAsync().ConfigureAwait(false);
    }

    private static IEnumerable<string> Segments(string folder) =>
        Directory.EnumerateFiles(folder, "*.spool").Concat(Directory.EnumerateFiles(folder, "*.jsonl"));

    [LoggerMessage(Level = LogLevel.Error, Message = "The spool could not write; collect answers 503 until it can: {Error}")]
    private static partial void LogWriteFailed(ILogger logger, string error);

    /// <summary>One request's records (<see cref="Count"/> of them when appended), framed, and the task it may wait on.</summary>
    private sealed record Pending(IReadOnlyList<IngestRecord> Records, int Count, bool Urgent, byte[] Frames, TaskCompletionSource Done);

    /// <summary>Takes <paramref name="pending"/>'s records out of the unsettled counts (once, when it is durable or failed).</summary>
    private void Settle(Pending pending)
    {
        Interlocked.Add(ref unsettled, -pending.Count);
        if (!pending.Urgent)
        {
            Interlocked.Add(ref unsettledUnwaited, -pending.Count);
        }
    }
}
