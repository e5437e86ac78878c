using Payoff.Cli.Output;
using Spectre.Console;

namespace Payoff.Cli.Tests;

/// <summary>The CLI decides ANSI support without Spectre.Console's regular expressions (issue 16 §3), and decides it as Spectre.Console does.</summary>
public class AnsiTerminalTests
{
    [Fact]
    public void Ansi_support_from_TERM_is_what_Spectre_Console_detects()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Equal(AnsiSupport.Detect, AnsiTerminal.Support("xterm", outputRedirected: false));
            return;
        }

        string?[] terms = [null, "", " ", "dumb", "xterm", "xterm-256color", "XTERM", "rxvt-unicode", "eterm-color", "screen", "screen.xterm-256color",
            "tmux-256color", "vt100", "vt102", "vt220", "vt320", "vt52", "ansi", "pcansi", "scoansi", "cygwin", "linux", "linux-16color", "konsole",
            "bvterm", "st-256color", "st", "alacritty", "xterm-kitty", "foot", "emacs", "unknown"];
        var saved = Environment.GetEnvironmentVariable("TERM");
        try
        {
            Assert.All(terms, term =>
            {
                Environment.SetEnvironmentVariable("TERM", term);

                // A writer that is not standard output: Spectre.Console decides from TERM alone, as for a terminal.
                var spectre = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(new StringWriter()) }).Profile.Capabilities.Ansi;

                Assert.Equal(spectre ? AnsiSupport.Yes : AnsiSupport.No, AnsiTerminal.Support(term, outputRedirected: false));
            });
        }
        finally
        {
            Environment.SetEnvironmentVariable("TERM", saved);
        }
    }

    [Fact]
    public void Redirected_output_gets_no_ANSI_whatever_the_terminal()
    {
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(AnsiSupport.No, AnsiTerminal.Support("xterm-256color", outputRedirected: true));
        }
    }
}
