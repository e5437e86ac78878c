using System.Text.RegularExpressions;
using Payoff.Core.Conversations;
using Payoff.Core.Conversations.SentimentAnalysis;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.ClickHouse.Adapters;

/// <summary>
/// The conversations report's and the service report's aggregations over the workspace's current messages (corrections
/// applied), folded in C# by the embedded store's rules: counts per local day, week (from Monday) or month; negative
/// messages' words (three or more letters of any script, each counted once per message); the most discussed posts; and
/// service requests (an inbound message, not a mention, whose previous message in its thread is not inbound) with the
/// first answer after them.
/// </summary>
internal sealed partial class ClickHouseConversationReader(ClickHouseDatabase db, ClickHouseEvents events, ClickHouseConversationStore store) : IConversationReader, IServiceReader
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<MessageCount>> ReadCountsAsync(Workspace workspace, ConversationFilter filter, ConversationBucket bucket, CancellationToken cancellationToken = default)
    {
        var calendar = workspace.Calendar;
        return (await InPeriodAsync(workspace, filter).ConfigureAwait(false))
            .GroupBy(m => (Period: Period(calendar.LocalTime(m.CreatedAt), bucket), Network: m.Network.ToLowerInvariant(), m.Kind, m.Direction, m.Sentiment))
            .Select(g => (Shown: g.Select(m => m.Network).Order(StringComparer.Ordinal).First(), Group: g))
            .OrderBy(x => x.Group.Key.Period)
            .ThenBy(x => x.Shown.ToLowerInvariant(), StringComparer.Ordinal)
            .Select(x => new MessageCount(x.Group.Key.Period, x.Shown, x.Group.Key.Kind, x.Group.Key.Direction, x.Group.Key.Sentiment, x.Group.LongCount()))
            .ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<WordCount>> ReadNegativeWordsAsync(Workspace workspace, ConversationFilter filter, DateRange previous, int perLanguage, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentOutOfRangeException.ThrowIfLessThan(perLanguage, 1);
        var (start, end) = workspace.Calendar.Range(filter.Range.From, filter.Range.To);
        var before = workspace.Calendar.StartOfDay(previous.From);
        var network = Network(filter);
        var words = (await store.CurrentAsync(workspace, "created_at >= $2 AND created_at < $3 AND direction = 'inbound' AND text IS NOT NULL", ClickHouseDatabase.Micros(before), ClickHouseDatabase.Micros(end)).ConfigureAwait(false))
            .Where(m => m.Sentiment == Sentiment.Negative && (network is null || string.Equals(m.Network.ToLowerInvariant(), network, StringComparison.Ordinal)))
            .SelectMany(m => LetterRun().Matches(m.Text!.ToLowerInvariant()).Select(w => (Language: m.Language ?? "und", m.Network, m.MessageId, Current: m.CreatedAt >= start, Word: w.Value)))
            .Distinct()
            .GroupBy(w => (w.Language, w.Word))
            .Select(g => new WordCount(g.Key.Language, g.Key.Word, g.LongCount(w => w.Current), g.LongCount(w => !w.Current)));
        return words
            .GroupBy(w => w.Language, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .SelectMany(g => g.OrderByDescending(w => w.Current).ThenBy(w => w.Word, StringComparer.Ordinal).Take(perLanguage))
            .ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<PostDiscussion>> ReadPostsAsync(Workspace workspace, ConversationFilter filter, int top, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var discussed = (await InPeriodAsync(workspace, filter).ConfigureAwait(false))
            .Where(m => m.Direction == MessageDirection.Inbound && m.PostId is not null)
            .GroupBy(m => (Key: m.Network.ToLowerInvariant(), PostId: m.PostId!))
            .Select(g => (g.Key, Network: g.Select(m => m.Network).Order(StringComparer.Ordinal).First(), Messages: g.LongCount(),
                Negative: g.LongCount(m => m.Sentiment == Sentiment.Negative), Positive: g.LongCount(m => m.Sentiment == Sentiment.Positive)))
            .OrderByDescending(d => d.Messages).ThenBy(d => d.Key.Key, StringComparer.Ordinal).ThenBy(d => d.Key.PostId, StringComparer.Ordinal)
            .Take(top)
            .ToList();
        if (discussed.Count == 0)
        {
            return [];
        }

        var posts = (await ClickHouseImportStore.Posts(db).ReadAsync(
            workspace,
            await events.UndoneImportsAsync(workspace).ConfigureAwait(false),
            $"SELECT network, post_id, text, published_at, permalink FROM {ReplacingTable.CurrentRows} WHERE post_id IN $2",
            ClickHouseSql.In(discussed.Select(d => d.Key.PostId).Distinct())).ConfigureAwait(false))
            .GroupBy(r => (r[0]!.ToLowerInvariant(), r[1]!))
            .ToDictionary(g => g.Key, g => g.First());
        return discussed.Select(d =>
        {
            var post = posts.GetValueOrDefault(d.Key);
            return new PostDiscussion(d.Network, d.Key.PostId, d.Messages, d.Negative, d.Positive, post?[2], ClickHouseDatabase.InstantOrNull(post?[3]), post?[4]);
        }).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ServiceRequest>> ReadRequestsAsync(Workspace workspace, ConversationFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var (start, end) = workspace.Calendar.Range(filter.Range.From, filter.Range.To);
        var asked = (await InPeriodAsync(workspace, filter).ConfigureAwait(false))
            .Where(m => m.Direction == MessageDirection.Inbound && m.Kind != MessageKind.Mention)
            .Select(m => (m.Network, m.ThreadId))
            .ToHashSet();
        if (asked.Count == 0)
        {
            return [];
        }

        // Every message of those threads, whenever it came: answers may come after the period.
        var threads = (await store.CurrentAsync(workspace, "thread_id IN $2", ClickHouseSql.In(asked.Select(t => t.ThreadId).Distinct())).ConfigureAwait(false))
            .Where(m => asked.Contains((m.Network, m.ThreadId)))
            .GroupBy(m => (m.Network, m.ThreadId));
        var requests = new List<ServiceRequest>();
        foreach (var thread in threads)
        {
            var ordered = thread.OrderBy(m => m.CreatedAt).ThenBy(m => m.MessageId, StringComparer.Ordinal).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                var m = ordered[i];
                if (m.Direction != MessageDirection.Inbound || m.Kind == MessageKind.Mention || (i > 0 && ordered[i - 1].Direction == MessageDirection.Inbound) || m.CreatedAt < start || m.CreatedAt >= end)
                {
                    continue;
                }

                var answered = ordered.Skip(i + 1).Where(a => a.Direction == MessageDirection.Outbound).Select(a => (DateTimeOffset?)a.CreatedAt).Min();
                requests.Add(new ServiceRequest(m.Network, m.ThreadId, m.MessageId, m.Kind, m.CreatedAt, answered));
            }
        }

        return requests.OrderBy(r => r.AskedAt).ThenBy(r => r.Network, StringComparer.Ordinal).ThenBy(r => r.MessageId, StringComparer.Ordinal).ToList();
    }

    private async Task<IEnumerable<StoredMessage>> InPeriodAsync(Workspace workspace, ConversationFilter filter)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(filter);
        var (start, end) = workspace.Calendar.Range(filter.Range.From, filter.Range.To);
        var network = Network(filter);
        return (await store.CurrentAsync(workspace, "created_at >= $2 AND created_at < $3", ClickHouseDatabase.Micros(start), ClickHouseDatabase.Micros(end)).ConfigureAwait(false))
            .Where(m => network is null || string.Equals(m.Network.ToLowerInvariant(), network, StringComparison.Ordinal));
    }

    private static string? Network(ConversationFilter filter) => string.IsNullOrWhiteSpace(filter.Network) ? null : filter.Network.Trim().ToLowerInvariant();

    // The local period a local time falls in: its day, the Monday of its week, or the first of its month.
    private static DateOnly Period(DateTime local, ConversationBucket bucket)
    {
        var day = DateOnly.FromDateTime(local);
        return bucket switch
        {
            ConversationBucket.Day => day,
            ConversationBucket.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
            _ => new DateOnly(day.Year, day.Month, 1),
        };
    }

    [GeneratedRegex(@"\p{L}{3,}", RegexOptions.CultureInvariant)]
    private static partial Regex LetterRun();
}
