namespace Payoff.Core.Attribution;

/// <summary>
/// Path insights (<c>payoff report paths</c>): the most common converting paths with their conversion
/// rates and value, path length and time-to-conversion distributions, and which keys open, assist
/// and close conversions.
/// </summary>
/// <param name="Paths">The paths with most conversions, repeats collapsed.</param>
/// <param name="Lengths">Conversions by the number of touches (1, 2, 3, 4, 5+).</param>
/// <param name="TimeToConversion">Conversions by the days from the first touch (dated journeys only; empty for imported paths).</param>
/// <param name="Roles">Opens, assists and closes per key.</param>
public sealed record PathInsights(IReadOnlyList<PathRow> Paths, IReadOnlyList<PathBucket> Lengths, IReadOnlyList<PathBucket> TimeToConversion, IReadOnlyList<KeyRoles> Roles)
{
    private static readonly string[] LengthBuckets = ["1", "2", "3", "4", "5+"];

    private static readonly (string Name, double Below)[] DayBuckets = [("same day", 1), ("1–3 days", 4), ("4–7 days", 8), ("8–14 days", 15), ("15–30 days", 31), ("31–90 days", 91), ("over 90 days", double.MaxValue)];

    /// <summary>The insights of <paramref name="journeys"/>, the <paramref name="top"/> converting paths listed.</summary>
    public static PathInsights Build(IReadOnlyList<Journey> journeys, int top = 20)
    {
        ArgumentNullException.ThrowIfNull(journeys);
        var paths = journeys.Where(j => j.Keys.Count > 0)
            .GroupBy(j => string.Join(" > ", j.Collapsed), StringComparer.Ordinal)
            .Select(g => new PathRow(g.Key, g.Sum(j => j.Conversions + j.Nulls), g.Sum(j => j.Conversions), g.Sum(j => j.Value)))
            .Where(p => p.Conversions > 0)
            .OrderByDescending(p => p.Conversions).ThenByDescending(p => p.Journeys).ThenBy(p => p.Path, StringComparer.Ordinal)
            .Take(top)
            .ToList();
        var converting = journeys.Where(j => j.Conversions > 0 && j.Keys.Count > 0).ToList();
        var lengths = LengthBuckets.Select((name, i) => new PathBucket(name, converting.Where(j => Math.Min(j.Keys.Count, 5) == i + 1).Sum(j => j.Conversions))).ToList();
        var dated = converting.Where(j => j.DaysBefore is { Count: > 0 }).ToList();
        var times = dated.Count == 0 ? [] : DayBuckets.Select((b, i) => new PathBucket(b.Name, dated.Where(j => Bucket(j.DaysBefore![0]) == i).Sum(j => j.Conversions))).ToList();
        var roles = new Dictionary<string, (long Opens, long Assists, long Closes)>(StringComparer.Ordinal);
        foreach (var j in converting)
        {
            var (o, a, c) = roles.GetValueOrDefault(j.Keys[0]);
            roles[j.Keys[0]] = (o + j.Conversions, a, c);
            var last = j.Keys[^1];
            (o, a, c) = roles.GetValueOrDefault(last);
            roles[last] = (o, a, c + j.Conversions);
            foreach (var key in j.Keys.Distinct(StringComparer.Ordinal).Where(k => !string.Equals(k, last, StringComparison.Ordinal)))
            {
                (o, a, c) = roles.GetValueOrDefault(key);
                roles[key] = (o, a + j.Conversions, c);
            }
        }

        return new PathInsights(
            paths,
            lengths,
            times,
            [.. roles.Select(r => new KeyRoles(r.Key, r.Value.Opens, r.Value.Assists, r.Value.Closes)).OrderByDescending(r => r.Assists + r.Closes).ThenBy(r => r.Key, StringComparer.Ordinal)]);
    }

    private static int Bucket(double days)
    {
        for (var i = 0; i < DayBuckets.Length; i++)
        {
            if (days < DayBuckets[i].Below)
            {
                return i;
            }
        }

        return DayBuckets.Length - 1;
    }
}
