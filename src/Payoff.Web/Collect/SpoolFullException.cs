namespace Payoff.Web.Collect;

/// <summary>The spool cannot take more: its disk is full or failing, or the store is far behind.</summary>
public sealed class SpoolFullException : IOException
{
    /// <summary>Creates the exception.</summary>
    public SpoolFullException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public SpoolFullException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public SpoolFullException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
