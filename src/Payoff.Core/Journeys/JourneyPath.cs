namespace Payoff.Core.Journeys;

/// <summary>One aggregated conversion path from path data (<c>facebook &gt; email &gt; linkedin</c>).</summary>
/// <param name="Channels">The touches in order, as named in the data.</param>
/// <param name="Conversions">How many journeys on this path converted.</param>
/// <param name="Value">The total conversion value of those journeys.</param>
/// <param name="Nulls">How many journeys on this path did not convert.</param>
public sealed record JourneyPath(IReadOnlyList<string> Channels, long Conversions, decimal Value, long Nulls)
{
    /// <summary>The separator between channels in path text.</summary>
    public const char Separator = '>';

    /// <summary>Splits path text on <c>&gt;</c>, trimming spaces; empty steps are dropped.</summary>
    public static IReadOnlyList<string> ParseChannels(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path.Split(Separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The path as text, channels joined by <c> &gt; </c>.</summary>
    public override string ToString() => string.Join(" > ", Channels);
}
