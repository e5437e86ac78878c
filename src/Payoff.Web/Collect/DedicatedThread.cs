namespace Payoff.Web.Collect;

/// <summary>
/// Runs a long loop that blocks (<c>fdatasync</c>, DuckDB) on a thread of its own, so it never holds one of the
/// thread pool's few threads (two on a two-core machine) that the requests need.
/// </summary>
internal static class DedicatedThread
{
    /// <summary>Starts <paramref name="loop"/> on a new background thread; the task completes (or faults) when it returns (or throws).</summary>
    public static Task Start(string name, Action loop)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                loop();
                done.SetResult();
            }
#pragma warning disable CA1031 // Whatever ends the loop is handed to whoever awaits it.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                done.SetException(ex);
            }
        })
        {
            IsBackground = true,
            Name = name,
        };
        thread.Start();
        return done.Task;
    }

    /// <summary>Runs <paramref name="work"/> on a new background thread; the task completes with its result (or faults).</summary>
    public static Task<T> Start<T>(string name, Func<T> work)
    {
        var result = default(T);
        return Start(name, () => { result = work(); }).ContinueWith(done => done.IsCompletedSuccessfully ? result! : throw done.Exception!.InnerException!, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>Blocks the dedicated thread until <paramref name="task"/> completes, and returns its result.</summary>
    public static T Wait<T>(Task<T> task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.GetAwaiter().GetResult();
    }

    /// <summary>Blocks the dedicated thread until <paramref name="task"/> completes.</summary>
    public static T Wait<T>(ValueTask<T> task) => task.IsCompletedSuccessfully ? task.Result : task.AsTask().GetAwaiter().GetResult();

    /// <summary>Blocks the dedicated thread until <paramref name="task"/> completes.</summary>
    public static void Wait(ValueTask task)
    {
        if (!task.IsCompletedSuccessfully)
        {
            task.AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>Blocks the dedicated thread until <paramref name="task"/> completes.</summary>
    public static void Wait(Task task)
    {
        ArgumentNullException.ThrowIfNull(task);
        task.GetAwaiter().GetResult();
    }
}
