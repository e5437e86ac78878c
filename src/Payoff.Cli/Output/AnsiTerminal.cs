using Spectre.Console;

namespace Payoff.Cli.Output;

/// <summary>
/// Whether the terminal takes ANSI escape codes, decided from <c>TERM</c> by Spectre.Console's own rules on
/// Linux and macOS without the regular expressions it builds for them: the first <see cref="System.Text.RegularExpressions.Regex"/>
/// a process builds costs a short command about 20 ms of CPU, a tenth of the query it runs (issue 16 §3).
/// </summary>
/// <remarks>
/// Spectre.Console (0.57) answers no when standard output is redirected, and otherwise matches <c>TERM</c> against
/// seventeen case-sensitive patterns, each a literal either anchored at the start (<c>^xterm</c>) or not
/// (<c>tmux</c>); a blank <c>TERM</c> means no ANSI. On Windows the answer depends on the console mode, so
/// Spectre.Console's detection runs there. A test checks both agree.
/// </remarks>
internal static class AnsiTerminal
{
    private static readonly string[] Prefixes = ["xterm", "rxvt", "eterm", "screen", "vt100", "vt102", "vt220", "vt320", "st-256color"];
    private static readonly string[] Parts = ["tmux", "ansi", "scoansi", "cygwin", "linux", "konsole", "bvterm", "alacritty"];

    /// <summary>
    /// The ANSI support of standard output, <paramref name="outputRedirected"/> or not, in a terminal whose <c>TERM</c>
    /// is <paramref name="term"/>: <see cref="AnsiSupport.Detect"/> on Windows.
    /// </summary>
    public static AnsiSupport Support(string? term, bool outputRedirected)
    {
        if (OperatingSystem.IsWindows())
        {
            return AnsiSupport.Detect;
        }

        if (outputRedirected || string.IsNullOrWhiteSpace(term))
        {
            return AnsiSupport.No;
        }

        foreach (var prefix in Prefixes)
        {
            if (term.StartsWith(prefix, StringComparison.Ordinal))
            {
                return AnsiSupport.Yes;
            }
        }

        foreach (var part in Parts)
        {
            if (term.Contains(part, StringComparison.Ordinal))
            {
                return AnsiSupport.Yes;
            }
        }

        return AnsiSupport.No;
    }
}
