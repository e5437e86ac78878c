using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Payoff.Core.Collect;
using Payoff.Core.Stores;

namespace Payoff.Web.Collect;

/// <summary>
/// Moves collected records from the spool into the store: replays what an earlier run left at start,
/// then applies durable batches in transactions of up to 20,000 records gathered over at most half a second, flushes
/// the store (<see cref="IStoreSession.FlushAsync"/>) and releases spool segments behind it. A failing store is retried with back-off while the
/// spool keeps acknowledging; on shutdown everything queued is written and applied. With
/// <see cref="WebOptions.DeferApply"/> (a benchmark setting) applying waits until the requests stop.
/// </summary>
public sealed partial class IngestService(IStore store, WebOptions options, ILogger<IngestService> logger) : IHostedService, IDisposable
{
    private const int BatchSize = 20_000;
    private static readonly TimeSpan BatchWindow = TimeSpan.FromMilliseconds(500);
    private Spool? spool;
    private Task? applier;
    private readonly CancellationTokenSource stopping = new();
    private long applied;
    private long releasedBefore;

    /// <summary>The longest wait between two tries of a failing store: a store back from an outage is written to within it.</summary>
    internal static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The most records <see cref="AppendUnwaited"/> lets wait for their sync before it makes its caller wait too: a
    /// stalled disk holds back redirects instead of filling memory.
    /// </summary>
    internal const int MaxUnwaitedRecords = 10_000;

    /// <summary>
    /// Records appended but not yet in the store: those made durable (acknowledged) and those still on their way to
    /// disk — events whose request waits for the sync (a failed sync takes them out again) and clicks a redirect
    /// appended without waiting.
    /// </summary>
    public long Lag
    {
        get
        {
            // Applied first, then unsettled, then written: a record that moves on between the reads is counted twice
            // (for an instant), never missed.
            var done = Interlocked.Read(ref applied);
            var unsettled = spool?.Unsettled ?? 0;
            return unsettled + (spool?.Written ?? 0) - done;
        }
    }

    /// <summary>Bytes in spool segments not yet released.</summary>
    public long SpoolBytes => spool?.BytesOnDisk ?? 0;

    /// <summary>Records applied since start (replay included).</summary>
    public long Applied => Interlocked.Read(ref applied);

    /// <summary>The last store error, while the store is failing.</summary>
    public string? StoreError { get; private set; }

    /// <summary>The spool error, while the spool is failing.</summary>
    public bool SpoolFailing => spool?.Failing ?? true;

    /// <summary>Makes <paramref name="records"/> durable; completes when they may be acknowledged.</summary>
    /// <exception cref="SpoolFullException">Not now; answer 503.</exception>
    public Task AppendAsync(IReadOnlyList<IngestRecord> records) => Append(records, urgent: true);

    /// <summary>The spool's append, or a refusal while the service has not opened its spool yet.</summary>
    private Task Append(IReadOnlyList<IngestRecord> records, bool urgent) =>
        spool is null ? Task.FromException(new SpoolFullException("The service is starting.")) : spool.AppendAsync(records, urgent);

    /// <summary>
    /// Appends <paramref name="records"/> through the same spool but lets the caller go on before they are durable:
    /// for a short link's click, whose redirect acknowledges nothing to anyone who would send it again, so waiting for
    /// the sync would only delay the person clicking. The records are written and synced within milliseconds like any
    /// others; a write that fails calls <paramref name="onFailure"/> (on a thread-pool thread). The returned task is
    /// complete at once, except when more than <see cref="MaxUnwaitedRecords"/> records appended this way are still
    /// waiting for their sync (<see cref="Spool.UnsettledUnwaited"/>; events waited for do not count): then it completes
    /// (or fails) with the append, holding the caller back while the disk is slow.
    /// </summary>
    /// <exception cref="SpoolFullException">From the returned task: the spool refused the records at once (over its quota,
    /// starting or stopping), or, when the caller is held back, its write failed.</exception>
    public Task AppendUnwaited(IReadOnlyList<IngestRecord> records, Action<Exception> onFailure)
    {
        ArgumentNullException.ThrowIfNull(onFailure);
        var append = Append(records, urgent: false);
        if (append.IsCompleted || (spool?.UnsettledUnwaited ?? 0) > MaxUnwaitedRecords)
        {
            return append;
        }

        append.ContinueWith(
            static (task, state) => ((Action<Exception>)state!)(task.Exception!.InnerException ?? task.Exception),
            onFailure,
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public void Dispose() => stopping.Dispose();

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var (opened, leftover) = Spool.Open(options, logger);
        var mark = SpoolMark.Read(options.SpoolPath);
        foreach (var file in leftover)
        {
            var (records, skipped) = Spool.ReadSegment(file);
            var number = Spool.NumberOf(file);
            var done = (int)(mark?.AppliedOf(number, records.Count, skipped) ?? 0);
            for (var i = done; i < records.Count; i += BatchSize)
            {
                var chunk = records.GetRange(i, Math.Min(BatchSize, records.Count - i));
                await using (var session = await store.OpenSessionAsync(cancellationToken).ConfigureAwait(false))
                {
                    await session.Ingest.ApplyAsync(chunk, cancellationToken).ConfigureAwait(false);
                }

                Mark(new SpoolMark(number, i + chunk.Count));
            }

            LogReplayed(logger, Path.GetFileName(file), records.Count - done, done, skipped);
        }

        if (leftover.Count > 0)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
            opened.Release(Spool.NumberOf(leftover[^1]) + 1);
        }

        // Every leftover segment is gone: the next ones are numbered from where the spool goes on (from 1 when it is empty).
        ClearMark();
        releasedBefore = opened.CurrentSegment + 1;
        spool = opened;
        // Not tied to the host's start token: the loop ends when the spool is disposed (StopAsync). DuckDB's work blocks,
        // so the loop has a thread of its own rather than one of the pool's that the requests need.
        applier = DedicatedThread.Start("Payoff store applier", () => ApplyLoop(CancellationToken.None));
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (spool is null || applier is null)
        {
            return;
        }

        await spool.DisposeAsync().ConfigureAwait(false);

        // A store that was failing is tried again at once, and then every quarter second, until the host's stop timeout.
        await stopping.CancelAsync().ConfigureAwait(false);
        await applier.WaitAsync(cancellationToken).ConfigureAwait(false);
        if (Lag == 0)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
            spool.Release(long.MaxValue);
            ClearMark();
        }

        LogStopped(logger, Applied, Lag);
    }

    private void ApplyLoop(CancellationToken cancellationToken)
    {
        var reader = spool!.Durable;
        var batch = new List<IngestRecord>();

        // Records of each segment taken so far, in spool order: the applied mark's position.
        var taken = new Dictionary<long, long>();
        while (DedicatedThread.Wait(reader.WaitToReadAsync(cancellationToken)))
        {
            if (options.DeferApply)
            {
                WaitForQuiet();
            }

            // Fewer, larger transactions: wait up to the window for a batch to fill. Each transaction
            // rescans the touched visitors' events, so its cost hardly grows with its size.
            batch.Clear();
            var segment = 0L;
            var until = Environment.TickCount64 + (long)BatchWindow.TotalMilliseconds;
            while (batch.Count < BatchSize)
            {
                if (reader.TryRead(out var next))
                {
                    batch.AddRange(next.Records);
                    segment = next.Segment;
                    taken[segment] = taken.GetValueOrDefault(segment) + next.Records.Count;
                }
                else if (Environment.TickCount64 >= until || reader.Completion.IsCompleted)
                {
                    break;
                }
                else
                {
                    Thread.Sleep(5);
                }
            }

            if (batch.Count == 0)
            {
                continue;
            }

            ApplyWithRetry(batch, cancellationToken);
            Mark(new SpoolMark(segment, taken[segment]));
            foreach (var older in taken.Keys.Where(k => k < segment).ToList())
            {
                taken.Remove(older);
            }

            if (segment > releasedBefore)
            {
                Checkpoint(segment, cancellationToken);
            }
        }
    }

    /// <summary>For the benchmark only (<see cref="WebOptions.DeferApply"/>): waits until no request has appended for a second, or the spool closes.</summary>
    private void WaitForQuiet()
    {
        while (Environment.TickCount64 - spool!.LastAppend < 1000 && !spool.Durable.Completion.IsCompleted)
        {
            Thread.Sleep(100);
        }
    }

    private void ApplyWithRetry(List<IngestRecord> batch, CancellationToken cancellationToken)
    {
        var delay = TimeSpan.FromMilliseconds(250);
        while (true)
        {
            try
            {
                // One session per batch, so readers waiting for the store get their turn between batches.
                var session = DedicatedThread.Wait(store.OpenSessionAsync(cancellationToken));
                try
                {
                    DedicatedThread.Wait(session.Ingest.ApplyAsync(batch, cancellationToken));
                }
                finally
                {
                    DedicatedThread.Wait(session.DisposeAsync());
                }

                Interlocked.Add(ref applied, batch.Count);
                StoreError = null;
                return;
            }
#pragma warning disable CA1031 // The store may fail in any way; the records stay in the spool and are retried.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                StoreError = ex.Message.Split('\n')[0];
                LogApplyFailed(logger, batch.Count, delay.TotalSeconds, StoreError);
                try
                {
                    DedicatedThread.Wait(Task.Delay(delay, options.Time, stopping.IsCancellationRequested ? CancellationToken.None : stopping.Token));
                }
                catch (OperationCanceledException)
                {
                    // Stopping: no more back-off.
                }

                delay = stopping.IsCancellationRequested ? TimeSpan.FromMilliseconds(250) : TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxRetryDelay.Ticks));
            }
        }
    }

    private void Checkpoint(long segment, CancellationToken cancellationToken)
    {
        try
        {
            DedicatedThread.Wait(FlushAsync(cancellationToken));
            spool!.Release(segment);
            releasedBefore = segment;
        }
#pragma warning disable CA1031 // The store may fail in any way; the spool keeps its segments and the next batch flushes again.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogCheckpointFailed(logger, ex.Message);
        }
    }

    /// <summary>Records how far the store has applied the spool; a disk that refuses only costs the next start some replay.</summary>
    private void Mark(SpoolMark mark)
    {
        try
        {
            mark.Write(options.SpoolPath);
        }
        catch (IOException ex)
        {
            LogMarkFailed(logger, ex.Message);
        }
    }

    private void ClearMark()
    {
        try
        {
            SpoolMark.Clear(options.SpoolPath);
        }
        catch (IOException ex)
        {
            LogMarkFailed(logger, ex.Message);
        }
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        await using var session = await store.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        await session.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Replayed spool segment {Segment}: {Records} records applied (idempotently), {Marked} passed over as already applied (spool record), {Skipped} torn or unreadable records skipped")]
    private static partial void LogReplayed(ILogger logger, string segment, int records, int marked, int skipped);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not write the spool's record of applied batches (a restart replays more, idempotently): {Error}")]
    private static partial void LogMarkFailed(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not apply {Count} records to the store; they stay in the spool and are retried in {Seconds} s: {Error}")]
    private static partial void LogApplyFailed(ILogger logger, int count, double seconds, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checkpoint failed; the spool keeps its segments: {Error}")]
    private static partial void LogCheckpointFailed(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingest stopped: {Applied} records applied, {Lag} left in the spool for the next start")]
    private static partial void LogStopped(ILogger logger, long applied, long lag);
}
