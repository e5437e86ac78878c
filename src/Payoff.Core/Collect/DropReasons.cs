namespace Payoff.Core.Collect;

/// <summary>The stable snake_case names of <see cref="DropReason"/> used in storage, JSON and the health endpoint.</summary>
public static class DropReasons
{
    /// <summary>Every reason's name, in enum order.</summary>
    public static readonly IReadOnlyList<string> Names =
        ["bot_user_agent", "preview_fetcher", "headless_browser", "uptime_monitor", "invalid_user_agent", "head_request", "prefetch", "spam_referrer", "opted_out"];

    /// <summary>The stable name of <paramref name="reason"/>.</summary>
    public static string Name(this DropReason reason) => Names[(int)reason];
}
