using System.Buffers;
using Payoff.Core.Collect;

namespace Payoff.Web.Collect;

/// <summary>The writer and sync threads of <see cref="Spool"/>: group commits into pre-zeroed segments, several syncs in flight.</summary>
public sealed partial class Spool
{
    /// <summary>
    /// The most <c>fdatasync</c> calls in flight at once. A virtual disk's sync is bound by its latency, not its
    /// bandwidth: on this project's 2-core VM one thread syncing 10 kB writes in a loop managed ~300 syncs/s, four
    /// threads ~1,500–1,900 (bench/RESULTS.md, "Collect: syncs in flight"). With one sync at a time the acknowledged
    /// rate was at most the connections waiting divided by about two sync latencies.
    /// </summary>
    internal const int SyncLanes = 4;

    /// <summary>How long appends that nobody waits for (short links' clicks) may sit before the writer takes them.</summary>
    internal static readonly TimeSpan Linger = TimeSpan.FromMilliseconds(5);

    private readonly object syncGate = new();

    // Guarded by syncGate: the groups written but not yet durable (or failed), in write order, and the syncs' state.
    private readonly Queue<Group> unresolved = new();
    private readonly Dictionary<long, SyncResult> results = [];
    private long lastWrittenGroup;
    private SpoolSegment? lastWrittenSegment;
    private long lastSyncedTarget;
    private long nextTicket;
    private long nextResult;
    private int syncsInFlight;
    private bool syncersStop;
    private SpoolSegment? broken;

    /// <summary>
    /// The one writer, on a thread of its own: sleeps until a request wakes it, takes everything waiting, and writes
    /// it in groups into the current segment; the sync threads make the groups durable.
    /// </summary>
    /// <remarks>
    /// Only this loop writes segments, so groups are in the file in the order they were taken. Requests that arrive
    /// while syncs are in flight are written the moment this thread takes them, and the next free sync thread covers
    /// all of them with one <c>fdatasync</c>. The records come framed by their requests, so this thread only copies
    /// bytes; the write and the syncs block threads of their own, not the thread pool's that the requests need (two
    /// on a two-core machine).
    /// </remarks>
    private void WriteLoop()
    {
        var taken = new List<Pending>();
        var buffer = new ArrayBufferWriter<byte>(256 * 1024);
        while (true)
        {
            lock (gate)
            {
                while (waiting.Count == 0 && !closed)
                {
                    writerAsleep = true;
                    Monitor.Wait(gate);
                    writerAsleep = false;
                }

                if (waiting.Count == 0)
                {
                    break;
                }

                // Only appends nobody waits for: gather more of them for up to a linger, unless an urgent one comes.
                var lingerEnd = Environment.TickCount64 + (long)Linger.TotalMilliseconds;
                for (var left = lingerEnd - Environment.TickCount64; !urgentWaiting && !closed && left > 0; left = lingerEnd - Environment.TickCount64)
                {
                    writerAsleep = true;
                    Monitor.Wait(gate, (int)left);
                    writerAsleep = false;
                }

                urgentWaiting = false;
                (taken, waiting) = (waiting, taken);
            }

            for (var start = 0; start < taken.Count;)
            {
                start = WriteGroup(taken, start, buffer);
            }

            taken.Clear();
        }

        // Closing: everything written is made durable (or failed) before the sync threads stop.
        lock (syncGate)
        {
            WaitForSyncs();
            syncersStop = true;
            Monitor.PulseAll(syncGate);
        }
    }

    /// <summary>
    /// Writes the requests from <paramref name="start"/> on, as many as one segment holds (up to
    /// <see cref="GroupRecords"/> records), and hands them to the sync threads; returns where the next group starts.
    /// </summary>
    private int WriteGroup(List<Pending> taken, int start, ArrayBufferWriter<byte> buffer)
    {
        buffer.ResetWrittenCount();
        var end = start;
        var count = 0;
        SpoolSegment? file = null;
        try
        {
            file = SegmentFor(taken[start].Frames.Length);
            while (end < taken.Count && count < GroupRecords && buffer.WrittenCount + taken[end].Frames.Length <= file.Free)
            {
                buffer.Write(taken[end].Frames);
                count += taken[end].Records.Count;
                end++;
            }

            file.Write(buffer.WrittenSpan);
        }
        catch (IOException ex)
        {
            Failing = true;
            LogWriteFailed(logger, ex.Message);
            end = end > start ? end : taken.Count;
            Fail(taken.GetRange(start, end - start), ex);
            if (file is not null)
            {
                // What this segment already holds is synced (or failed) by the sync threads before it is closed.
                lock (syncGate)
                {
                    broken ??= file;
                }
            }

            return end;
        }

        var records = new List<IngestRecord>(count);
        for (var i = start; i < end; i++)
        {
            records.AddRange(taken[i].Records);
        }

        lock (syncGate)
        {
            unresolved.Enqueue(new Group(++lastWrittenGroup, file, taken.GetRange(start, end - start), records));
            lastWrittenSegment = file;
            Monitor.PulseAll(syncGate);
        }

        PrepareNext(file);
        return end;
    }

    /// <summary>
    /// A sync thread: whenever a group was written after the last sync started, syncs its segment; one sync covers
    /// every group written before it began. Results are taken in the order the syncs started (see
    /// <see cref="Resolve"/>), so a group is acknowledged only when every sync that might have reported its loss has
    /// answered.
    /// </summary>
    private void SyncLoop()
    {
        var done = new List<(TaskCompletionSource Done, Exception? Error)>();
        while (true)
        {
            long ticket, target;
            SpoolSegment file;
            lock (syncGate)
            {
                while (lastSyncedTarget >= lastWrittenGroup && !syncersStop)
                {
                    Monitor.Wait(syncGate);
                }

                if (lastSyncedTarget >= lastWrittenGroup)
                {
                    return;
                }

                ticket = nextTicket++;
                target = lastSyncedTarget = lastWrittenGroup;
                file = lastWrittenSegment!;
                syncsInFlight++;
            }

            IOException? error = null;
            try
            {
                sync(file);
            }
            catch (IOException ex)
            {
                error = ex;
            }

            lock (syncGate)
            {
                syncsInFlight--;
                results.Add(ticket, new SyncResult(target, file, error));
                while (results.Remove(nextResult, out var result))
                {
                    nextResult++;
                    Resolve(result, done);
                }

                Monitor.PulseAll(syncGate);
            }

            Complete(done);
        }
    }

    /// <summary>
    /// Completes the requests' tasks in <paramref name="done"/> (and clears it) on the thread pool: in up to one work
    /// item per core, each running its requests' continuations inline, so a group of requests costs a work item per
    /// core instead of one per request and no continuation runs on a spool thread or under its locks.
    /// </summary>
    private static void Complete(List<(TaskCompletionSource Done, Exception? Error)> done)
    {
        if (done.Count == 0)
        {
            return;
        }

        var items = done.ToArray();
        done.Clear();
        var size = (items.Length + Environment.ProcessorCount - 1) / Environment.ProcessorCount;
        for (var start = 0; start < items.Length; start += size)
        {
            ThreadPool.UnsafeQueueUserWorkItem(
                static chunk =>
                {
                    foreach (var (task, error) in chunk)
                    {
                        if (error is null)
                        {
                            task.TrySetResult();
                        }
                        else
                        {
                            task.TrySetException(error);
                        }
                    }
                },
                new ArraySegment<(TaskCompletionSource, Exception?)>(items, start, Math.Min(size, items.Length - start)),
                preferLocal: false);
        }
    }

    /// <summary>
    /// Takes one sync's result, in start order (under <see cref="syncGate"/>). A good sync makes every group up to its
    /// target durable: they go to <see cref="Durable"/> in order and their requests complete. A failed sync marks its
    /// segment broken and fails every group still waiting in it: after a failed <c>fdatasync</c> Linux may report
    /// the lost pages to one caller only and a later sync can succeed without them, so nothing unacknowledged in that
    /// segment is trusted again; the writer moves to a new segment.
    /// </summary>
    private void Resolve(SyncResult result, List<(TaskCompletionSource Done, Exception? Error)> done)
    {
        if (result.Error is not null && !ReferenceEquals(broken, result.Segment))
        {
            broken = result.Segment;
            LogWriteFailed(logger, result.Error.Message);
        }

        if (ReferenceEquals(broken, result.Segment))
        {
            Failing = true;
            var failure = result.Error is null
                ? new SpoolFullException("The spool could not write: an earlier write or sync of its segment failed.")
                : new SpoolFullException($"The spool could not write: {result.Error.Message}", result.Error);
            while (unresolved.TryPeek(out var group) && ReferenceEquals(group.Segment, result.Segment))
            {
                unresolved.Dequeue();
                foreach (var pending in group.Requests)
                {
                    Settle(pending);
                    done.Add((pending.Done, failure));
                }
            }

            // Nothing written so far is left to sync: the segment may be closed once the syncs in flight return.
            lastSyncedTarget = Math.Max(lastSyncedTarget, lastWrittenGroup);
            return;
        }

        Failing = false;
        while (unresolved.TryPeek(out var group) && group.Number <= result.Target)
        {
            unresolved.Dequeue();
            Interlocked.Add(ref written, group.Records.Count);
            durable.Writer.TryWrite(new SpoolBatch(group.Segment.Number, group.Records));
            foreach (var pending in group.Requests)
            {
                Settle(pending);
                done.Add((pending.Done, null));
            }
        }
    }

    /// <summary>Blocks (under <see cref="syncGate"/>) until every written group is durable or failed and no sync is in flight.</summary>
    private void WaitForSyncs()
    {
        while (unresolved.Count > 0 || syncsInFlight > 0)
        {
            Monitor.Wait(syncGate);
        }
    }

    private void Fail(List<Pending> requests, IOException error)
    {
        var failure = new SpoolFullException($"The spool could not write: {error.Message}", error);
        var done = new List<(TaskCompletionSource Done, Exception? Error)>(requests.Count);
        foreach (var pending in requests)
        {
            Settle(pending);
            done.Add((pending.Done, failure));
        }

        Complete(done);
    }

    /// <summary>
    /// The current segment if <paramref name="bytes"/> fit in it and it is not broken, else the next one (a larger one
    /// for a request bigger than a segment). A segment is closed only once every group written to it is durable or
    /// failed and no sync is in flight on it.
    /// </summary>
    /// <exception cref="IOException">No segment could be created.</exception>
    private SpoolSegment SegmentFor(int bytes)
    {
        bool isBroken;
        lock (syncGate)
        {
            isBroken = segment is not null && ReferenceEquals(broken, segment);
        }

        if (segment is not null && segment.Free >= bytes && !isBroken)
        {
            return segment;
        }

        if (segment is not null)
        {
            lock (syncGate)
            {
                WaitForSyncs();
                if (ReferenceEquals(broken, segment))
                {
                    broken = null;
                }
            }

            segment.Dispose();
            segment = null;
        }

        SpoolSegment? next = null;
        if (nextSegment is { } prepared)
        {
            nextSegment = null;
            try
            {
                next = DedicatedThread.Wait(prepared);
            }
            catch (IOException ex)
            {
                LogPrepareFailed(logger, ex.Message);
            }

            if (next is not null && next.Free < bytes)
            {
                // Left empty (zeros): replay reads no record from it, and it is released with the others.
                next.Dispose();
                next = null;
            }
        }

        next ??= CreateSegment(++lastNumber, Math.Max(options.SpoolSegmentBytes, SpoolFormat.Header.Length + bytes));
        segment = next;
        Interlocked.Exchange(ref segmentNumber, next.Number);
        return next;
    }

    /// <summary>Once <paramref name="current"/> is half full, creates the next segment on a thread of its own.</summary>
    private void PrepareNext(SpoolSegment current)
    {
        if (nextSegment is not null || current.Position < current.Size / 2)
        {
            return;
        }

        var number = ++lastNumber;
        nextSegment = DedicatedThread.Start("Payoff spool segment", () => CreateSegment(number, options.SpoolSegmentBytes));
    }

    private SpoolSegment CreateSegment(long number, long size)
    {
        var created = SpoolSegment.Create(options.SpoolPath, number, size);
        Interlocked.Add(ref bytesOnDisk, size);
        return created;
    }

    [Microsoft.Extensions.Logging.LoggerMessage(Level = Microsoft.Extensions.Logging.LogLevel.Warning, Message = "The next spool segment could not be created ahead; trying again now: {Error}")]
    private static partial void LogPrepareFailed(Microsoft.Extensions.Logging.ILogger logger, string error);

    /// <summary>Requests written to a segment together, numbered in write order, waiting for a sync.</summary>
    private sealed record Group(long Number, SpoolSegment Segment, List<Pending> Requests, List<IngestRecord> Records);

    /// <summary>What one sync covered (every group up to <see cref="Target"/>, in <see cref="Segment"/>) and whether it failed.</summary>
    private sealed record SyncResult(long Target, SpoolSegment Segment, IOException? Error);
}
