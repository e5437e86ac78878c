using System.Text.RegularExpressions;

namespace Payoff.Web.Goals;

/// <summary>Percentages in text shown on pages, kept on one line: "a 3 % chance" never wraps between 3 and %.</summary>
public static partial class PercentText
{
    /// <summary><paramref name="text"/> with the space between a number and its % sign made a no-break space (U+00A0).</summary>
    public static string NoBreak(string? text) => text is null ? string.Empty : Space().Replace(text, "$1\u00A0%");

    [GeneratedRegex(@"(\d) %")]
    private static partial Regex Space();
}
