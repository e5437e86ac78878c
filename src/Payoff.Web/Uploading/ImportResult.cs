using Payoff.Core.Importing;

namespace Payoff.Web.Uploading;

/// <summary>What happened to one uploaded file, as the CLI's <c>--format json</c> says it.</summary>
/// <param name="File">The file's name as uploaded.</param>
/// <param name="DetectedKind">The kind it was read as (<c>linkedin-page</c>), or null when it was not recognised.</param>
/// <param name="Detected">What was detected, in words (or why nothing was).</param>
/// <param name="Rows">Data rows read.</param>
/// <param name="Imported">Records stored.</param>
/// <param name="Rejected">Rows with errors.</param>
/// <param name="Duplicates">Records already stored or repeated, skipped.</param>
/// <param name="AlreadyImported">True when the same bytes were imported before.</param>
/// <param name="ImportId">The import's id when something was written.</param>
/// <param name="Message">One sentence for a person.</param>
/// <param name="Period">The days the records cover.</param>
/// <param name="Sample">The first records as they would be stored (dry runs).</param>
/// <param name="Errors">The rejected rows with column and reason (the first 1,000).</param>
public sealed record ImportResult(
    string File,
    string? DetectedKind,
    string Detected,
    long Rows,
    long Imported,
    long Rejected,
    long Duplicates,
    bool AlreadyImported,
    long? ImportId,
    string Message,
    ImportPeriod? Period,
    IReadOnlyList<object> Sample,
    IReadOnlyList<RowError> Errors);
