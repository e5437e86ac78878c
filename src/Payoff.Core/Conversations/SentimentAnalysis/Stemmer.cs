namespace Payoff.Core.Conversations.SentimentAnalysis;

/// <summary>
/// Light stemming for lexicon lookups: the candidate stems of a word (without diacritics), most specific first, so that
/// an inflected or affixed form finds its dictionary entry. Indonesian and Malay: particles (-lah, -kah, -pun, -nya,
/// -ku, -mu), suffixes (-kan, -an, -i) and prefixes (me-, ber-, di-, ter-, ke-, pe-, se-, per- with the nasal changes of
/// meN-/peN-: <c>mengecewakan</c> → <c>kecewa</c>, <c>memuaskan</c> → <c>puas</c>, <c>menyenangkan</c> → <c>senang</c>),
/// after Adriani, Asian, Nazief et al., "Stemming Indonesian" (ACM TALIP 2007), simplified. Polish: the longest of the
/// common case, number, gender and verb endings is cut, leaving at least four letters (a light stemmer in the spirit of
/// Weiss's Stempel rules, not a morphological analyser). English: -s, -es, -ed, -ing, -ly, -er, -est.
/// </summary>
public static class Stemmer
{
    private static readonly string[] MalayParticles = ["lah", "kah", "pun", "nya", "ku", "mu", "tah"];
    private static readonly string[] MalaySuffixes = ["kan", "an", "i"];

    private static readonly string[] PolishEndings =
    [
        "owania", "owanie", "owaniu", "ujemy", "ujecie", "iłabym", "iłbym", "ałabym", "ałbym", "aliśmy", "iliśmy", "ałyśmy",
        "owego", "owemu", "owych", "owymi", "ościami", "ością", "ości", "ość", "ajcie", "ujcie", "ujący", "ująca", "ujące",
        "iejszy", "iejsza", "iejsze", "ejszy", "ejsza", "ejsze", "niejszy", "nego", "nemu", "nych", "nymi",
        "ował", "owała", "owało", "owali", "owały", "ować", "uje", "ują", "ujesz", "ałem", "ałam", "iłem", "iłam", "ałeś",
        "ałaś", "ili", "iła", "iło", "iły", "ała", "ało", "ały", "ali", "ego", "emu", "ymi", "imi", "ych", "ich", "ami",
        "ach", "owi", "owa", "owe", "owy", "ową", "ów", "om", "em", "ej", "ym", "im", "ie", "ię", "ią", "ać", "ić", "yć",
        "eć", "am", "asz", "amy", "acie", "ają", "isz", "imy", "icie", "ę", "ą", "y", "i", "a", "e", "o", "u",
    ];

    private static readonly string[] EnglishEndings = ["iest", "ing", "est", "ied", "ies", "ed", "es", "er", "ly", "s", "y"];

    /// <summary>
    /// The candidate stems of <paramref name="word"/> (lower case, without diacritics) in language <paramref name="code"/>,
    /// most specific first; none for a language without stemming rules. The word itself is not among them.
    /// </summary>
    public static IEnumerable<string> Stems(string code, string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return code switch
        {
            "id" or "ms" => Malay(word),
            "pl" => Polish(word),
            "en" => English(word),
            _ => [],
        };
    }

    private static IEnumerable<string> Polish(string word)
    {
        // Endings are matched on the folded word too ("ł" → "l", "ą" → "a"): both spellings are tried.
        var seen = new HashSet<string>(StringComparer.Ordinal) { word };
        foreach (var ending in PolishEndings)
        {
            var plain = Lexicon.Fold(ending);
            foreach (var e in plain == ending ? [ending] : new[] { ending, plain })
            {
                if (word.Length - e.Length >= 4 && word.EndsWith(e, StringComparison.Ordinal) && seen.Add(word[..^e.Length]))
                {
                    yield return word[..^e.Length];
                }
            }
        }

        // A negated adjective or verb written as one word ("niezadowolony", "nieprzyjemny") is not stemmed to its
        // positive root: the caller sees the whole word, and the lexicon lists the negative ones.
    }

    private static IEnumerable<string> English(string word)
    {
        foreach (var ending in EnglishEndings)
        {
            if (word.Length - ending.Length >= 3 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                var stem = word[..^ending.Length];
                yield return stem;
                if (ending is "ied" or "ies" or "iest")
                {
                    yield return stem + "y";
                }
                else if (ending is "ed" or "ing" or "er" or "est")
                {
                    yield return stem + "e";
                    if (stem.Length > 3 && stem[^1] == stem[^2])
                    {
                        yield return stem[..^1]; // "stopped" → "stop"
                    }
                }
            }
        }
    }

    private static IEnumerable<string> Malay(string word)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { word };
        foreach (var withoutParticle in Strip(word, MalayParticles).Prepend(word))
        {
            foreach (var withoutSuffix in Strip(withoutParticle, MalaySuffixes).Prepend(withoutParticle))
            {
                foreach (var root in Prefixes(withoutSuffix).Prepend(withoutSuffix))
                {
                    if (root.Length >= 3 && seen.Add(root))
                    {
                        yield return root;
                    }
                }
            }
        }
    }

    private static IEnumerable<string> Strip(string word, string[] endings)
    {
        foreach (var ending in endings)
        {
            if (word.Length - ending.Length >= 3 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                yield return word[..^ending.Length];
            }
        }
    }

    // meN-/peN- drop or change the root's first consonant: meng+k, meny+s, mem+p, men+t; the others are cut as they are.
    private static IEnumerable<string> Prefixes(string word)
    {
        if (word.Length < 5)
        {
            yield break;
        }

        foreach (var nasal in new[] { "me", "pe" })
        {
            if (!word.StartsWith(nasal, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = word[2..];
            if (rest.StartsWith("ng", StringComparison.Ordinal))
            {
                yield return rest[2..];
                yield return "k" + rest[2..];
            }
            else if (rest.StartsWith("ny", StringComparison.Ordinal))
            {
                yield return "s" + rest[2..];
                yield return rest[1..];
            }
            else if (rest.StartsWith('m'))
            {
                yield return "p" + rest[1..];
                yield return rest[1..];
            }
            else if (rest.StartsWith('n'))
            {
                yield return "t" + rest[1..];
                yield return rest[1..];
            }
            else
            {
                yield return rest;
            }
        }

        foreach (var prefix in new[] { "memper", "diper", "ber", "ter", "per", "be", "di", "ke", "se" })
        {
            if (word.Length - prefix.Length >= 3 && word.StartsWith(prefix, StringComparison.Ordinal))
            {
                var rest = word[prefix.Length..];
                yield return rest;
                foreach (var inner in Strip(rest, MalaySuffixes))
                {
                    yield return inner;
                }
            }
        }
    }
}
