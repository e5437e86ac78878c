namespace Payoff.Core.Conversations.SentimentAnalysis;

/// <summary>A message's sentiment class.</summary>
public enum Sentiment
{
    /// <summary>The writer is unhappy with the brand, product or service.</summary>
    Negative,

    /// <summary>No sentiment, or as much of either: questions, information, requests.</summary>
    Neutral,

    /// <summary>The writer is pleased with the brand, product or service.</summary>
    Positive,
}

/// <summary>
/// What <see cref="SentimentAnalyzer"/> found in a message.
/// </summary>
/// <param name="Sentiment">Negative, neutral or positive: <see cref="Score"/> against <see cref="SentimentAnalyzer.Threshold"/>, or for a
/// language with a trained model (English, Polish) the most probable class unless the word lists are decisive.</param>
/// <param name="Score">From −1 (most negative) to +1 (most positive): VADER's compound score of the word lists (0 with no sentiment
/// word), or where a model took part, P(positive) − P(negative) of the combined reading.</param>
/// <param name="Language">The ISO 639-1 code the message was scored in (given or detected), or <c>und</c>.</param>
public readonly record struct SentimentResult(Sentiment Sentiment, double Score, string Language);

/// <summary>
/// Scores the sentiment of short social messages in English, Indonesian, Malay and Polish with VADER's rules (Hutto and
/// Gilbert, "VADER: A Parsimonious Rule-based Model for Sentiment Analysis of Social Media Text", ICWSM 2014) over each
/// language's <see cref="Lexicon"/> and <see cref="LanguageRules"/>: every known word's valence (−4..+4), made stronger by a
/// booster within the three words before it (also right after it in Indonesian and Malay: "bagus banget", "sedap gila"),
/// weaker by a dampener, flipped and shrunk (× −0.74) by a negator within the three words before it in the same sentence and clause (not across a comma),
/// +0.733 for a word in capitals among words that are not; a contrast word ("but", "tapi", "ale") halves what came before
/// it and adds half to what follows; each '!' (up to four) adds 0.292 in the message's direction. Emoji count from the
/// Emoji Sentiment Ranking. A word the message's language does not know is looked up in the sibling language
/// (Indonesian ↔ Malay) and then in English, as customers mix languages. The sum s becomes the compound score
/// s / √(s² + 15), and the class is positive at ≥ <see cref="Threshold"/>, negative at ≤ −<see cref="Threshold"/>. For a
/// language with a trained <see cref="SentimentModel"/> (English, Polish) a compound score under <see cref="Decisive"/> is
/// read together with the model's class probabilities (<see cref="ModelWeight"/>), which see complaints and praise that
/// state facts where no sentiment word stands.
/// Sarcasm marked by an eye-roll or upside-down face (🙄 🙃 😒) turns the praise in its message negative. Accuracy per
/// language on Payoff's labelled test set is in bench/RESULTS.md. Stateless and thread-safe.
/// </summary>
public sealed class SentimentAnalyzer
{
    /// <summary>VADER's increment for a booster or a word in capitals.</summary>
    private const double Boost = 0.293;
    private const double Capitals = 0.733;
    private const double Negation = -0.74;
    private const double Exclamation = 0.292;

    /// <summary>The weight of a positive word in a question (a question to a business mostly asks).</summary>
    private const double AskedPraiseWeight = 0.2;

    /// <summary>The weight of a negative word in a question that is not exasperated.</summary>
    private const double AskedComplaintWeight = 0.5;

    private static readonly HashSet<string> IronyMarks = ["🙄", "🙃", "😒", "🤦", "😑"];

    private readonly Lexicon english = Lexicon.For("en");
    private readonly Lexicon emoji = Lexicon.For("emoji");

    /// <summary>The class boundary on the compound score: at least this is positive, at most minus this negative.</summary>
    public double Threshold { get; init; } = 0.2;

    /// <summary>
    /// The trained <see cref="SentimentModel"/> of a language (by ISO 639-1 code), or null: a language with one (English and
    /// Polish) is classified by the model and the word lists together, any other by the word lists alone. Default: the
    /// models shipped with Payoff (<see cref="SentimentModel.For"/>); <c>_ =&gt; null</c> scores by the word lists alone.
    /// </summary>
    public Func<string, SentimentModel?> Models { get; init; } = SentimentModel.For;

    /// <summary>
    /// How much the word lists' compound score counts beside a model's log-probabilities: 5, chosen by leave-one-file-out
    /// tests on the development files (bench/RESULTS.md).
    /// </summary>
    public double ModelWeight { get; init; } = 1.5;

    /// <summary>
    /// The word lists' compound score (either sign) from which they decide alone, however a model reads the message: 0.5,
    /// so a plain "the food was good but the service was awful" stays negative (chosen with <see cref="ModelWeight"/>).
    /// </summary>
    public double Decisive { get; init; } = 0.5;

    /// <summary>Whether a message that is one plain question (every word asked, none exasperated) skips the model.</summary>
    public bool SkipQuestions { get; init; } = true;

    /// <summary>Whether a message with a contrast word ("but", "ale") and sentiment words is read by the rules alone, which weigh its clauses.</summary>
    public bool SkipContrasts { get; init; } = true;

    /// <summary>
    /// The languages a message without a known language is detected among (<see cref="LanguageRules.All"/> by default; a
    /// workspace's <see cref="ConversationSettings.Languages"/>). A message whose language is given is scored in it when
    /// Payoff has its rules (<see cref="LanguageRules.Supported"/>), whether or not it is in this list.
    /// </summary>
    public IReadOnlyList<LanguageRules> Languages { get; init; } = LanguageRules.All;

    /// <summary>The analyzer Payoff uses, with the default threshold.</summary>
    public static SentimentAnalyzer Default { get; } = new();

    /// <summary>
    /// The sentiment of <paramref name="text"/>, scored in <paramref name="language"/> (an ISO 639-1 code; detected when
    /// null or not one of Payoff's languages, English when nothing is detected).
    /// </summary>
    public SentimentResult Score(string? text, string? language = null) => Score(text, language, null);

    /// <summary>
    /// The sentiment of <paramref name="text"/> as <see cref="Score(string?, string?)"/> gives it, with the words, phrases
    /// and emoji that counted and their weighted valence (after boosters, negation, contrast, quotes and irony), in order:
    /// why a message was scored so.
    /// </summary>
    public (SentimentResult Result, IReadOnlyList<(string Text, double Valence)> Contributions) Explain(string? text, string? language = null)
    {
        var contributions = new List<(string, double)>();
        return (Score(text, language, contributions), contributions);
    }

    private SentimentResult Score(string? text, string? language, List<(string, double)>? contributions)
    {
        var (tokens, exclamations, _) = TextTokens.Split(text, t => english.Valence(t) is not null);
        var rules = LanguageRules.Find(language);
        var code = rules?.Code ?? LanguageDetector.Detect(tokens, text, languages: Languages);
        rules ??= LanguageRules.Find(code) ?? LanguageRules.English;
        var own = Lexicon.For(rules.Code);
        var sibling = rules.Sibling is { } s ? Lexicon.For(s) : null;
        var mixedCase = tokens.Any(t => t.Shouted) && tokens.Any(t => t.Kind == TokenKind.Word && !t.Shouted && t.Text.Any(char.IsLetter));

        var values = new List<(int At, double Value, string Text)>();
        var consumed = new bool[tokens.Count]; // tokens of a phrase already scored: they negate or boost nothing after it
        var ironic = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Emoji)
            {
                ironic |= IronyMarks.Contains(token.Text);
                if (emoji.Valence(token.Text) is { } e && e != 0)
                {
                    values.Add((i, e, token.Text));
                }

                continue;
            }

            if (token.Kind == TokenKind.Emoticon)
            {
                if (english.Valence(token.Text) is { } e && e != 0)
                {
                    values.Add((i, e, token.Text));
                }

                continue;
            }

            // A phrase first ("not worth", "nie polecam", "boleh tahan"), then the word unless it is a rule word.
            var (valence, length) = Phrase(tokens, i, own, sibling);
            if (valence is null)
            {
                if (IsRule(rules, token.Text))
                {
                    continue;
                }

                valence = Word(token.Text, rules, own, sibling);
                length = 1;
            }

            if (valence is not { } v || v == 0)
            {
                continue;
            }

            v = Adjust(v, tokens, consumed, i, length, rules, token.Shouted && mixedCase);
            values.Add((i, v, length == 1 ? token.Text : string.Join(' ', tokens.Skip(i).Take(length).Select(t => t.Text))));
            if (length > 1)
            {
                Array.Fill(consumed, true, i, length);
            }

            i += length - 1;
        }

        // The last contrast word: what came before counts half, what follows one and a half.
        var contrast = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Word && rules.Contrasts.Contains(tokens[i].Text) && i > 0)
            {
                contrast = i;
            }
        }

        double sum = 0;
        foreach (var (at, value, counted) in values)
        {
            var weighted = contrast < 0 ? value : at < contrast ? value * 0.5 : value * 1.5;
            if (tokens[at].Quoted && tokens[at].Asked)
            {
                // A quoted name in a question ("is the 'best seller' back?", "is 'Worst Nightmare' still on?").
                weighted = 0;
            }
            else if (weighted > 0 && tokens[at].Quoted)
            {
                // Quoted praise in a statement: scare quotes ("your '24h delivery'").
                weighted = -weighted * 0.5;
            }
            else if (ironic && weighted > 0 && tokens[at].Kind != TokenKind.Emoji)
            {
                weighted = -weighted * 0.5;
            }

            // A question to a business mostly asks ("is the good one back?", "what's the best way to reach you?"): its
            // praise counts for little and its complaint words for half — unless the question is exasperated ("??").
            if (tokens[at].Asked && !tokens[at].Exasperated)
            {
                weighted *= weighted > 0 ? AskedPraiseWeight : AskedComplaintWeight;
            }

            sum += weighted;
            contributions?.Add((counted, Math.Round(weighted, 3)));
        }

        if (sum != 0)
        {
            sum += Math.Sign(sum) * Math.Min(exclamations, 4) * Exclamation;
        }

        var compound = Math.Round(sum / Math.Sqrt((sum * sum) + 15), 4);
        // A plain question ("when will I get my refund?") is read by the rules' question weights alone: a model trained on
        // complaints would read its topic as the writer's mood.
        var question = tokens.Count > 0 && tokens.All(t => t.Asked && !t.Exasperated);
        if (Models(rules.Code) is { } model && Math.Abs(compound) < Decisive && !(question && SkipQuestions) && !(contrast >= 0 && compound != 0 && SkipContrasts))
        {
            return Combined(model, tokens, compound, code, contributions);
        }

        var sentiment = compound >= Threshold ? Sentiment.Positive : compound <= -Threshold ? Sentiment.Negative : Sentiment.Neutral;
        return new SentimentResult(sentiment, compound, code);
    }

    // The model's log-probabilities plus the lexicon's compound score c, weighted by ModelWeight: +c for positive, −c for
    // negative, (threshold − |c|) for neutral, so a strong word-list score still wins and a weak one leaves the model to decide.
    // The class is the most probable; the score P(positive) − P(negative) after a softmax, from −1 to +1.
    private SentimentResult Combined(SentimentModel model, List<TextToken> tokens, double compound, string code, List<(string, double)>? contributions)
    {
        var scores = model.LogScores(tokens);
        scores[(int)Sentiment.Negative] -= ModelWeight * compound;
        scores[(int)Sentiment.Neutral] += ModelWeight * (Threshold - Math.Abs(compound));
        scores[(int)Sentiment.Positive] += ModelWeight * compound;
        var top = scores.Max();
        var odds = scores.Select(v => Math.Exp(v - top)).ToArray();
        var total = odds.Sum();
        var best = (Sentiment)Array.IndexOf(scores, top);
        contributions?.Add((FormattableString.Invariant($"(word lists {compound:0.###}; with the {code} model: negative {odds[0] / total:0.00}, neutral {odds[1] / total:0.00}, positive {odds[2] / total:0.00})"), 0));
        return new SentimentResult(best, Math.Round((odds[2] - odds[0]) / total, 4), code);
    }

    private static bool IsRule(LanguageRules rules, string word) =>
        rules.Negators.Contains(word) || rules.Boosters.Contains(word) || rules.Dampeners.Contains(word) || rules.Contrasts.Contains(word);

    // The longest phrase (up to six words) starting at i, in the message's language, its sibling, or English.
    private (double? Valence, int Length) Phrase(List<TextToken> tokens, int i, Lexicon own, Lexicon? sibling)
    {
        for (var length = Math.Min(6, tokens.Count - i); length >= 2; length--)
        {
            if (i + length > tokens.Count || tokens.Skip(i).Take(length).Any(t => t.Kind != TokenKind.Word))
            {
                continue;
            }

            var phrase = string.Join(' ', tokens.Skip(i).Take(length).Select(t => t.Text));
            if ((own.Phrase(phrase) ?? sibling?.Phrase(phrase) ?? english.Phrase(phrase)) is { } v)
            {
                return (v, length);
            }
        }

        return (null, 1);
    }

    private double? Word(string word, LanguageRules rules, Lexicon own, Lexicon? sibling)
    {
        foreach (var form in Forms(word))
        {
            // English as the fallback for code-mixed text, but never for the language's own function words (German "war"
            // and "die" are not the English words).
            if ((own.Valence(form) ?? sibling?.Valence(form) ?? (form.Length >= 3 && (rules.Code == "en" || !rules.StopWords.Contains(form)) ? english.Valence(form) : null)) is { } v)
            {
                return v;
            }
        }

        // A Polish negated word written as one ("niesmaczne", "niepolecam") is its root negated.
        if (rules.Code == "pl" && word.Length > 6 && word.StartsWith("nie", StringComparison.Ordinal) && own.Valence(word[3..]) is { } root && root != 0)
        {
            return root * Negation;
        }

        return null;
    }

    // The word, then with letters repeated three or more times cut to two and to one ("sooo", "bagusss").
    private static IEnumerable<string> Forms(string word)
    {
        yield return word;
        var two = Squeeze(word, 2);
        if (two != word)
        {
            yield return two;
            var one = Squeeze(word, 1);
            if (one != two)
            {
                yield return one;
            }
        }
    }

    // Runs of three or more of one letter cut to `keep`; shorter runs stay.
    private static string Squeeze(string word, int keep)
    {
        var builder = new System.Text.StringBuilder(word.Length);
        for (var i = 0; i < word.Length;)
        {
            var run = 1;
            while (i + run < word.Length && word[i + run] == word[i])
            {
                run++;
            }

            builder.Append(word[i], run >= 3 ? keep : run);
            i += run;
        }

        return builder.ToString();
    }

    // Boosters, dampeners and negators around the sentiment word at i (of `length` tokens), within its sentence.
    private static double Adjust(double v, List<TextToken> tokens, bool[] consumed, int i, int length, LanguageRules rules, bool shouted)
    {
        var sign = Math.Sign(v);
        if (shouted)
        {
            v += sign * Capitals;
        }

        var negated = false;
        var crossedComma = false;
        for (var k = 1; k <= 3 && i - k >= 0; k++)
        {
            // A sentence break between the word and the one before ends the search; a comma keeps boosters but stops negators.
            if (tokens[i - k + 1].ClauseBreak)
            {
                break;
            }

            crossedComma |= tokens[i - k + 1].Comma;
            var before = tokens[i - k];
            if (before.Kind == TokenKind.Word && !consumed[i - k])
            {
                var decay = k == 1 ? 1 : k == 2 ? 0.95 : 0.9;
                if (rules.Boosters.Contains(before.Text))
                {
                    v += sign * Boost * decay;
                }
                else if (rules.Dampeners.Contains(before.Text))
                {
                    v -= sign * Boost * decay;
                }
                else if (rules.Negators.Contains(before.Text) && !crossedComma)
                {
                    negated = true;
                }
            }
        }

        // Indonesian and Malay put boosters after the word too: "bagus banget", "lambat gila", "sedap sangat".
        if (rules.Code is "id" or "ms")
        {
            for (var k = 0; k < 2 && i + length + k < tokens.Count; k++)
            {
                var after = tokens[i + length + k];
                if (after.ClauseBreak)
                {
                    break;
                }

                if (after.Kind == TokenKind.Word && rules.Boosters.Contains(after.Text))
                {
                    v += sign * Boost;
                    break;
                }
            }
        }

        return negated ? v * Negation : v;
    }
}
