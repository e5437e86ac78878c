namespace Payoff.Cli;

/// <summary>A problem with what the user asked for; its message is printed as is, with exit code 1.</summary>
public sealed class CliException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CliException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public CliException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public CliException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
