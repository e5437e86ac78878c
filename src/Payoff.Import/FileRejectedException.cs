namespace Payoff.Import;

/// <summary>Thrown at the end of a file that must not be written; the store's transaction rolls back.</summary>
internal sealed class FileRejectedException : Exception
{
    /// <summary>Creates the exception: the file has no data rows (<paramref name="noRows"/>), or rows with errors.</summary>
    public FileRejectedException(bool noRows)
        : base(noRows ? "The file has no data rows." : "The file has rows with errors.")
    {
        NoRows = noRows;
    }

    /// <summary>Creates the exception.</summary>
    public FileRejectedException()
        : this(noRows: false)
    {
    }

    /// <summary>Creates the exception.</summary>
    public FileRejectedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public FileRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>True when the file has a header and no data rows; false when rows have errors.</summary>
    public bool NoRows { get; }
}
