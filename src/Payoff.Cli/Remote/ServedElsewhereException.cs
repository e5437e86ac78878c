namespace Payoff.Cli.Remote;

/// <summary>
/// The database is held by <c>payoff serve</c> and its socket answers: <see cref="PayoffCli.RunAsync"/>
/// forwards the whole invocation there instead of failing.
/// </summary>
public sealed class ServedElsewhereException : Exception
{
    /// <summary>Creates the exception for the server at <paramref name="socketPath"/>.</summary>
    public ServedElsewhereException(string socketPath)
        : base($"The database is served by 'payoff serve' on {socketPath}.") => SocketPath = socketPath;

    /// <summary>Creates the exception with a message and no socket.</summary>
    public ServedElsewhereException()
        : this(string.Empty)
    {
    }

    /// <summary>Creates the exception with a message and its cause (no socket).</summary>
    public ServedElsewhereException(string message, Exception innerException)
        : base(message, innerException) => SocketPath = string.Empty;

    /// <summary>The server's Unix domain socket.</summary>
    public string SocketPath { get; }
}
