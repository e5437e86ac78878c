using Payoff.Core.Workspaces;

namespace Payoff.Core.Publishing;

/// <summary>How a report file left Payoff.</summary>
public enum ArchiveChannel
{
    /// <summary>Downloaded from the dashboard or the API.</summary>
    Download,

    /// <summary>Written by <c>payoff report pdf</c>.</summary>
    Cli,

    /// <summary>Sent by a schedule (or <c>payoff schedule run</c>).</summary>
    Schedule,

    /// <summary>Sent by an alert.</summary>
    Alert,
}

/// <summary>A report file as it was made, to archive: its bytes, who it went to and the people it names.</summary>
/// <param name="FileName">The attachment's or download's file name.</param>
/// <param name="ContentType">Its media type (<c>application/pdf</c>, <c>text/csv</c>…).</param>
/// <param name="Content">The file's bytes.</param>
/// <param name="Template">The template it was made from.</param>
/// <param name="Period">The days it reports.</param>
/// <param name="Channel">How it left.</param>
/// <param name="Recipients">The e-mail addresses it went to (empty for a download).</param>
/// <param name="By">Who made or downloaded it (a user's e-mail, <c>cli</c>, <c>schedule NAME</c>).</param>
/// <param name="People">The people it names (advocates, authors), lower case, so an erasure request finds it.</param>
public sealed record ArchiveEntry(string FileName, string ContentType, byte[] Content, string Template, DateRange Period, ArchiveChannel Channel, IReadOnlyList<string> Recipients, string By, IReadOnlyList<string> People);

/// <summary>An archived report file, without its bytes.</summary>
/// <param name="Id">Its id.</param>
/// <param name="FileName">Its file name.</param>
/// <param name="ContentType">Its media type.</param>
/// <param name="Bytes">Its size in bytes (0 once erased).</param>
/// <param name="Template">The template.</param>
/// <param name="Period">The days it reports.</param>
/// <param name="Channel">How it left.</param>
/// <param name="Recipients">Who it went to (an erased address shows as <c>(erased)</c>).</param>
/// <param name="By">Who made it.</param>
/// <param name="CreatedAt">When (UTC).</param>
/// <param name="ErasedAt">When an erasure request deleted its content (UTC), else null.</param>
public sealed record ArchivedReport(long Id, string FileName, string ContentType, long Bytes, string Template, DateRange Period, ArchiveChannel Channel, IReadOnlyList<string> Recipients, string By, DateTimeOffset CreatedAt, DateTimeOffset? ErasedAt);
