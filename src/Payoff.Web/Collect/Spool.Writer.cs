using System.Buffers;
using Payoff.Core.Collect;

namespace Payoff.Web.Collect;

/// <summary>The writer thread of <see cref="Spool"/>: group commits into pre-zeroed segments.</summary>
public sealed partial class Spool
{
    /// <summary>
    /// The one writer, on a thread of its own: sleeps until a request wakes it, takes everything waiting, and writes
    /// and syncs it in groups.
    /// </summary>
    /// <remarks>
    /// Only this loop writes segments, so groups reach the disk and <see cref="Durable"/> in the order they were
    /// taken, and a request completes only after the sync of its group. Requests that arrive during a sync are taken
    /// the moment it returns, without sleeping. The records come framed by their requests, so between two syncs this
    /// thread only copies bytes. The write and sync block this thread, not one of the thread pool's that the requests
    /// need (two on a two-core machine).
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
                    return;
                }

                (taken, waiting) = (waiting, taken);
            }

            for (var start = 0; start < taken.Count;)
            {
                start = WriteGroup(taken, start, buffer);
            }

            taken.Clear();
        }
    }

    /// <summary>
    /// Writes and syncs the requests from <paramref name="start"/> on, as many as one segment holds (up to
    /// <see cref="GroupRecords"/> records), and completes them; returns where the next group starts.
    /// </summary>
    private int WriteGroup(List<Pending> taken, int start, ArrayBufferWriter<byte> buffer)
    {
        buffer.ResetWrittenCount();
        var end = start;
        var count = 0;
        SpoolSegment file;
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
            file.Sync();
            Failing = false;
        }
        catch (IOException ex)
        {
            Failing = true;
            LogWriteFailed(logger, ex.Message);
            segment?.Dispose();
            segment = null;
            var failure = new SpoolFullException($"The spool could not write: {ex.Message}", ex);
            end = end > start ? end : taken.Count;
            for (var i = start; i < end; i++)
            {
                taken[i].Done.TrySetException(failure);
            }

            return end;
        }

        var records = new List<IngestRecord>(count);
        for (var i = start; i < end; i++)
        {
            records.AddRange(taken[i].Records);
        }

        Interlocked.Add(ref written, count);
        durable.Writer.TryWrite(new SpoolBatch(file.Number, records));
        for (var i = start; i < end; i++)
        {
            taken[i].Done.TrySetResult();
        }

        PrepareNext(file);
        return end;
    }

    /// <summary>The current segment if <paramref name="bytes"/> fit in it, else the next one (a larger one for a request bigger than a segment).</summary>
    /// <exception cref="IOException">No segment could be created.</exception>
    private SpoolSegment SegmentFor(int bytes)
    {
        if (segment is not null && segment.Free >= bytes)
        {
            return segment;
        }

        segment?.Dispose();
        segment = null;
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
}
