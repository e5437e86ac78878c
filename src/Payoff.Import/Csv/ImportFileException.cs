using Payoff.Core.Importing;

namespace Payoff.Import.Csv;

/// <summary>The file as a whole cannot be read (not text, no header, unknown columns…).</summary>
public sealed class ImportFileException : Exception
{
    /// <summary>Creates the exception for a problem at <paramref name="row"/> (0 for the file, 1 for the header).</summary>
    public ImportFileException(long row, string? column, string message)
        : base(message)
    {
        Error = new RowError(row, column, message);
    }

    /// <summary>Creates the exception.</summary>
    public ImportFileException()
        : this(0, null, "The file cannot be read.")
    {
    }

    /// <summary>Creates the exception.</summary>
    public ImportFileException(string message)
        : this(0, null, message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public ImportFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = new RowError(0, null, message);
    }

    /// <summary>The problem as a row error.</summary>
    public RowError Error { get; }
}
