using System.Text.RegularExpressions;

namespace Payoff.Core.Links;

/// <summary>The UTM tags a tracked link adds to its destination.</summary>
/// <remarks>
/// <see cref="Normalize"/> trims each tag and collapses inner white space; source and medium are
/// lower-cased, because GA4's channel rules and most teams' conventions use lower case for them.
/// Campaign, content and term keep their case (Payoff groups campaigns case-insensitively anyway).
/// </remarks>
public sealed partial record LinkTags(string Source, string Medium, string Campaign, string? Content = null, string? Term = null)
{
    /// <summary>The longest tag accepted, in characters.</summary>
    public const int MaxLength = 150;

    /// <summary>Normalised tags, or the name of the bad tag and why.</summary>
    public static (LinkTags? Tags, string? Error) Normalize(string? source, string? medium, string? campaign, string? content = null, string? term = null)
    {
        string? error = null;
        var s = Clean("source", source, required: true, ref error)?.ToLowerInvariant();
        var m = Clean("medium", medium, required: true, ref error)?.ToLowerInvariant();
        var c = Clean("campaign", campaign, required: true, ref error);
        var x = Clean("content", content, required: false, ref error);
        var t = Clean("term", term, required: false, ref error);
        return error is null ? (new LinkTags(s!, m!, c!, x, t), null) : (null, error);
    }

    private static string? Clean(string name, string? value, bool required, ref string? error)
    {
        if (error is not null)
        {
            return null;
        }

        var text = value is null ? string.Empty : Spaces().Replace(value.Trim(), " ");
        if (text.Length == 0)
        {
            error = required ? $"The {name} tag is required (utm_{name})." : null;
            return null;
        }

        if (text.Any(char.IsControl))
        {
            error = $"The {name} tag contains a control character.";
            return null;
        }

        if (text.Length > MaxLength)
        {
            error = $"The {name} tag is {text.Length} characters long; the limit is {MaxLength}.";
            return null;
        }

        return text;
    }

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
