namespace Payoff.Core.Attribution;

/// <summary>A state of <see cref="MarkovChain"/>: the last one to four channel ids of a path, oldest first, unused places −1.</summary>
/// <param name="A">The oldest channel id.</param>
/// <param name="B">The next, or −1.</param>
/// <param name="C">The next, or −1.</param>
/// <param name="D">The newest of four, or −1.</param>
internal readonly record struct MarkovState(int A, int B = -1, int C = -1, int D = -1)
{
    /// <summary>The most channels a state holds (the chain's highest order).</summary>
    public const int MaxChannels = 4;

    /// <summary>The state of the channels <paramref name="ids"/> (one to four).</summary>
    public static MarkovState Of(ReadOnlySpan<int> ids) => ids.Length switch
    {
        1 => new(ids[0]),
        2 => new(ids[0], ids[1]),
        3 => new(ids[0], ids[1], ids[2]),
        4 => new(ids[0], ids[1], ids[2], ids[3]),
        _ => throw new ArgumentOutOfRangeException(nameof(ids), $"A state holds 1 to {MaxChannels} channels, not {ids.Length}."),
    };

    /// <summary>Whether the state holds channel <paramref name="channel"/> (never, for a negative id: no such channel).</summary>
    public bool Contains(int channel) => channel >= 0 && (A == channel || B == channel || C == channel || D == channel);
}
