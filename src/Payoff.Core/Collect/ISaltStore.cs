namespace Payoff.Core.Collect;

/// <summary>The daily salts of cookieless visitor ids (<see cref="VisitorHasher"/>).</summary>
/// <remarks>
/// Every adapter honours these rules:
/// <list type="bullet">
/// <item>One random 32-byte salt per UTC day, created on first use and the same for every caller of that day (two
/// concurrent first uses agree).</item>
/// <item>Salts older than yesterday are deleted by <see cref="PruneAsync"/>, so a visitor id cannot be recomputed after two
/// days.</item>
/// </list>
/// </remarks>
public interface ISaltStore
{
    /// <summary>The salt of <paramref name="day"/> (UTC), created when missing.</summary>
    Task<byte[]> GetAsync(DateOnly day, CancellationToken cancellationToken = default);

    /// <summary>Deletes salts before yesterday and returns how many.</summary>
    Task<int> PruneAsync(DateOnly today, CancellationToken cancellationToken = default);
}
