using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Payoff.Core.Conversations.SentimentAnalysis;

/// <summary>
/// A multinomial naive Bayes classifier over a message's stemmed words and word pairs (Bernoulli-style: each feature
/// counted once per message), with add-one (Laplace) smoothing — the baseline of Pang, Lee and Vaithyanathan, "Thumbs
/// up? Sentiment classification using machine learning techniques" (EMNLP 2002). It is trained on Payoff's own labelled
/// development messages (<c>bench/Sentiment/labelled/LANG-dev*.csv</c>, never the test files) by
/// <c>Payoff.Bench.Sentiment --train</c>, which writes <c>Lexicons/LANG.model.tsv</c>: feature counts per class, shipped
/// inside the assembly; nothing is learned or downloaded at run time.
/// </summary>
/// <remarks>
/// <see cref="SentimentAnalyzer"/> adds the model's log-probabilities to the lexicon's score (a hybrid of a lexicon and a
/// classifier, as in Prabowo and Thelwall, "Sentiment analysis: A combined approach", Journal of Informetrics 2009): the
/// word lists carry what the few hundred labelled messages never saw, the model the vocabulary of complaints and praise
/// that states facts ("still waiting", "third time") where no sentiment word stands. A model ships only for a language
/// with at least <see cref="MinimumMessages"/> labelled development messages: with fewer, leave-one-out tests on the
/// development files showed it hurting (Indonesian and Malay, 102 messages each).
/// </remarks>
public sealed class SentimentModel
{
    /// <summary>The fewest features a message's scores are divided by the root of (see <see cref="LogScores"/>).</summary>
    public static int MinimumFeatures { get; set; } = 8;

    /// <summary>The fewest labelled messages a language's model is trained on.</summary>
    public const int MinimumMessages = 250;

    private static readonly ConcurrentDictionary<string, SentimentModel?> Loaded = new(StringComparer.Ordinal);
    private static readonly Lexicon English = Lexicon.For("en");

    private readonly FrozenDictionary<string, double[]> logLikelihoods;
    private readonly double[] logPriors;
    private readonly double[] unseen;

    private SentimentModel(string code, int[] messages, Dictionary<string, int[]> counts)
    {
        Code = code;
        Messages = messages.Sum();
        var totals = new double[3];
        foreach (var c in counts.Values)
        {
            for (var k = 0; k < 3; k++)
            {
                totals[k] += c[k];
            }
        }

        var vocabulary = counts.Count;
        logPriors = [.. messages.Select(m => Math.Log((m + 1.0) / (Messages + 3.0)))];
        logLikelihoods = counts.ToFrozenDictionary(c => c.Key, c => Enumerable.Range(0, 3).Select(k => Math.Log((c.Value[k] + 1.0) / (totals[k] + vocabulary))).ToArray(), StringComparer.Ordinal);
        unseen = [.. totals.Select(t => Math.Log(1.0 / (t + vocabulary)))];
        Counts = counts;
        ClassMessages = messages;
    }

    /// <summary>The language's ISO 639-1 code.</summary>
    public string Code { get; }

    /// <summary>The labelled messages it was trained on.</summary>
    public int Messages { get; }

    private Dictionary<string, int[]> Counts { get; }

    private int[] ClassMessages { get; }

    /// <summary>The model shipped for language <paramref name="code"/>, or null when there is none.</summary>
    public static SentimentModel? For(string code) => Loaded.GetOrAdd(code, Load);

    /// <summary>
    /// Trains a model for language <paramref name="code"/> from labelled messages.
    /// </summary>
    /// <exception cref="ArgumentException">Fewer than <see cref="MinimumMessages"/> messages.</exception>
    public static SentimentModel Train(string code, IEnumerable<(Sentiment Label, string Text)> labelled)
    {
        ArgumentNullException.ThrowIfNull(labelled);
        var messages = new int[3];
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var (label, text) in labelled)
        {
            messages[(int)label]++;
            foreach (var feature in Features(Tokens(text), code))
            {
                if (!counts.TryGetValue(feature, out var c))
                {
                    counts[feature] = c = new int[3];
                }

                c[(int)label]++;
            }
        }

        return messages.Sum() < MinimumMessages
            ? throw new ArgumentException($"A {code} model needs at least {MinimumMessages} labelled messages; got {messages.Sum()}.", nameof(labelled))
            : new SentimentModel(code, messages, counts);
    }

    /// <summary>
    /// The log-probability of each class (negative, neutral, positive; up to a shared constant) for a message's
    /// <paramref name="tokens"/> as <see cref="Tokens"/> splits it, divided by the square root of the number of features
    /// the model knows in it. Features never seen in training count nothing.
    /// </summary>
    public double[] LogScores(IReadOnlyList<TextToken> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var scores = (double[])logPriors.Clone();
        var known = 0;
        foreach (var feature in Features(tokens, Code))
        {
            if (logLikelihoods.TryGetValue(feature, out var l))
            {
                known++;
                for (var k = 0; k < 3; k++)
                {
                    scores[k] += l[k];
                }
            }
        }

        // Naive Bayes grows overconfident with every feature it adds (words and pairs are not independent): a long message
        // would outvote a plain "but the service was awful". Dividing by √(features known) keeps its say per message even.
        // A message of one or two known words ("hello") is shrunk further, towards the class shares of the training set.
        var scale = 1 / Math.Sqrt(Math.Max(MinimumFeatures, known));
        for (var k = 0; k < 3; k++)
        {
            scores[k] *= scale;
        }

        return scores;
    }

    /// <summary>A message's tokens as the analyzer and the model read them (emoticons: the English lexicon's).</summary>
    public static List<TextToken> Tokens(string? text) => TextTokens.Split(text, t => English.Valence(t) is not null).Tokens;

    /// <summary>The model as its resource file: a comment, the messages per class, then each feature's messages per class.</summary>
    public string Write()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# Payoff's naive Bayes sentiment model for '{Code}', trained on {Messages} labelled development messages (bench/Sentiment/labelled/{Code}-dev*.csv) by Payoff.Bench.Sentiment --train. Generated: do not edit.");
        text.AppendLine("# feature\tnegative\tneutral\tpositive (messages holding it); the first row: messages per class");
        text.AppendLine(CultureInfo.InvariantCulture, $"*\t{ClassMessages[0]}\t{ClassMessages[1]}\t{ClassMessages[2]}");
        foreach (var (feature, c) in Counts.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{feature}\t{c[0]}\t{c[1]}\t{c[2]}");
        }

        return text.ToString();
    }

    // Each stemmed word (without diacritics; its shortest stem) and each pair of neighbouring words, once per message.
    private static HashSet<string> Features(IReadOnlyList<TextToken> tokens, string code)
    {
        var features = new HashSet<string>(StringComparer.Ordinal);
        string? previous = null;
        foreach (var token in tokens)
        {
            var word = Lexicon.Fold(token.Text);
            var stem = token.Kind == TokenKind.Word ? Stemmer.Stems(code, word).LastOrDefault() ?? word : word;
            features.Add(stem);
            if (previous is not null && !token.ClauseBreak)
            {
                features.Add(previous + "_" + word);
            }

            previous = word;
        }

        return features;
    }

    private static SentimentModel? Load(string code)
    {
        using var stream = typeof(SentimentModel).Assembly.GetManifestResourceStream($"Payoff.Core.Conversations.SentimentAnalysis.Lexicons.{code}.model.tsv");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        var messages = new int[3];
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Length == 0 || text[0] == '#')
            {
                continue;
            }

            var parts = text.Split('\t');
            var values = new int[3];
            if (parts.Length != 4 || !Enumerable.Range(0, 3).All(k => int.TryParse(parts[k + 1], NumberStyles.None, CultureInfo.InvariantCulture, out values[k])))
            {
                throw new InvalidDataException($"{code}.model.tsv, line {line}: expected a feature and three counts separated by tabs.");
            }

            if (parts[0] == "*")
            {
                messages = values;
            }
            else
            {
                counts[parts[0]] = values;
            }
        }

        return new SentimentModel(code, messages, counts);
    }
}
