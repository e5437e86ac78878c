using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

namespace Payoff.Cli;

/// <summary>
/// A command line's errors as Payoff prints them: one <c>payoff: …</c> line each on standard error, never the help on
/// standard output (a script's redirected output stays clean), .NET type names said in words (issue 13, §3.7), an
/// unknown word with the commands it may have meant, and where the usage is.
/// </summary>
internal static partial class ParseErrors
{
    /// <summary>
    /// The lines to print for <paramref name="parse"/>'s errors, or null when there are none or when the only one is a
    /// command group typed without its subcommand (<c>payoff report</c>): System.CommandLine then prints the group's
    /// help, which is what was asked for.
    /// </summary>
    public static IReadOnlyList<string>? Describe(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var command = parse.CommandResult.Command;
        var unmatched = parse.UnmatchedTokens;
        var errors = parse.Errors.Select(e => e.Message).ToList();
        if (errors.Count == 0 || (unmatched.Count == 0 && errors.All(IsMissingSubcommand)))
        {
            return null;
        }

        var lines = new List<string>();
        foreach (var token in unmatched)
        {
            var meant = token.StartsWith('-') ? [] : Suggestions(token, command);
            lines.Add($"'{token}' is not a command or argument of '{PathOf(parse.CommandResult)}'"
                + (meant.Count == 0 ? "." : $"; did you mean {string.Join(" or ", meant.Select(m => $"'{m}'"))}?"));
        }

        // One line per error: System.CommandLine lists an option's choices on lines of their own.
        lines.AddRange(errors.Where(e => !IsMissingSubcommand(e) && !IsUnmatched(e)).Select(e => ChoiceBreak().Replace(InWords(e), " ")));
        if (lines.Count == 0)
        {
            lines.AddRange(errors);
        }

        lines.Add($"see '{PathOf(parse.CommandResult)} --help'.");
        return lines;
    }

    private static bool IsMissingSubcommand(string message) => message.StartsWith("Required command was not provided", StringComparison.Ordinal);

    private static bool IsUnmatched(string message) => message.StartsWith("Unrecognized command or argument", StringComparison.Ordinal);

    /// <summary>The command's words from the root (<c>payoff report</c>).</summary>
    private static string PathOf(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? at = result; at is not null; at = at.Parent)
        {
            if (at is CommandResult c)
            {
                names.Add(c.Command is RootCommand ? "payoff" : c.Command.Name);
            }
        }

        names.Reverse();
        return string.Join(' ', names);
    }

    /// <summary>The subcommands of <paramref name="command"/> within two edits of <paramref name="token"/> (or starting with it), nearest first.</summary>
    private static List<string> Suggestions(string token, Command command) =>
        [.. command.Subcommands.Where(c => !c.Hidden)
            .Select(c => (c.Name, Distance: c.Name.StartsWith(token, StringComparison.OrdinalIgnoreCase) ? 0 : Edits(token.ToLowerInvariant(), c.Name)))
            .Where(c => c.Distance <= 2)
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(3)
            .Select(c => c.Name)];

    /// <summary>Levenshtein distance: insertions, deletions and substitutions.</summary>
    private static int Edits(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }

        return row[b.Length];
    }

    /// <summary><paramref name="message"/> with the type it names said in words, and the option's allowed range where it has one.</summary>
    public static string InWords(string message) =>
        ExpectedType().Replace(message, m => "as " + Words(m.Groups["type"].Value));

    private static string Words(string type) => type switch
    {
        _ when type.Contains("Int64", StringComparison.Ordinal) => "a whole number from -9223372036854775808 to 9223372036854775807",
        _ when type.Contains("Int32", StringComparison.Ordinal) => "a whole number from -2147483648 to 2147483647",
        _ when type.Contains("Decimal", StringComparison.Ordinal) => "a number (a dot before any decimals, e.g. 1.5)",
        _ when type.Contains("Double", StringComparison.Ordinal) => "a number (a dot before any decimals, e.g. 1.5)",
        _ when type.Contains("Boolean", StringComparison.Ordinal) => "true or false",
        _ => "a value of the expected kind (see --help)",
    };

    [GeneratedRegex(@"\r?\n\t")]
    private static partial Regex ChoiceBreak();

    [GeneratedRegex(@"as expected type '(?<type>[^']+)'")]
    private static partial Regex ExpectedType();
}
