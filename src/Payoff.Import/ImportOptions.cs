using System.Globalization;

namespace Payoff.Import;

/// <summary>How an import reads files and treats bad rows.</summary>
public sealed record ImportOptions
{
    /// <summary>The largest file read by default: 4 GiB (a CSV of that size streams in bounded memory).</summary>
    public const long DefaultMaxFileBytes = 4L << 30;

    /// <summary>Import all-or-nothing: any bad row rejects the whole file.</summary>
    public static readonly ImportOptions Strict = new();

    /// <summary>Import the good rows of a file with bad ones, and report the bad ones.</summary>
    public bool SkipInvalid { get; init; }

    /// <summary>
    /// How the user of this host imports the good rows of a file with bad ones, ending the sentence "Fix
    /// them, or …" of a rejected file's message: the CLI's flag by default; the API and the dashboard say theirs.
    /// </summary>
    public string SkipInvalidAdvice { get; init; } = "import the good rows with --skip-invalid";

    /// <summary>Check the file and report what would be imported, without writing.</summary>
    public bool DryRun { get; init; }

    /// <summary>The files' text encoding when it cannot be detected (<see cref="Csv.TextEncodings"/>); null to detect it.</summary>
    public System.Text.Encoding? Encoding { get; init; }

    /// <summary>
    /// The date (or date and time) format of the files' date columns in .NET notation
    /// (<c>dd/MM/yyyy</c>), for an export whose dates are ambiguous; null for each format's usual ones.
    /// </summary>
    public string? DateFormat { get; init; }

    /// <summary>The culture that month names and numbers of a localised export are read in (<c>de-DE</c>); null for the formats' own.</summary>
    public CultureInfo? Culture { get; init; }

    /// <summary>The year range of exports whose dates have no year (TikTok Studio), when the file name does not give it.</summary>
    public Platforms.DatePeriod? Period { get; init; }

    /// <summary>Files larger than this are refused before they are parsed.</summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    /// <summary>Called with the share of the file read so far (0 to 1), now and then while a file is read.</summary>
    public Action<double>? Progress { get; init; }

    /// <summary>
    /// For a file from another tool: Payoff's column name → the file's header (<c>message_id</c> → <c>Ticket ID</c>), so
    /// any inbox or listening tool's CSV reads as Payoff's conversations file (<c>--map message_id="Ticket ID",…</c>).
    /// Null reads the file's own names. Columns the map does not name and Payoff does not know are ignored.
    /// </summary>
    public IReadOnlyDictionary<string, string>? Columns { get; init; }
}
