namespace Payoff.Import;

/// <summary>How an import treats bad rows.</summary>
public sealed record ImportOptions
{
    /// <summary>Import all-or-nothing: any bad row rejects the whole file.</summary>
    public static readonly ImportOptions Strict = new();

    /// <summary>Import the good rows of a file with bad ones, and report the bad ones.</summary>
    public bool SkipInvalid { get; init; }

    /// <summary>Check the file and report what would be imported, without writing.</summary>
    public bool DryRun { get; init; }

    /// <summary>The files' text encoding when it cannot be detected (<see cref="Csv.TextEncodings"/>); null to detect it.</summary>
    public System.Text.Encoding? Encoding { get; init; }
}
