namespace Payoff.Storage.DuckDb;

/// <summary>
/// Runs DuckDB work — which the embedded engine does on the calling thread — as a completed task, so the
/// adapters honour Core's asynchronous contracts without blocking a caller on another task.
/// </summary>
internal static class Sync
{
    /// <summary>Runs <paramref name="work"/> unless cancelled; its exception is carried by the task.</summary>
    public static Task<T> Run<T>(Func<T> work, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(cancellationToken);
        }

        try
        {
            return Task.FromResult(work());
        }
        catch (Exception ex)
        {
            return Task.FromException<T>(ex);
        }
    }

    /// <summary>Runs <paramref name="work"/> unless cancelled; its exception is carried by the task.</summary>
    public static Task Run(Action work, CancellationToken cancellationToken) =>
        Run(() =>
        {
            work();
            return true;
        }, cancellationToken);
}
