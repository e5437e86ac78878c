namespace Payoff.Core.Events;

/// <summary>The wire names of <see cref="EventType"/> (<c>pageview</c>, <c>click</c>, <c>lead</c>, <c>customer</c>, <c>conversion</c>).</summary>
public static class EventTypes
{
    /// <summary>The accepted names, in lower case.</summary>
    public static readonly IReadOnlyList<string> Names = ["pageview", "click", "lead", "customer", "conversion", "outbound"];

    /// <summary>Parses a wire name case-insensitively; <see langword="false"/> for anything else.</summary>
    public static bool TryParse(string? name, out EventType type)
    {
        switch (name?.Trim().ToLowerInvariant())
        {
            case "pageview":
                type = EventType.Pageview;
                return true;
            case "click":
                type = EventType.Click;
                return true;
            case "lead":
                type = EventType.Lead;
                return true;
            case "customer":
                type = EventType.Customer;
                return true;
            case "conversion":
                type = EventType.Conversion;
                return true;
            case "outbound":
                type = EventType.Outbound;
                return true;
            default:
                type = default;
                return false;
        }
    }

    /// <summary>The wire name of <paramref name="type"/>.</summary>
    public static string Name(this EventType type) => Names[(int)type];

    /// <summary>True for the types that make up sessions (page views and link clicks).</summary>
    public static bool IsHit(this EventType type) => type is EventType.Pageview or EventType.Click;
}
