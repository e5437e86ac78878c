using System.Text.RegularExpressions;

namespace Payoff.Cli;

/// <summary>
/// Rewrites System.CommandLine's "as expected type 'System.Nullable`1[System.Int32]'" into words
/// ("as a whole number"), so no error shows a .NET type name (issue 13, §3.7).
/// </summary>
internal static partial class ParseErrors
{
    /// <summary>Whether <paramref name="message"/> names a .NET type.</summary>
    public static bool NamesAType(string message) => ExpectedType().IsMatch(message);

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

    [GeneratedRegex(@"as expected type '(?<type>[^']+)'")]
    private static partial Regex ExpectedType();
}
