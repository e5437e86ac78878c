using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Payoff.Core.Conversations.SentimentAnalysis;

/// <summary>
/// One language's sentiment words with their valence on VADER's scale (−4 most negative … +4 most positive), read from
/// the embedded lists in <c>Conversations/SentimentAnalysis/Lexicons</c>: the published list (<c>xx.tsv</c>, built by
/// <c>tools/sentiment/build-lexicons.mjs</c> from VADER, AFINN-165 and its translations; sources and licences in that
/// folder's NOTICE.md) and Payoff's own additions and corrections (<c>xx.custom.tsv</c>, which win). A word is found as
/// written, then without diacritics ("polecam" for "polecam", "swietny" for "świetny"), then by its stem
/// (<see cref="Stemmer"/>: Indonesian and Malay affixes, Polish and English endings), the last two only for words of
/// at least four letters. Phrases of two to six words ("boleh tahan", "nie polecam") are found by
/// <see cref="Phrase"/>. Thread-safe; what a lookup found is remembered.
/// </summary>
public sealed class Lexicon
{
    /// <summary>
    /// The weight of a machine-translated word list's valence (the Indonesian, Malay and Polish AFINN translations): a
    /// word translated out of context often carries another sense in the target language (Polish "pokój" is both "room"
    /// and "peace"), so such a word counts for less than one rated in its own language or corrected by Payoff.
    /// </summary>
    public const double TranslatedWeight = 0.6;

    private const int CacheLimit = 200_000;
    private readonly FrozenDictionary<string, double> words;
    private readonly FrozenDictionary<string, double> folded;
    private readonly FrozenDictionary<string, double> stems;
    private readonly FrozenDictionary<string, double> phrases;
    private readonly ConcurrentDictionary<string, double?> found = new(StringComparer.Ordinal);

    private Lexicon(string code, Dictionary<string, double> entries)
    {
        Code = code;
        words = entries.Where(e => !e.Key.Contains(' ', StringComparison.Ordinal)).ToFrozenDictionary(StringComparer.Ordinal);
        phrases = entries.Where(e => e.Key.Contains(' ', StringComparison.Ordinal)).ToFrozenDictionary(StringComparer.Ordinal);
        var byFolded = new Dictionary<string, double>(StringComparer.Ordinal);
        var byStem = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        foreach (var (word, valence) in words)
        {
            var plain = Fold(word);
            byFolded.TryAdd(plain, valence);
            if (valence == 0)
            {
                continue;
            }

            foreach (var stem in Stemmer.Stems(code, plain))
            {
                if (!byStem.TryGetValue(stem, out var list))
                {
                    byStem[stem] = list = [];
                }

                list.Add(valence);
            }
        }

        folded = byFolded.ToFrozenDictionary(StringComparer.Ordinal);

        // A stem shared by words of opposite sign ("zadowolony" and "niezadowolony" never share one, but translations
        // can) is left out: the stem alone does not say which.
        stems = byStem.Where(s => s.Value.All(v => v > 0) || s.Value.All(v => v < 0))
            .ToFrozenDictionary(s => s.Key, s => Math.Round(s.Value.Average(), 2), StringComparer.Ordinal);
    }

    /// <summary>The language's ISO 639-1 code, or <c>emoji</c> for the emoji list.</summary>
    public string Code { get; }

    /// <summary>How many single words and phrases the lexicon holds.</summary>
    public int Count => words.Count + phrases.Count;

    /// <summary>The valence of <paramref name="token"/> (lower case): 0 for a word known to carry no sentiment, null when the lexicon does not know it.</summary>
    public double? Valence(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (words.TryGetValue(token, out var exact))
        {
            return exact;
        }

        if (found.TryGetValue(token, out var known))
        {
            return known;
        }

        var result = Search(token);
        if (found.Count < CacheLimit)
        {
            found.TryAdd(token, result);
        }

        return result;
    }

    /// <summary>The valence of the phrase of two to six lower-case words joined by single spaces, or null.</summary>
    public double? Phrase(string phrase) =>
        phrases.TryGetValue(phrase ?? throw new ArgumentNullException(nameof(phrase)), out var v) ? v
        : phrases.Count > 0 && phrases.TryGetValue(Fold(phrase), out var f) ? f : null;

    /// <summary>Whether the lexicon has any phrase (two or three words) at all.</summary>
    public bool HasPhrases => phrases.Count > 0;

    /// <summary><paramref name="text"/> without diacritics (NFD, combining marks removed; ł → l), lower case.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.All(char.IsAscii))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c switch { 'ł' => 'l', 'Ł' => 'L', _ => c });
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The lexicon of language <paramref name="code"/> (one of <see cref="LanguageRules.Supported"/>) or <c>emoji</c>, loaded once.</summary>
    /// <exception cref="ArgumentException">Payoff has no lexicon for <paramref name="code"/>.</exception>
    public static Lexicon For(string code) => Loaded.GetOrAdd(code, c => Load(c));

    private static readonly ConcurrentDictionary<string, Lexicon> Loaded = new(StringComparer.Ordinal);

    private double? Search(string token)
    {
        if (token.Length > 3)
        {
            var plain = Fold(token);
            if (folded.TryGetValue(plain, out var f))
            {
                return f;
            }

            foreach (var stem in Stemmer.Stems(Code, plain))
            {
                if (words.TryGetValue(stem, out var w) || folded.TryGetValue(stem, out w) || stems.TryGetValue(stem, out w))
                {
                    return w;
                }
            }
        }

        return null;
    }

    private static Lexicon Load(string code)
    {
        var entries = new Dictionary<string, double>(StringComparer.Ordinal);
        Read($"{code}.tsv", entries, required: true, code is "en" or "emoji" ? 1 : TranslatedWeight);
        // A function word of the language carries no sentiment, whatever a translation made of it (Polish "na" listed as
        // positive): the rules' stop words are set to 0 unless Payoff's own list rates them. The further languages' stop
        // words come from a general list that holds sentiment words too (Spanish "bien", "mal"): only their words of one
        // or two letters are set to 0.
        if (LanguageRules.Find(code) is { } rules && LanguageRules.All.Contains(rules) && code != "en")
        {
            foreach (var word in rules.StopWords)
            {
                if (entries.ContainsKey(word) || word.Length <= 2)
                {
                    entries[word] = 0;
                }
            }

            foreach (var word in entries.Keys.Where(w => w.Length <= 2).ToList())
            {
                entries[word] = 0;
            }
        }
        else if (code is not ("en" or "emoji"))
        {
            foreach (var word in entries.Keys.Where(w => w.Length <= 2).ToList())
            {
                entries[word] = 0;
            }
        }

        Read($"{code}.custom.tsv", entries, required: false, 1);
        return new Lexicon(code, entries);
    }

    /// <summary>The words of the embedded list <paramref name="file"/> (its first column), in file order: stop-word lists.</summary>
    internal static IReadOnlyList<string> ReadWords(string file)
    {
        var entries = new Dictionary<string, double>(StringComparer.Ordinal);
        Read(file, entries, required: true, 1);
        return [.. entries.Keys];
    }

    private static void Read(string file, Dictionary<string, double> entries, bool required, double weight)
    {
        var name = $"Payoff.Core.Conversations.SentimentAnalysis.Lexicons.{file}";
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream(name);
        if (stream is null)
        {
            if (required)
            {
                throw new ArgumentException($"Payoff has no sentiment lexicon '{file}'.", nameof(file));
            }

            return;
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        var line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Length == 0 || text[0] == '#')
            {
                continue;
            }

            var tab = text.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0 || !double.TryParse(text.AsSpan(tab + 1).Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var valence) || valence is < -4 or > 4)
            {
                throw new InvalidDataException($"{file}, line {line}: expected a word, a tab and a valence from -4 to 4.");
            }

            // A valence of 0 (a correction: the published list's word carries no sentiment here) is kept, so the word is
            // not found again through its stem.
            entries[text[..tab].Trim().ToLowerInvariant().Normalize(NormalizationForm.FormC)] = Math.Round(valence * weight, 2);
        }
    }
}
