using System.Globalization;
using System.Text;

namespace Payoff.Core.Conversations.SentimentAnalysis;

/// <summary>What a token of a message is: a word, an emoji or an emoticon.</summary>
public enum TokenKind
{
    /// <summary>Letters and digits (with inner apostrophes), lower case.</summary>
    Word,

    /// <summary>One emoji (its first code point; variation selectors and skin tones dropped).</summary>
    Emoji,

    /// <summary>An emoticon the English lexicon knows, such as <c>:)</c>, <c>:(</c>, <c>xD</c>.</summary>
    Emoticon,
}

/// <summary>A token of a message: its text (lower case), its kind, and whether it was written in capitals (a word of two or more letters).</summary>
/// <param name="Text">The token, lower case.</param>
/// <param name="Kind">Word, emoji or emoticon.</param>
/// <param name="Shouted">Whether the word was written in capitals ("GREAT").</param>
/// <param name="ClauseBreak">Whether a sentence ended right before it (., !, ? or a line break), which stops negation.</param>
/// <param name="Quoted">Whether it stands inside quotation marks (" “ ” „ « », or single ' ‘ ’ around words): a name quoted, or praise in scare quotes.</param>
/// <param name="Asked">Whether it belongs to a sentence that ends with a question mark.</param>
/// <param name="Exasperated">Whether that question ends with two or more question marks ("paying £45 for this??").</param>
/// <param name="Comma">Whether a comma stood right before it: a negator does not reach across it ("gak sesuai, kecewa banget").</param>
public readonly record struct TextToken(string Text, TokenKind Kind, bool Shouted, bool ClauseBreak, bool Quoted = false, bool Asked = false, bool Exasperated = false, bool Comma = false);

/// <summary>
/// Splits a message into words, emoji and emoticons for the sentiment rules, and counts its exclamation and question
/// marks. Words are runs of letters, digits and inner apostrophes (NFC, lower case); a hyphenated reduplication
/// ("baik-baik", "kura-kura") stays one word; letters repeated three or more times ("sooo", "bagusss") are kept as written
/// — <see cref="SentimentAnalyzer"/> also tries them shortened. Emoji are found by Unicode category (Other Symbol) on
/// whole text elements.
/// </summary>
public static partial class TextTokens
{
    [System.Text.RegularExpressions.GeneratedRegex(@"</?[A-Za-z][^<>]{0,300}>")]
    private static partial System.Text.RegularExpressions.Regex Markup();

    /// <summary>The tokens of <paramref name="text"/>, with its count of '!' and of '?'.</summary>
    /// <param name="text">The message; null or empty gives no tokens.</param>
    /// <param name="emoticons">Whether a white-space-separated chunk is an emoticon (the English lexicon's).</param>
    public static (List<TextToken> Tokens, int Exclamations, int Questions) Split(string? text, Func<string, bool> emoticons)
    {
        ArgumentNullException.ThrowIfNull(emoticons);
        var tokens = new List<TextToken>();
        var (exclamations, questions) = (0, 0);
        if (string.IsNullOrEmpty(text))
        {
            return (tokens, 0, 0);
        }

        var word = new StringBuilder();
        var upper = 0;
        var letters = 0;
        var clauseBreak = false;
        var comma = false;
        var quoted = false;
        var singleQuoted = false;
        var sentence = 0; // the first token of the current sentence
        var asked = 0; // the first token of the last question
        var previous = ""; // the last punctuation mark, "" once a token followed it
        var trailing = false; // only emoji since the last question mark

        void Flush()
        {
            if (word.Length > 0)
            {
                var raw = word.ToString();
                var w = raw.Trim('\'', '’', '-');
                if (w.Length > 0)
                {
                    tokens.Add(new TextToken(w.ToLowerInvariant(), TokenKind.Word, letters >= 2 && upper == letters, clauseBreak, quoted || singleQuoted, Comma: comma));
                    clauseBreak = comma = false;
                    previous = "";
                    trailing = false;
                }

                // A single quotation mark opened before a word closes after the word that ends with one.
                if (singleQuoted && (raw.EndsWith('\'') || raw.EndsWith('’')))
                {
                    singleQuoted = false;
                }

                word.Clear();
                upper = letters = 0;
            }
        }

        // HTML a helpdesk or a listening tool left in the text (<b>, <br/>, <a href=…>) is markup, not words: its tag names
        // and attributes would count as words of some language. "<3" is not a tag and stays.
        var plain = text.Contains('<', StringComparison.Ordinal) ? Markup().Replace(text, " ") : text;
        foreach (var chunk in plain.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var bare = chunk.TrimEnd(',', '.', ';');
            if (bare.Length >= 2 && !bare.All(char.IsLetter) && emoticons(bare.ToLowerInvariant()))
            {
                Flush();
                tokens.Add(new TextToken(bare.ToLowerInvariant(), TokenKind.Emoticon, false, clauseBreak, Comma: comma));
                clauseBreak = comma = false;
                continue;
            }

            if (bare is "xD" or "XD" or "xd" or "xDD" or "XDD")
            {
                Flush();
                tokens.Add(new TextToken("xd", TokenKind.Emoticon, false, clauseBreak, Comma: comma));
                clauseBreak = comma = false;
                continue;
            }

            var elements = StringInfo.GetTextElementEnumerator(chunk);
            while (elements.MoveNext())
            {
                var element = (string)elements.Current;
                var first = char.ConvertToUtf32(element, 0);
                var category = CharUnicodeInfo.GetUnicodeCategory(first);
                if (char.IsLetterOrDigit(element, 0) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
                {
                    word.Append(element);
                    if (char.IsLetter(element, 0))
                    {
                        letters++;
                        if (char.IsUpper(element, 0))
                        {
                            upper++;
                        }
                    }
                }
                else if ((element is "'" or "‘" or "’") && word.Length == 0 && !singleQuoted)
                {
                    singleQuoted = true;
                }
                else if ((element is "'" or "’" or "-") && word.Length > 0)
                {
                    word.Append(element == "’" ? "'" : element);
                }
                else if (category == UnicodeCategory.OtherSymbol && first > 0x2000)
                {
                    Flush();
                    // An emoji right after a question mark belongs to the question ("Bila restock? 🙏").
                    tokens.Add(new TextToken(char.ConvertFromUtf32(first), TokenKind.Emoji, false, clauseBreak, Asked: trailing, Comma: comma));
                    clauseBreak = comma = false;
                    if (trailing)
                    {
                        sentence = tokens.Count;
                    }

                    previous = "";
                }
                else
                {
                    Flush();
                    var before = previous;
                    previous = element;
                    trailing = element == "?" || (trailing && element is not ("." or "!" or ";"));
                    switch (element)
                    {
                        case "\"" or "“" or "”" or "„" or "«" or "»":
                            quoted = !quoted;
                            break;
                        case "!":
                            exclamations++;
                            clauseBreak = true;
                            sentence = tokens.Count;
                            break;
                        case "?":
                            questions++;
                            clauseBreak = true;
                            if (before == "?")
                            {
                                // "??": the question just ended is exasperated.
                                for (var i = asked; i < tokens.Count; i++)
                                {
                                    tokens[i] = tokens[i] with { Exasperated = true };
                                }
                            }
                            else
                            {
                                for (var i = sentence; i < tokens.Count; i++)
                                {
                                    tokens[i] = tokens[i] with { Asked = true };
                                }

                                asked = sentence;
                            }

                            sentence = tokens.Count;
                            break;
                        case ".":
                        case ";":
                            clauseBreak = true;
                            sentence = tokens.Count;
                            break;
                        case ",":
                            comma = true;
                            break;
                    }
                }
            }

            Flush();
        }

        // An unmatched quotation mark quotes nothing.
        if (quoted || singleQuoted)
        {
            var last = tokens.FindLastIndex(t => !t.Quoted);
            for (var i = last + 1; i < tokens.Count; i++)
            {
                tokens[i] = tokens[i] with { Quoted = false };
            }
        }

        return (tokens, exclamations, questions);
    }
}
