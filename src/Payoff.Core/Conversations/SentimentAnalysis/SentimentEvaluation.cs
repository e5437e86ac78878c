namespace Payoff.Core.Conversations.SentimentAnalysis;

/// <summary>Precision, recall and F1 of one sentiment class over a labelled set.</summary>
/// <param name="Sentiment">The class.</param>
/// <param name="Precision">Of the messages scored this class, the share labelled so (0–1; 0 when none was scored so).</param>
/// <param name="Recall">Of the messages labelled this class, the share scored so (0–1; 0 when none is labelled so).</param>
/// <param name="F1">The harmonic mean of precision and recall (0 when both are 0).</param>
/// <param name="Support">How many messages are labelled this class.</param>
public sealed record ClassScore(Sentiment Sentiment, double Precision, double Recall, double F1, int Support);

/// <summary>
/// How well the sentiment classes of a labelled set were found: accuracy, macro-F1 (the unweighted mean of the three
/// classes' F1, the measure the SemEval Twitter sentiment tasks rank by), each class's scores, and the confusion counts
/// (<c>Confusion[labelled, scored]</c>, classes in <see cref="Sentiment"/> order).
/// </summary>
/// <param name="Messages">How many labelled messages were scored.</param>
/// <param name="Accuracy">The share scored as labelled (0–1).</param>
/// <param name="MacroF1">The mean F1 of negative, neutral and positive (0–1).</param>
/// <param name="Classes">Each class's precision, recall, F1 and support.</param>
/// <param name="Confusion">Counts by labelled class (rows) and scored class (columns).</param>
public sealed record SentimentEvaluation(int Messages, double Accuracy, double MacroF1, IReadOnlyList<ClassScore> Classes, int[,] Confusion)
{
    /// <summary>Scores <paramref name="labelled"/> (labelled class and scored class per message).</summary>
    /// <exception cref="ArgumentException">No message.</exception>
    public static SentimentEvaluation Of(IEnumerable<(Sentiment Labelled, Sentiment Scored)> labelled)
    {
        ArgumentNullException.ThrowIfNull(labelled);
        var classes = Enum.GetValues<Sentiment>();
        var confusion = new int[classes.Length, classes.Length];
        var n = 0;
        foreach (var (truth, scored) in labelled)
        {
            confusion[(int)truth, (int)scored]++;
            n++;
        }

        if (n == 0)
        {
            throw new ArgumentException("An evaluation needs at least one labelled message.", nameof(labelled));
        }

        var scores = new List<ClassScore>();
        var correct = 0;
        foreach (var c in classes)
        {
            var i = (int)c;
            correct += confusion[i, i];
            int predicted = 0, actual = 0;
            for (var j = 0; j < classes.Length; j++)
            {
                predicted += confusion[j, i];
                actual += confusion[i, j];
            }

            var precision = predicted == 0 ? 0 : (double)confusion[i, i] / predicted;
            var recall = actual == 0 ? 0 : (double)confusion[i, i] / actual;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            scores.Add(new ClassScore(c, precision, recall, f1, actual));
        }

        return new SentimentEvaluation(n, (double)correct / n, scores.Average(s => s.F1), scores, confusion);
    }
}
