using System.Globalization;
using Payoff.Core.Conversations.SentimentAnalysis;
using Payoff.Core.Statistics;
using Payoff.Core.Workspaces;

namespace Payoff.Core.Conversations;

/// <summary>One period of the conversations report.</summary>
/// <param name="Start">Its first local day (clipped to the report's range).</param>
/// <param name="End">Its last local day (clipped to the report's range).</param>
/// <param name="Mentions">Inbound mentions.</param>
/// <param name="Comments">Inbound comments and replies from people.</param>
/// <param name="Reviews">Inbound reviews.</param>
/// <param name="DirectMessages">Inbound direct messages (service, not buzz).</param>
/// <param name="Outbound">The brand's own replies and messages.</param>
/// <param name="Negative">Inbound messages whose effective sentiment is negative.</param>
/// <param name="Neutral">… neutral.</param>
/// <param name="Positive">… positive.</param>
public sealed record ConversationPeriod(DateOnly Start, DateOnly End, long Mentions, long Comments, long Reviews, long DirectMessages, long Outbound, long Negative, long Neutral, long Positive)
{
    /// <summary>The buzz: people talking about the brand in public — mentions, comments and reviews (direct messages are service, counted apart).</summary>
    public long Buzz => Mentions + Comments + Reviews;

    /// <summary>Inbound messages with a sentiment (the shares' base).</summary>
    public long Scored => Negative + Neutral + Positive;

    /// <summary>Local days of the period inside the report's range (the trend's exposure).</summary>
    public int Days => End.DayNumber - Start.DayNumber + 1;
}

/// <summary>One network's inbound messages and negative share, now and in the period before.</summary>
/// <param name="Network">The network.</param>
/// <param name="Buzz">Mentions, comments and reviews in the period.</param>
/// <param name="Inbound">Every inbound message in the period (direct messages too).</param>
/// <param name="Negative">Negative share of the scored inbound messages, with its 95 % Wilson interval.</param>
/// <param name="PreviousNegative">The same in the period before.</param>
/// <param name="PValue">The two-proportion z-test of the change, Holm-adjusted over the report's networks (null when either period has no scored message).</param>
public sealed record NetworkConversations(string Network, long Buzz, long Inbound, WilsonInterval Negative, WilsonInterval PreviousNegative, double? PValue)
{
    /// <summary>Whether the negative share rose significantly (p &lt; 0.05 and higher now): what the verdict names.</summary>
    public bool NegativeRose => PValue is < 0.05 && Negative.Rate > PreviousNegative.Rate;
}

/// <summary>A word found in more negative messages than in the period before (stop words left out).</summary>
/// <param name="Language">The messages' language (ISO 639-1, <c>und</c> undetermined).</param>
/// <param name="Word">The word, lower case.</param>
/// <param name="Current">Negative messages holding it in the period.</param>
/// <param name="Previous">… in the period before.</param>
public sealed record RisingWord(string Language, string Word, long Current, long Previous);

/// <summary>
/// Is the buzz growing, positive or negative? Per period: mentions, comments, reviews (the buzz), direct messages, the
/// brand's replies, and the sentiment of inbound messages; the buzz's trend (<see cref="QuasiPoissonTrend"/>, periods
/// weighted by their days in the range, as the verdict tests traffic); the shares of negative, neutral and positive
/// inbound messages with 95 % Wilson intervals; the negative share against the period of equal length before (two-
/// proportion z-test), in all and per network; the words rising in negative messages per language; and the posts with
/// the most messages.
/// </summary>
/// <param name="Filter">The days and network reported.</param>
/// <param name="Bucket">Days, weeks or months.</param>
/// <param name="Previous">The period of equal length just before, compared with.</param>
/// <param name="Periods">Each period, oldest first, empty ones included.</param>
/// <param name="Trend">The buzz's trend per period from the first period holding any message, or null with fewer than three such periods or no buzz.</param>
/// <param name="Negative">Negative share of the scored inbound messages (95 % Wilson).</param>
/// <param name="Neutral">Neutral share.</param>
/// <param name="Positive">Positive share.</param>
/// <param name="PreviousNegative">Negative share in the period before.</param>
/// <param name="NegativeChangeP">The two-proportion test's p-value of the negative share's change, or null.</param>
/// <param name="PreviousBuzz">The buzz in the period before.</param>
/// <param name="Networks">Per network, the most buzz first.</param>
/// <param name="RisingWords">Per language, the words most added in negative messages.</param>
/// <param name="Posts">The posts with the most inbound messages.</param>
/// <param name="Summary">The sentences that say it, each quoting the figures above.</param>
public sealed record ConversationReport(
    ConversationFilter Filter,
    ConversationBucket Bucket,
    DateRange Previous,
    IReadOnlyList<ConversationPeriod> Periods,
    CountTrend? Trend,
    WilsonInterval Negative,
    WilsonInterval Neutral,
    WilsonInterval Positive,
    WilsonInterval PreviousNegative,
    double? NegativeChangeP,
    long PreviousBuzz,
    IReadOnlyList<NetworkConversations> Networks,
    IReadOnlyList<RisingWord> RisingWords,
    IReadOnlyList<PostDiscussion> Posts,
    IReadOnlyList<string> Summary)
{
    /// <summary>The buzz over the whole period.</summary>
    public long Buzz => Periods.Sum(p => p.Buzz);

    /// <summary>Builds the report from <paramref name="reader"/>.</summary>
    public static async Task<ConversationReport> BuildAsync(IConversationReader reader, Workspace workspace, ConversationFilter filter, ConversationBucket bucket, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(filter);
        var range = filter.Range;
        var length = range.To.DayNumber - range.From.DayNumber + 1;
        var previous = new DateRange(range.From.AddDays(-length), range.From.AddDays(-1));
        var counts = await reader.ReadCountsAsync(workspace, filter, bucket, cancellationToken);
        var before = await reader.ReadCountsAsync(workspace, filter with { Range = previous }, ConversationBucket.Month, cancellationToken);
        var words = await reader.ReadNegativeWordsAsync(workspace, filter, previous, 300, cancellationToken);
        var posts = await reader.ReadPostsAsync(workspace, filter, 10, cancellationToken);

        var periods = Cut(range, bucket).Select(p => Period(p.Start, p.End, counts.Where(c => c.Period == First(p.Start, bucket)))).ToList();
        // Periods before the first message of any kind are before the data began, not zero buzz: the trend starts after them.
        var counted = periods.SkipWhile(p => p.Buzz + p.DirectMessages + p.Outbound == 0).ToList();
        var trend = counted.Count >= 3 && counted.Sum(p => p.Buzz) > 0
            ? QuasiPoissonTrend.Fit([.. counted.Select(p => p.Buzz)], [.. counted.Select(p => (double)p.Days)])
            : null;
        var now = Period(range.From, range.To, counts);
        var then = Period(previous.From, previous.To, before);
        var networks = counts.GroupBy(c => c.Network, StringComparer.OrdinalIgnoreCase)
            .Select(g =>
            {
                var mine = Period(range.From, range.To, g);
                var earlier = Period(previous.From, previous.To, before.Where(b => string.Equals(b.Network, g.Key, StringComparison.OrdinalIgnoreCase)));
                return new NetworkConversations(g.First().Network, mine.Buzz, mine.Buzz + mine.DirectMessages, new(mine.Negative, mine.Scored), new(earlier.Negative, earlier.Scored), Test(mine, earlier));
            })
            .OrderByDescending(n => n.Buzz).ThenBy(n => n.Network, StringComparer.OrdinalIgnoreCase)
            .ToList();

        // The networks are tested together: p-values adjusted by Holm's method, as the verdict does, so a chance rise on
        // one of six networks is not named (and the report and the verdict name the same networks).
        var tested = networks.Select((n, i) => (n, i)).Where(x => x.n.PValue is not null).ToList();
        var adjusted = Content.ContentComparison.Holm([.. tested.Select(x => x.n.PValue!.Value)]);
        for (var k = 0; k < tested.Count; k++)
        {
            networks[tested[k].i] = tested[k].n with { PValue = adjusted[k] };
        }

        // Words can only rise against an earlier period that has scored messages; without one every word would "rise".
        var rising = then.Scored > 0 ? Rising(words) : [];
        var report = new ConversationReport(
            filter, bucket, previous, periods, trend,
            new(now.Negative, now.Scored), new(now.Neutral, now.Scored), new(now.Positive, now.Scored),
            new(then.Negative, then.Scored), Test(now, then), then.Buzz, networks, rising, posts, []);
        return report with { Summary = ConversationSentences.Of(report) };
    }

    private static double? Test(ConversationPeriod now, ConversationPeriod then) =>
        now.Scored > 0 && then.Scored > 0 ? ProportionTest.PValue(now.Negative, now.Scored, then.Negative, then.Scored) : null;

    private static ConversationPeriod Period(DateOnly start, DateOnly end, IEnumerable<MessageCount> counts)
    {
        long mentions = 0, comments = 0, reviews = 0, direct = 0, outbound = 0, negative = 0, neutral = 0, positive = 0;
        foreach (var c in counts)
        {
            if (c.Direction == MessageDirection.Outbound)
            {
                outbound += c.Messages;
                continue;
            }

            switch (c.Kind)
            {
                case MessageKind.Mention: mentions += c.Messages; break;
                case MessageKind.Review: reviews += c.Messages; break;
                case MessageKind.DirectMessage: direct += c.Messages; break;
                default: comments += c.Messages; break;
            }

            switch (c.Sentiment)
            {
                case Sentiment.Negative: negative += c.Messages; break;
                case Sentiment.Neutral: neutral += c.Messages; break;
                case Sentiment.Positive: positive += c.Messages; break;
            }
        }

        return new ConversationPeriod(start, end, mentions, comments, reviews, direct, outbound, negative, neutral, positive);
    }

    // The periods of the range, each clipped to it.
    private static IEnumerable<(DateOnly Start, DateOnly End)> Cut(DateRange range, ConversationBucket bucket)
    {
        for (var start = First(range.From, bucket); start <= range.To; start = Next(start, bucket))
        {
            var end = Next(start, bucket).AddDays(-1);
            yield return (start < range.From ? range.From : start, end > range.To ? range.To : end);
        }
    }

    private static DateOnly First(DateOnly day, ConversationBucket bucket) => bucket switch
    {
        ConversationBucket.Day => day,
        ConversationBucket.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        _ => new DateOnly(day.Year, day.Month, 1),
    };

    private static DateOnly Next(DateOnly start, ConversationBucket bucket) => bucket switch
    {
        ConversationBucket.Day => start.AddDays(1),
        ConversationBucket.Week => start.AddDays(7),
        _ => start.AddMonths(1),
    };

    // Per language, the words in more negative messages than before, most added first; numbers, the stop words of the
    // message's language and of the four default languages (code-mixed messages) left out; at most ten per language.
    private static List<RisingWord> Rising(IReadOnlyList<WordCount> words)
    {
        var common = LanguageRules.All.SelectMany(l => l.StopWords).ToHashSet(StringComparer.Ordinal);
        bool Stop(string word, string language) =>
            common.Contains(word) || common.Contains(Lexicon.Fold(word))
            || (LanguageRules.Find(language) is { } rules && (rules.StopWords.Contains(word) || rules.StopWords.Contains(Lexicon.Fold(word))));
        return [.. words
            .Where(w => w.Current >= 3 && w.Current > w.Previous && !Stop(w.Word, w.Language))
            .GroupBy(w => w.Language, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .SelectMany(g => g.OrderByDescending(w => w.Current - w.Previous).ThenBy(w => w.Word, StringComparer.Ordinal).Take(10))
            .Select(w => new RisingWord(w.Language, w.Word, w.Current, w.Previous))];
    }
}

/// <summary>The conversations report's sentences, each quoting its figures.</summary>
internal static class ConversationSentences
{
    public static IReadOnlyList<string> Of(ConversationReport r)
    {
        var c = CultureInfo.InvariantCulture;
        var sentences = new List<string>();
        var unit = r.Bucket switch { ConversationBucket.Day => "day", ConversationBucket.Week => "week", _ => "month" };
        var buzz = r.Buzz;
        var days = r.Filter.Range.To.DayNumber - r.Filter.Range.From.DayNumber + 1;
        sentences.Add(string.Create(c, $"{buzz:N0} {(buzz == 1 ? "mention, comment or review" : "mentions, comments and reviews")} from {r.Filter.Range.From:yyyy-MM-dd} to {r.Filter.Range.To:yyyy-MM-dd}, against {r.PreviousBuzz:N0} in the {(days == 1 ? "day" : $"{days} days")} before{Change(buzz, r.PreviousBuzz)}."));
        if (r.Trend is { } t)
        {
            var change = t.ChangeOver(1);
            sentences.Add(t.Direction switch
            {
                TrendDirection.Rising => string.Create(c, $"The buzz per {unit} is growing: about {change:+0.# %;-0.# %;0 %} a {unit} (95 % interval {t.IntervalOver(1).Low:+0.# %;-0.# %;0 %} to {t.IntervalOver(1).High:+0.# %;-0.# %;0 %}, {t.Periods} {unit}s)."),
                TrendDirection.Falling => string.Create(c, $"The buzz per {unit} is shrinking: about {change:+0.# %;-0.# %;0 %} a {unit} (95 % interval {t.IntervalOver(1).Low:+0.# %;-0.# %;0 %} to {t.IntervalOver(1).High:+0.# %;-0.# %;0 %}, {t.Periods} {unit}s)."),
                _ => string.Create(c, $"The buzz per {unit} shows no clear trend over {t.Periods} {unit}s (95 % interval of the change {t.IntervalOver(1).Low:+0.# %;-0.# %;0 %} to {t.IntervalOver(1).High:+0.# %;-0.# %;0 %} a {unit})."),
            });
        }

        if (r.Negative.Trials > 0)
        {
            sentences.Add(string.Create(c, $"Of {r.Negative.Trials:N0} inbound {(r.Negative.Trials == 1 ? "message" : "messages")} with a sentiment, {r.Negative.Rate:0 %} were negative ({r.Negative.Low:0 %}–{r.Negative.High:0 %}), {r.Neutral.Rate:0 %} neutral and {r.Positive.Rate:0 %} positive."));
            if (r.NegativeChangeP is { } p && r.PreviousNegative.Rate is { } before)
            {
                var word = p < 0.05 ? (r.Negative.Rate > before ? "rose" : "fell") : "did not change significantly";
                sentences.Add(string.Create(c, $"The negative share {word}: {r.Negative.Rate:0 %} against {before:0 %} in the period before (p {P(p)}, {r.Negative.Trials:N0} and {r.PreviousNegative.Trials:N0} messages)."));
            }
        }

        foreach (var n in r.Networks.Where(n => n.NegativeRose))
        {
            sentences.Add(string.Create(c, $"On {n.Network} the negative share rose to {n.Negative.Rate:0 %} from {n.PreviousNegative.Rate:0 %} (p {P(n.PValue!.Value)}): look at what changed there."));
        }

        foreach (var language in r.RisingWords.GroupBy(w => w.Language))
        {
            var name = LanguageRules.Find(language.Key)?.Name ?? language.Key;
            sentences.Add(string.Create(c, $"Rising in negative {name} messages: {string.Join(", ", language.Take(5).Select(w => $"“{w.Word}” ({w.Previous} → {w.Current})"))}."));
        }

        return sentences;
    }

    private static string Change(long now, long before) =>
        before == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" ({(double)now / before - 1:+#,0.# %;-#,0.# %;0 %})");

    // "= 0.012" or "< 0.001", after "p".
    private static string P(double p) => p < 0.001 ? "< 0.001" : "= " + p.ToString("0.000", CultureInfo.InvariantCulture);
}
