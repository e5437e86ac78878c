namespace Payoff.Core.Attribution;

/// <summary>Compares paths of channel ids by their contents, so a span of ids finds its path without allocating.</summary>
internal sealed class ChannelPathComparer : IEqualityComparer<int[]>, IAlternateEqualityComparer<ReadOnlySpan<int>, int[]>
{
    /// <summary>The one instance.</summary>
    public static readonly ChannelPathComparer Instance = new();

    private ChannelPathComparer()
    {
    }

    /// <inheritdoc />
    public bool Equals(int[]? x, int[]? y) => ReferenceEquals(x, y) || (x is not null && y is not null && x.AsSpan().SequenceEqual(y));

    /// <inheritdoc />
    public int GetHashCode(int[] obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        return GetHashCode((ReadOnlySpan<int>)obj);
    }

    /// <inheritdoc />
    public bool Equals(ReadOnlySpan<int> alternate, int[] other) => other is not null && alternate.SequenceEqual(other);

    /// <inheritdoc />
    public int GetHashCode(ReadOnlySpan<int> alternate)
    {
        var hash = default(HashCode);
        hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(alternate));
        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public int[] Create(ReadOnlySpan<int> alternate) => alternate.ToArray();
}
