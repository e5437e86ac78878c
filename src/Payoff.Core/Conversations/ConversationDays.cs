using Payoff.Core.Conversations.SentimentAnalysis;
using Payoff.Core.Ledger;
using Payoff.Core.Workspaces;

namespace Payoff.Core.Conversations;

/// <summary>
/// Conversations as daily account metrics (<see cref="SocialDay"/>, account "conversations"), so goals and the KPI report
/// read them as they read a platform's daily numbers, per local day and network:
/// <c>mentions</c> (the buzz: inbound mentions, comments and reviews), <c>negative_mentions</c> and
/// <c>scored_mentions</c> (of the inbound messages with a sentiment, after corrections: the negative-mention share's
/// numerator and denominator), and for requests by the day they were asked (<see cref="ServiceReport"/>'s rules:
/// answered, or unanswered past the target at <c>now</c>) <c>requests</c>, <c>responses_in_target</c>, <c>responses</c>
/// and <c>response_minutes</c> (first-response minutes of the answered ones, in business hours when the workspace has them).
/// </summary>
public static class ConversationDays
{
    /// <summary>The account name the rows carry.</summary>
    public const string Account = "conversations";

    /// <summary>The metric names this adds to the daily account metrics.</summary>
    public static readonly IReadOnlyList<string> Metrics = ["mentions", "negative_mentions", "scored_mentions", "requests", "responses_in_target", "responses", "response_minutes"];

    /// <summary>The rows of <paramref name="counts"/> (cut by day) and <paramref name="requests"/>.</summary>
    public static IReadOnlyList<SocialDay> Of(IEnumerable<MessageCount> counts, IEnumerable<ServiceRequest> requests, ConversationSettings settings, WorkspaceCalendar calendar, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(calendar);
        var sums = new Dictionary<(DateOnly Day, string Network, string Metric), decimal>();
        void Add(DateOnly day, string network, string metric, decimal value)
        {
            if (value != 0)
            {
                sums[(day, network, metric)] = sums.GetValueOrDefault((day, network, metric)) + value;
            }
        }

        foreach (var c in counts.Where(c => c.Direction == MessageDirection.Inbound))
        {
            if (c.Kind != MessageKind.DirectMessage)
            {
                Add(c.Period, c.Network, "mentions", c.Messages);
            }

            if (c.Sentiment is { } s)
            {
                Add(c.Period, c.Network, "scored_mentions", c.Messages);
                Add(c.Period, c.Network, "negative_mentions", s == Sentiment.Negative ? c.Messages : 0);
            }
        }

        TimeSpan Elapsed(DateTimeOffset from, DateTimeOffset to) => settings.BusinessHours is { } hours ? hours.Elapsed(from, to, calendar) : to - from;
        foreach (var r in requests)
        {
            var day = calendar.DateOf(r.AskedAt);
            if (r.AnsweredAt is { } answered)
            {
                var minutes = Elapsed(r.AskedAt, answered).TotalMinutes;
                Add(day, r.Network, "requests", 1);
                Add(day, r.Network, "responses", 1);
                Add(day, r.Network, "response_minutes", Math.Round((decimal)minutes, 2));
                Add(day, r.Network, "responses_in_target", minutes <= settings.ResponseTarget.TotalMinutes ? 1 : 0);
            }
            else if (Elapsed(r.AskedAt, now) > settings.ResponseTarget)
            {
                Add(day, r.Network, "requests", 1);
            }
        }

        return [.. sums.OrderBy(s => s.Key.Day).ThenBy(s => s.Key.Network, StringComparer.Ordinal).ThenBy(s => s.Key.Metric, StringComparer.Ordinal)
            .Select(s => new SocialDay(s.Key.Day, s.Key.Network, Account, s.Key.Metric, s.Value))];
    }
}
