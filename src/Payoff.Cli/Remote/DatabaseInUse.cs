using Payoff.Core.Stores;

namespace Payoff.Cli.Remote;

/// <summary>
/// What the CLI does when another process holds the database file: forward to <c>payoff serve</c> when its
/// socket answers, else say which process holds it — another payoff command, or something else.
/// </summary>
public static class DatabaseInUse
{
    /// <summary>True when <paramref name="error"/> is the store's "in use by another process".</summary>
    public static bool Is(StoreException error) =>
        error?.Message.Contains(" is in use by ", StringComparison.Ordinal) == true;

    /// <summary>The exception to throw instead of <paramref name="error"/> for the database <paramref name="path"/>.</summary>
    /// <returns>
    /// <see cref="ServedElsewhereException"/> when a server answers; a <see cref="CliException"/> naming the
    /// payoff process that holds the file; otherwise <paramref name="error"/> itself (it names the process).
    /// </returns>
    public static Exception Explain(string path, StoreException error, IReadOnlyDictionary<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (ServerSocket.Answers(path, environment, out var socket))
        {
            return new ServedElsewhereException(socket);
        }

        var at = error.Message.IndexOf(" is in use by ", StringComparison.Ordinal);
        var holder = error.Message[(at + " is in use by ".Length)..].Split(". DuckDB", 2)[0];
        if (!holder.Contains("payoff", StringComparison.OrdinalIgnoreCase))
        {
            return error;
        }

        return holder.Contains(" serve", StringComparison.Ordinal) || (holder.Contains(" demo", StringComparison.Ordinal) && !holder.Contains("--no-serve", StringComparison.Ordinal))
            ? new CliException($"{path} is held by a Payoff server ({holder}) that does not answer on {socket} yet; wait until it has started and run the command again.", error)
            : new CliException($"{path} is in use by another Payoff process: {holder}. Wait until it finishes (DuckDB lets one process open a file), then run this command again.", error);
    }
}
