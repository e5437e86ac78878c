namespace Payoff.Core.Importing;

/// <summary>What happened to one imported file.</summary>
/// <param name="Kind">The kind of file.</param>
/// <param name="File">The file as named by the user.</param>
/// <param name="Rows">Data rows read (the header is not counted).</param>
/// <param name="Imported">Rows stored by this import.</param>
/// <param name="Rejected">Rows with errors.</param>
/// <param name="Duplicates">Rows already stored (same event id) or repeated in the file, skipped.</param>
/// <param name="AlreadyImported">True when the same bytes were imported before; nothing was written.</param>
/// <param name="ImportId">The import's id when something was written.</param>
/// <param name="Errors">The rejected rows with their column and reason, the first 1,000 of a file (file-level problems have row 0 or 1).</param>
/// <param name="Message">One sentence for a person.</param>
public sealed record ImportSummary(
    ImportKind Kind,
    string File,
    long Rows,
    long Imported,
    long Rejected,
    long Duplicates,
    bool AlreadyImported,
    long? ImportId,
    IReadOnlyList<RowError> Errors,
    string Message)
{
    /// <summary>True when the file was written (or had been already).</summary>
    public bool Succeeded => AlreadyImported || ImportId is not null;

    /// <summary>The first and last day the file's records cover (posts by publish day, traffic by period), when it has any.</summary>
    public ImportPeriod? Period { get; init; }

    /// <summary>The first few records as they would be stored (shown by a dry run).</summary>
    public IReadOnlyList<object> Sample { get; init; } = [];
}
