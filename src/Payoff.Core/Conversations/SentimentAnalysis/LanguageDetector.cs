namespace Payoff.Core.Conversations.SentimentAnalysis;

/// <summary>
/// Tells which of Payoff's languages (<see cref="LanguageRules.All"/>: English, Indonesian, Malay, Polish) a short
/// message is written in, from its frequent function words (<see cref="LanguageRules.Markers"/>, a word shared by several
/// languages counting for each a share) and Polish letters (ą ć ę ł ń ó ś ź ż). Short social messages carry few such
/// words, so the answer is a best guess: a message with no marker at all is "und" (undetermined, ISO 639-2), or the
/// workspace's default when one is given. Indonesian and Malay share most words; the words only one of them uses
/// ("gak", "banget", "toko" against "tak", "boleh", "kedai") decide, and a tie goes to the default or to Indonesian.
/// </summary>
public static class LanguageDetector
{
    /// <summary>The code for a language that could not be determined (ISO 639-2).</summary>
    public const string Undetermined = "und";

    private static readonly Dictionary<string, double> Weights = BuildWeights();

    /// <summary>
    /// The ISO 639-1 code of the language of <paramref name="text"/>, or <paramref name="fallback"/> (default
    /// <see cref="Undetermined"/>) when no marker is found.
    /// </summary>
    public static string Detect(string? text, string fallback = Undetermined) => Detect(TextTokens.Split(text, _ => false).Tokens, text, fallback);

    /// <summary>The language of a message already split into <paramref name="tokens"/> (see <see cref="Detect(string?, string)"/>).</summary>
    public static string Detect(IReadOnlyList<TextToken> tokens, string? text, string fallback = Undetermined)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var scores = new double[LanguageRules.All.Count];
        foreach (var token in tokens)
        {
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            for (var l = 0; l < scores.Length; l++)
            {
                if (LanguageRules.All[l].Markers.Contains(token.Text) && Weights.TryGetValue(token.Text, out var weight))
                {
                    scores[l] += weight;
                }
            }
        }

        if (text is not null)
        {
            var polish = LanguageRules.All.ToList().FindIndex(l => l.Code == "pl");
            foreach (var c in text)
            {
                if ("ąćęłńśźżĄĆĘŁŃŚŹŻ".Contains(c, StringComparison.Ordinal))
                {
                    scores[polish] += 1.5;
                }
            }
        }

        var best = -1;
        for (var l = 0; l < scores.Length; l++)
        {
            if (scores[l] > 0 && (best < 0 || scores[l] > scores[best] || (scores[l] == scores[best] && LanguageRules.All[l].Code == fallback)))
            {
                best = l;
            }
        }

        return best < 0 ? fallback : LanguageRules.All[best].Code;
    }

    // A marker used by k languages weighs 1/k in each.
    private static Dictionary<string, double> BuildWeights()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var language in LanguageRules.All)
        {
            foreach (var marker in language.Markers)
            {
                counts[marker] = counts.GetValueOrDefault(marker) + 1;
            }
        }

        return counts.ToDictionary(c => c.Key, c => 1.0 / c.Value, StringComparer.Ordinal);
    }
}
