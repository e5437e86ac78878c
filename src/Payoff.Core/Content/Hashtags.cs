using System.Text.RegularExpressions;

namespace Payoff.Core.Content;

/// <summary>
/// Hashtags in a caption, Unicode-aware: <c>#café</c>, <c>#ŻubrówkaDay</c>, <c>#ระยอง</c> (letters, combining marks,
/// digits and underscores of any script). A hashtag starts the text or follows a character that is not part of a word,
/// <c>&amp;</c>, <c>/</c> or <c>#</c> (so a URL's <c>#fragment</c> and an HTML entity <c>&amp;#39;</c> are not tags), and
/// needs at least one letter (<c>#1</c> is not a tag, as on X and Instagram). Tags compare case-insensitively
/// (<c>#Cafe</c> and <c>#cafe</c> are one); the report shows the spelling used most.
/// </summary>
public static partial class Hashtags
{
    /// <summary>
    /// The pattern, the same text for .NET's regular expressions and RE2 (DuckDB's <c>regexp_extract_all</c>, ClickHouse's
    /// <c>extractAll</c>): group 1 is the tag without its <c>#</c>.
    /// </summary>
    public const string Pattern = @"(?:^|[^\p{L}\p{M}\p{N}_&/#])#([\p{L}\p{M}\p{N}_]+)";

    /// <summary>The pattern a tag must also match: at least one letter.</summary>
    public const string LetterPattern = @"\p{L}";

    /// <summary>The tags of <paramref name="text"/> in order of first use, each once (first spelling kept), without <c>#</c>.</summary>
    public static IReadOnlyList<string> Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var tags = new List<string>();
        foreach (Match m in Tag().Matches(text))
        {
            var tag = m.Groups[1].Value;
            if (Letter().IsMatch(tag) && seen.Add(tag))
            {
                tags.Add(tag);
            }
        }

        return tags;
    }

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(LetterPattern, RegexOptions.CultureInvariant)]
    private static partial Regex Letter();
}
