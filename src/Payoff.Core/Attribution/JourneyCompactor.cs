namespace Payoff.Core.Attribution;

/// <summary>
/// Merges journeys with the same touches into one, adding their conversions, value and nulls, so the
/// models work in memory proportional to the distinct paths, not the journeys. Dated journeys are
/// left apart (time decay needs each one's dates).
/// </summary>
public static class JourneyCompactor
{
    /// <summary>The distinct paths of <paramref name="journeys"/>, dates dropped.</summary>
    public static IReadOnlyList<Journey> Compact(IEnumerable<Journey> journeys)
    {
        ArgumentNullException.ThrowIfNull(journeys);
        var paths = new Dictionary<string, (IReadOnlyList<string> Keys, long Conversions, decimal Value, long Nulls)>(StringComparer.Ordinal);
        foreach (var j in journeys)
        {
            var key = string.Join('\u0000', j.Keys);
            var (keys, c, v, n) = paths.TryGetValue(key, out var found) ? found : (j.Keys, 0L, 0m, 0L);
            paths[key] = (keys, c + j.Conversions, v + j.Value, n + j.Nulls);
        }

        return [.. paths.Values.Select(p => new Journey(p.Keys, p.Conversions, p.Value, p.Nulls))];
    }
}
