using Payoff.Core.Events;

namespace Payoff.Core.Sessions;

/// <summary>Groups one visitor's hits into sessions (reference §3).</summary>
public sealed class Sessionizer(SessionOptions options)
{
    /// <summary>A sessionizer with the 30-minute default.</summary>
    public static Sessionizer Default { get; } = new(SessionOptions.Default);

    /// <summary>
    /// Splits the hits of one visitor into sessions: a gap of <see cref="SessionOptions.Timeout"/> or
    /// more starts a new session; each session takes the source of its first hit.
    /// </summary>
    /// <param name="visitorId">The visitor whose hits these are.</param>
    /// <param name="hits">
    /// The visitor's page views and clicks in any order; other event types are ignored. Hits at the
    /// same instant are ordered by event id, so the result does not depend on input order.
    /// </param>
    public IReadOnlyList<Session> Sessionize(string visitorId, IEnumerable<TrackedEvent> hits)
    {
        ArgumentNullException.ThrowIfNull(options);
        var ordered = hits.Where(h => h.Type.IsHit())
            .OrderBy(h => h.Timestamp)
            .ThenBy(h => h.EventId, StringComparer.Ordinal);
        var sessions = new List<Session>();
        TrackedEvent? first = null;
        var last = DateTimeOffset.MinValue;
        var count = 0;
        foreach (var hit in ordered)
        {
            if (first is not null && hit.Timestamp - last >= options.Timeout)
            {
                sessions.Add(new Session(visitorId, first.Timestamp, last, count, first.Url, first.Source));
                first = null;
            }

            if (first is null)
            {
                first = hit;
                count = 0;
            }

            last = hit.Timestamp;
            count++;
        }

        if (first is not null)
        {
            sessions.Add(new Session(visitorId, first.Timestamp, last, count, first.Url, first.Source));
        }

        return sessions;
    }
}
