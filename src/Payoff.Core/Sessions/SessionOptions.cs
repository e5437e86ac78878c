namespace Payoff.Core.Sessions;

/// <summary>How hits are grouped into sessions.</summary>
public sealed record SessionOptions
{
    /// <summary>The GA4 default: 30 minutes.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(30);

    /// <summary>Options with the default timeout.</summary>
    public static readonly SessionOptions Default = new();

    /// <summary>
    /// A session ends after this long without a hit: the next hit at or past the timeout starts a
    /// new one. Midnight never ends a session.
    /// </summary>
    public TimeSpan Timeout { get; init; } = DefaultTimeout;
}
