using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Payoff.Core.Content;

/// <summary>
/// A label given to posts by the words of their caption (<c>--label "howto=how to|tutorial"</c>): a post whose caption
/// holds any of the words or phrases — as whole words, case-insensitive, in any script — carries the label beside the
/// labels its platform exported (Meta's custom labels, LinkedIn's campaign names). Rules are given per request (the
/// CLI's <c>--label</c>, the API's and the Content page's <c>label</c>) and change no stored data.
/// </summary>
/// <param name="Label">The label the matching posts get (trimmed; at most <see cref="MaxLength"/> characters).</param>
/// <param name="Words">The words or phrases, each trimmed and non-empty; a phrase matches its words in order, any white space between them.</param>
public sealed record LabelRule(string Label, IReadOnlyList<string> Words)
{
    /// <summary>The most rules one request may give: 20.</summary>
    public const int MaxRules = 20;

    /// <summary>The longest label or word, in characters: 100.</summary>
    public const int MaxLength = 100;

    /// <summary>
    /// The rule as one regular expression that .NET and RE2 (DuckDB's <c>regexp_matches</c>) read alike: case-insensitive,
    /// each word bounded by the caption's start or end or a character that is not a letter, a digit or <c>_</c>
    /// (<c>\p{L}</c>, <c>\p{N}</c>: Unicode classes, so <c>żubr</c> is not found inside <c>żubrówka</c>). Regex
    /// metacharacters in the words are escaped, so a word is only ever matched literally.
    /// </summary>
    public string Pattern => $"(?i)(?:^|[^\\p{{L}}\\p{{N}}_])(?:{string.Join('|', Words.Select(Escape))})(?:$|[^\\p{{L}}\\p{{N}}_])";

    /// <summary>Whether <paramref name="caption"/> holds one of the words (the same test as the database's).</summary>
    public bool Matches(string? caption) => caption is not null && Regex.IsMatch(caption, Pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>
    /// Reads rules written <c>LABEL=WORD|WORD…</c>, several separated by commas (<c>howto=how to|tutorial,promo=sale</c>;
    /// an API query's repeated <c>label</c> values arrive joined by commas too). Null or blank gives none.
    /// </summary>
    /// <param name="text">The rules.</param>
    /// <param name="field">The field's name as the host spells it (<c>--label</c>, <c>label</c>), for the messages.</param>
    /// <exception cref="FormatException">A rule lacks its <c>=</c>, its label or its words; a label or word is longer than
    /// <see cref="MaxLength"/> or holds a control character; two rules give the same label; or there are more than
    /// <see cref="MaxRules"/>. The message names the field and the rule.</exception>
    public static IReadOnlyList<LabelRule> Parse(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var rules = new List<LabelRule>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var at = part.IndexOf('=', StringComparison.Ordinal);
            var label = at < 0 ? string.Empty : part[..at].Trim();
            var words = at < 0 ? [] : part[(at + 1)..].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (label.Length == 0 || words.Length == 0)
            {
                throw new FormatException($"{field} takes LABEL=WORD|WORD… (for example howto=how to|tutorial), not '{Shown(part)}'.");
            }

            if (new[] { label }.Concat(words).FirstOrDefault(w => w.Length > MaxLength || w.Any(char.IsControl)) is { } bad)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"{field}: '{Shown(bad)}' is longer than {MaxLength} characters or holds a control character."));
            }

            if (rules.Any(r => string.Equals(r.Label, label, StringComparison.OrdinalIgnoreCase)))
            {
                throw new FormatException($"{field} gives the label '{label}' twice: put its words in one rule (LABEL=WORD|WORD).");
            }

            rules.Add(new LabelRule(label, words));
        }

        return rules.Count <= MaxRules ? rules
            : throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"{field} gives {rules.Count} rules; at most {MaxRules}."));
    }

    /// <summary>The rules as <see cref="Parse"/> reads them back.</summary>
    public static string Text(IEnumerable<LabelRule> rules) => string.Join(',', rules.Select(r => $"{r.Label}={string.Join('|', r.Words)}"));

    // Every character that is a metacharacter in either dialect, escaped with a backslash (punctuation: both accept it).
    private static string Escape(string word)
    {
        var text = new StringBuilder(word.Length + 8);
        var space = false;
        foreach (var c in word)
        {
            // A run of spaces in a phrase matches any run of white space (a line break in a caption included).
            if (char.IsWhiteSpace(c))
            {
                text.Append(space ? string.Empty : "\\s+");
                space = true;
                continue;
            }

            space = false;
            if ("\\.+*?()|[]{}^$#-&~/".Contains(c, StringComparison.Ordinal))
            {
                text.Append('\\');
            }

            text.Append(c);
        }

        return text.ToString();
    }

    private static string Shown(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 39), "…");
}
