namespace Payoff.Core.Networks;

/// <summary>
/// The known name closest to a misspelt one ("Facebok" → "Facebook"), for "did you mean" in errors.
/// </summary>
/// <remarks>
/// Closeness is the optimal-string-alignment distance (insertions, deletions, substitutions and
/// swaps of neighbours, each one edit), compared case-insensitively. A name is suggested only within
/// a third of the typed name's length (at least one edit, at most three), so "Foo" suggests nothing.
/// </remarks>
public static class NetworkSuggestion
{
    /// <summary>The name in <paramref name="known"/> closest to <paramref name="typed"/>, or null when none is close enough.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string? Closest(string typed, IEnumerable<string> known)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(known);
        var word = typed.Trim().ToUpperInvariant();
        var limit = Math.Clamp(word.Length / 3, 1, 3);
        return known
            .Select(k => (Name: k, Distance: Distance(word, k.ToUpperInvariant())))
            .Where(c => c.Distance <= limit)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Name)
            .FirstOrDefault();
    }

    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1][];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i] = new int[b.Length + 1];
            d[i][0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0][j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i][j] = Math.Min(Math.Min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i][j] = Math.Min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }

        return d[a.Length][b.Length];
    }
}
