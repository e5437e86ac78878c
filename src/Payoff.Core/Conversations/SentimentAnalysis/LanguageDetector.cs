using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace Payoff.Core.Conversations.SentimentAnalysis;

/// <summary>
/// Tells which of a workspace's languages (<see cref="LanguageRules.All"/> by default: English, Indonesian, Malay, Polish;
/// any of <see cref="LanguageRules.Supported"/> when the workspace adds them) a short message is written in, from its frequent function words (<see cref="LanguageRules.Markers"/>, a word shared by several
/// languages counting for each a share) and Polish letters (ą ć ę ł ń ó ś ź ż). Short social messages carry few such
/// words, so the answer is a best guess: a message with no marker at all is "und" (undetermined, ISO 639-2), or the
/// workspace's default when one is given. Indonesian and Malay share most words; the words only one of them uses
/// ("gak", "banget", "toko" against "tak", "boleh", "kedai") decide, and a tie goes to the default or to Indonesian.
/// </summary>
public static class LanguageDetector
{
    /// <summary>The code for a language that could not be determined (ISO 639-2).</summary>
    public const string Undetermined = "und";

    private static readonly ConcurrentDictionary<string, Candidates> BySet = new(StringComparer.Ordinal);

    /// <summary>
    /// The ISO 639-1 code of the language of <paramref name="text"/> among <paramref name="languages"/> (default
    /// <see cref="LanguageRules.All"/>), or <paramref name="fallback"/> (default <see cref="Undetermined"/>) when no
    /// marker is found.
    /// </summary>
    public static string Detect(string? text, string fallback = Undetermined, IReadOnlyList<LanguageRules>? languages = null) =>
        Detect(TextTokens.Split(text, _ => false).Tokens, text, fallback, languages);

    /// <summary>The language of a message already split into <paramref name="tokens"/> (see <see cref="Detect(string?, string, IReadOnlyList{LanguageRules}?)"/>).</summary>
    public static string Detect(IReadOnlyList<TextToken> tokens, string? text, string fallback = Undetermined, IReadOnlyList<LanguageRules>? languages = null)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var set = For(languages ?? LanguageRules.All);
        var scores = new double[set.Languages.Length];
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Word && set.Weights.TryGetValue(token.Text, out var weights))
            {
                foreach (var (language, weight) in weights)
                {
                    scores[language] += weight;
                }
            }
        }

        if (text is not null && set.Polish >= 0)
        {
            foreach (var c in text)
            {
                if ("ąćęłńśźżĄĆĘŁŃŚŹŻ".Contains(c, StringComparison.Ordinal))
                {
                    scores[set.Polish] += 1.5;
                }
            }
        }

        var best = -1;
        for (var l = 0; l < scores.Length; l++)
        {
            if (scores[l] > 0 && (best < 0 || scores[l] > scores[best] || (scores[l] == scores[best] && set.Languages[l].Code == fallback)))
            {
                best = l;
            }
        }

        return best < 0 ? fallback : set.Languages[best].Code;
    }

    private static Candidates For(IReadOnlyList<LanguageRules> languages) =>
        BySet.GetOrAdd(string.Join(',', languages.Select(l => l.Code)), _ => new Candidates(languages));

    // One set of candidate languages: for each marker, the languages it belongs to and its weight there. A marker used by
    // k of the candidates weighs 1/k in each; a candidate's marker list longer than 150 words (the stopwords-iso lists of
    // LanguageRules.Further) weighs each of its words less, by √(150 / length), so a long list does not outvote a short one.
    private sealed class Candidates
    {
        public Candidates(IReadOnlyList<LanguageRules> languages)
        {
            Languages = [.. languages.DistinctBy(l => l.Code)];
            Polish = Array.FindIndex(Languages, l => l.Code == "pl");
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var language in Languages)
            {
                foreach (var marker in language.Markers)
                {
                    counts[marker] = counts.GetValueOrDefault(marker) + 1;
                }
            }

            var weights = new Dictionary<string, List<(int, double)>>(StringComparer.Ordinal);
            for (var l = 0; l < Languages.Length; l++)
            {
                var scale = Math.Sqrt(Math.Min(1, 150.0 / Math.Max(1, Languages[l].Markers.Count)));
                foreach (var marker in Languages[l].Markers)
                {
                    if (!weights.TryGetValue(marker, out var list))
                    {
                        weights[marker] = list = [];
                    }

                    list.Add((l, scale / counts[marker]));
                }
            }

            Weights = weights.ToFrozenDictionary(w => w.Key, w => w.Value.ToArray(), StringComparer.Ordinal);
        }

        public LanguageRules[] Languages { get; }

        public int Polish { get; }

        public FrozenDictionary<string, (int Language, double Weight)[]> Weights { get; }
    }
}
