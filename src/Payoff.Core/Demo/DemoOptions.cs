namespace Payoff.Core.Demo;

/// <summary>What the demo generator makes.</summary>
public sealed record DemoOptions
{
    /// <summary>The random seed: the same seed and end give the same data.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>The last instant of the demo's year of data (usually now).</summary>
    public required DateTimeOffset End { get; init; }

    /// <summary>How many days of history end at <see cref="End"/>.</summary>
    public int Days { get; init; } = 365;

    /// <summary>Visitors are added until their sessions reach this many.</summary>
    public int TargetSessions { get; init; } = 210_000;

    /// <summary>The currency of order values.</summary>
    public string Currency { get; init; } = "USD";

    /// <summary>The demo shop's address.</summary>
    public string SiteUrl { get; init; } = "https://shop.example.com";
}
