using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Payoff.Core.Collect;

namespace Payoff.Web.Collect;

/// <summary>
/// The append-only, fsync'd log every collected record goes through before it is acknowledged.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>One writer thread takes whatever requests are waiting, appends them as JSON lines to the
/// current segment, calls <c>fsync</c> once, and only then completes their tasks (group commit): a
/// completed <see cref="AppendAsync"/> survives <c>kill -9</c> and power loss.</item>
/// <item>Durable batches go to <see cref="Durable"/> in order, for the store.</item>
/// <item>A segment is deleted by <see cref="Release"/> once the store has applied and checkpointed it;
/// segments left at start are replayed (the store is idempotent). A torn last line was never
/// acknowledged and is skipped.</item>
/// <item>A failed write (disk full) fails the waiting requests, closes the segment and starts a new
/// one with the next request, so the service recovers by itself when space returns.</item>
/// <item>A lock file keeps a second process off the same spool.</item>
/// </list>
/// </remarks>
public sealed partial class Spool : IAsyncDisposable
{
    private readonly Channel<Pending> queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Channel<SpoolBatch> durable = Channel.CreateUnbounded<SpoolBatch>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
    private readonly WebOptions options;
    private readonly ILogger logger;
    private readonly FileStream lockFile;
    private readonly Task writer;
    private FileStream? segment;
    private long segmentNumber;
    private long bytesOnDisk;
    private long written;
    private long lastAppend = Environment.TickCount64;

    private Spool(WebOptions options, ILogger logger, FileStream lockFile, long nextSegment, long bytesOnDisk)
    {
        this.options = options;
        this.logger = logger;
        this.lockFile = lockFile;
        segmentNumber = nextSegment - 1;
        this.bytesOnDisk = bytesOnDisk;
        writer = DedicatedThread.Start("Payoff spool writer", WriteLoop);
    }

    /// <summary>Durable batches in spool order, for the store.</summary>
    public ChannelReader<SpoolBatch> Durable => durable.Reader;

    /// <summary>Records made durable since the spool opened.</summary>
    public long Written => Interlocked.Read(ref written);

    /// <summary>When a request last appended, in <see cref="Environment.TickCount64"/> milliseconds.</summary>
    public long LastAppend => Volatile.Read(ref lastAppend);

    /// <summary>Whether the last write failed (cleared by the next good one).</summary>
    public bool Failing { get; private set; }

    /// <summary>Bytes in segments not yet released.</summary>
    public long BytesOnDisk => Interlocked.Read(ref bytesOnDisk);

    /// <summary>Opens the spool folder: locks it and returns the segments left by an earlier run, oldest first.</summary>
    /// <exception cref="IOException">Another process holds the spool.</exception>
    public static (Spool Spool, IReadOnlyList<string> Leftover) Open(WebOptions options, ILogger logger)
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

        var leftover = Directory.GetFiles(options.SpoolPath, "*.jsonl").OrderBy(NumberOf).ToList();
        var next = leftover.Count == 0 ? 1 : NumberOf(leftover[^1]) + 1;
        var bytes = leftover.Sum(f => new FileInfo(f).Length);
        return (new Spool(options, logger, lockFile, next, bytes), leftover);
    }

    /// <summary>Reads a leftover segment; torn or foreign lines are skipped and counted.</summary>
    public static (List<IngestRecord> Records, int Skipped) ReadSegment(string path)
    {
        var records = new List<IngestRecord>();
        var skipped = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                continue;
            }

            if (SpoolJson.TryRead(line) is { } record)
            {
                records.Add(record);
            }
            else
            {
                skipped++;
            }
        }

        return (records, skipped);
    }

    /// <summary>The number of a segment file.</summary>
    public static long NumberOf(string path) => long.Parse(Path.GetFileNameWithoutExtension(path), CultureInfo.InvariantCulture);

    /// <summary>Appends <paramref name="records"/>; completes once they are on disk.</summary>
    /// <exception cref="SpoolFullException">The spool is over quota or the disk failed; answer 503.</exception>
    public Task AppendAsync(IReadOnlyList<IngestRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (BytesOnDisk > options.SpoolQuotaBytes)
        {
            return Task.FromException(new SpoolFullException($"The spool holds {BytesOnDisk} bytes, over its quota of {options.SpoolQuotaBytes}; the store is behind."));
        }

        Volatile.Write(ref lastAppend, Environment.TickCount64);
        var pending = new Pending(records, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        return queue.Writer.TryWrite(pending) ? pending.Done.Task : Task.FromException(new SpoolFullException("The service is shutting down."));
    }

    /// <summary>Deletes the segments before <paramref name="segment"/>: the store has applied and checkpointed them.</summary>
    public void Release(long segment)
    {
        foreach (var file in Directory.GetFiles(options.SpoolPath, "*.jsonl").Where(f => NumberOf(f) < segment))
        {
            var length = new FileInfo(file).Length;
            File.Delete(file);
            Interlocked.Add(ref bytesOnDisk, -length);
        }
    }

    /// <summary>Closes the current segment so that everything written so far can be released.</summary>
    public long CurrentSegment => Interlocked.Read(ref segmentNumber);

    /// <summary>Stops taking records, writes what is queued, and closes.</summary>
    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await writer.ConfigureAwait(false);
        durable.Writer.TryComplete();
        segment?.Dispose();
        await lockFile.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// The one writer, on a thread of its own: waits for requests, then writes and fsyncs each group.
    /// </summary>
    /// <remarks>
    /// Only this loop reads the queue and writes segments, so groups reach the disk and <see cref="Durable"/> in the
    /// order they were taken, and a request completes only after the fsync of its group. Lines are serialised by one
    /// reused JSON writer into one reused buffer, so a group allocates only its records' list. The write and fsync
    /// block this thread, not one of the thread pool's that the requests need (two on a two-core machine).
    /// </remarks>
    private void WriteLoop()
    {
        var group = new List<Pending>();
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        using var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true });
        while (DedicatedThread.Wait(queue.Reader.WaitToReadAsync()))
        {
            group.Clear();
            buffer.ResetWrittenCount();
            var count = 0;
            while (count < 20_000 && queue.Reader.TryRead(out var pending))
            {
                group.Add(pending);
                count += pending.Records.Count;
            }

            var records = new List<IngestRecord>(count);
            foreach (var pending in group)
            {
                foreach (var record in pending.Records)
                {
                    json.Reset(buffer);
                    JsonSerializer.Serialize(json, record, SpoolJson.Default.IngestRecord);
                    json.Flush();
                    buffer.Write("\n"u8);
                    records.Add(record);
                }
            }

            try
            {
                var file = CurrentFile();
                file.Write(buffer.WrittenSpan);
                DataSync.Flush(file);
                Interlocked.Add(ref bytesOnDisk, buffer.WrittenCount);
                Failing = false;
            }
            catch (IOException ex)
            {
                Failing = true;
                LogWriteFailed(logger, ex.Message);
                segment?.Dispose();
                segment = null;
                var failure = new SpoolFullException($"The spool could not write: {ex.Message}", ex);
                group.ForEach(p => p.Done.TrySetException(failure));
                continue;
            }

            Interlocked.Add(ref written, records.Count);
            durable.Writer.TryWrite(new SpoolBatch(segmentNumber, records));
            group.ForEach(p => p.Done.TrySetResult());
        }
    }

    private FileStream CurrentFile()
    {
        if (segment is not null && segment.Length < options.SpoolSegmentBytes)
        {
            return segment;
        }

        segment?.Dispose();
        var number = Interlocked.Increment(ref segmentNumber);
        segment = new FileStream(Path.Combine(options.SpoolPath, $"{number:D12}.jsonl"), FileMode.Append, FileAccess.Write, FileShare.Read, 1, FileOptions.None);
        return segment;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The spool could not write; collect answers 503 until it can: {Error}")]
    private static partial void LogWriteFailed(ILogger logger, string error);

    private sealed record Pending(IReadOnlyList<IngestRecord> Records, TaskCompletionSource Done);
}
