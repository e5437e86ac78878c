namespace Payoff.Core.Collect;

/// <summary>Decides the time of a collected event. The server's clock is the authority.</summary>
/// <remarks>
/// <list type="bullet">
/// <item>From a browser (unauthenticated) the event time is the server's receive time. When the
/// script says how long the event waited before sending (<c>ts</c> and <c>sent_at</c>, both by the
/// browser's clock, so its skew cancels out), the time moves back by that wait, up to
/// <see cref="MaxClientDelay"/>; a longer or negative wait is ignored with a warning.</item>
/// <item>An authenticated server-side call may backdate: its <c>timestamp</c> is used, corrected by
/// the sender's clock skew when it sends <c>sent_at</c>. A time more than <see cref="MaxFuture"/>
/// ahead is clamped to now with a warning; one older than <see cref="MaxAge"/> is refused.</item>
/// </list>
/// </remarks>
public static class EventClock
{
    /// <summary>How long a browser may hold an event before sending it and keep its time.</summary>
    public static readonly TimeSpan MaxClientDelay = TimeSpan.FromMinutes(10);

    /// <summary>How far in the future a server-side time may be before it is clamped.</summary>
    public static readonly TimeSpan MaxFuture = TimeSpan.FromHours(23);

    /// <summary>The oldest event a server-side call may send.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(3 * 366);

    /// <summary>The event's time, a warning when a client time was set aside, or an error when the event must be refused.</summary>
    public static (DateTimeOffset Time, string? Warning, string? Error) Resolve(DateTimeOffset now, DateTimeOffset? timestamp, DateTimeOffset? sentAt, bool authenticated)
    {
        if (!authenticated)
        {
            if (timestamp is null || sentAt is null)
            {
                return (now, null, null);
            }

            var wait = sentAt.Value - timestamp.Value;
            return wait >= TimeSpan.Zero && wait <= MaxClientDelay
                ? (now - wait, null, null)
                : (now, $"The client's wait of {wait.TotalSeconds:0} s is outside 0–{MaxClientDelay.TotalMinutes:0} minutes; the server's time was used.", null);
        }

        if (timestamp is null)
        {
            return (now, null, null);
        }

        var time = sentAt is null ? timestamp.Value : timestamp.Value + (now - sentAt.Value);
        if (time > now + MaxFuture)
        {
            return (now, $"timestamp {timestamp:O} is more than {MaxFuture.TotalHours:0} hours in the future; the server's time was used.", null);
        }

        return time < now - MaxAge
            ? (now, null, $"timestamp {timestamp:O} is older than {MaxAge.TotalDays:0} days.")
            : (time, null, null);
    }
}
