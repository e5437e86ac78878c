using System.Globalization;
using System.Text.RegularExpressions;

namespace Payoff.Storage.DuckDb;

/// <summary>
/// Names the process that holds a DuckDB file's lock, from DuckDB's error ("Conflicting lock is held
/// in PROGRAM (PID N) by user U") and, where <c>/proc</c> exists, that process's command line — so
/// "database in use" says what really holds it rather than guessing another Payoff (issue 13 §4.6).
/// </summary>
public static partial class LockHolder
{
    /// <summary>"process 1234 (python3 hold.py, user ana)", or "another process" when DuckDB did not say.</summary>
    public static string Describe(string duckDbMessage)
    {
        ArgumentNullException.ThrowIfNull(duckDbMessage);
        var match = HeldBy().Match(duckDbMessage);
        if (!match.Success)
        {
            return "another process";
        }

        var pid = int.Parse(match.Groups["pid"].Value, CultureInfo.InvariantCulture);
        var what = CommandLine(pid) ?? match.Groups["program"].Value;
        var user = match.Groups["user"].Success ? $", user {match.Groups["user"].Value}" : string.Empty;
        return $"process {pid} ({what}{user})";
    }

    private static string? CommandLine(int pid)
    {
        try
        {
            var raw = File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim();
            return raw.Length == 0 ? null : raw.Length <= 200 ? raw : raw[..200] + "…";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"held in (?<program>.+?) \(PID (?<pid>\d+)\)(?: by user (?<user>[^\s.]+))?")]
    private static partial Regex HeldBy();
}
