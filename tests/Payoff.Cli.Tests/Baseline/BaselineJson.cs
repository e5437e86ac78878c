using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Payoff.Cli.Tests.Baseline;

/// <summary>
/// Compares a report's JSON with its golden file so that only figures count: object keys are mapped by
/// lower-casing and removing <c>_</c> (<c>contactRate</c>, <c>contact_rate</c> and <c>ContactRate</c> are one
/// key), numbers compare as decimals (<c>12.50</c> equals <c>12.5</c>), strings exactly, arrays in order,
/// and object members in any order. Paths named in an exclusion list are skipped on both sides.
/// Every recorded field must come out with the same value; a field the report gained is allowed, because
/// issue 14 made the CLI's and the API's documents of a report one document (each host's JSON now also
/// carries the other's fields) — what the baseline guards is that no recorded figure changed or vanished.
/// </summary>
public static class BaselineJson
{
    /// <summary>The key every spelling of a field maps to: lower case, no underscores.</summary>
    public static string Key(string name) => name.Replace("_", string.Empty, StringComparison.Ordinal).ToLowerInvariant();

    /// <summary>
    /// The first difference between <paramref name="expected"/> and <paramref name="actual"/>, as
    /// "$.rows[3].contactrate: expected 0.25, got 0.26", or null when they carry the same figures.
    /// </summary>
    /// <param name="expected">The golden file's JSON.</param>
    /// <param name="actual">The report's JSON now.</param>
    /// <param name="excluded">Normalised paths (e.g. <c>$.rows[*].createdat</c>) left out of the comparison.</param>
    public static string? FirstDifference(JsonNode? expected, JsonNode? actual, IReadOnlyCollection<string>? excluded = null) =>
        Compare(expected, actual, "$", excluded ?? []);

    private static string? Compare(JsonNode? expected, JsonNode? actual, string path, IReadOnlyCollection<string> excluded)
    {
        if (IsExcluded(path, excluded))
        {
            return null;
        }

        switch (expected, actual)
        {
            case (null, null):
                return null;
            case (null, _) or (_, null):
                return $"{path}: expected {Show(expected)}, got {Show(actual)}";
            case (JsonObject e, JsonObject a):
                return CompareObjects(e, a, path, excluded);
            case (JsonArray e, JsonArray a):
                for (var i = 0; i < Math.Min(e.Count, a.Count); i++)
                {
                    if (Compare(e[i], a[i], $"{path}[{i}]", excluded) is { } difference)
                    {
                        return difference;
                    }
                }

                return e.Count == a.Count ? null : $"{path}: expected {e.Count} items, got {a.Count}";
            case (JsonValue e, JsonValue a):
                return SameValue(e, a) ? null : $"{path}: expected {Show(e)}, got {Show(a)}";
            default:
                return $"{path}: expected {Show(expected)}, got {Show(actual)}";
        }
    }

    private static string? CompareObjects(JsonObject expected, JsonObject actual, string path, IReadOnlyCollection<string> excluded)
    {
        var mine = Members(expected, path);
        var theirs = Members(actual, path);
        foreach (var (key, value) in mine)
        {
            var child = $"{path}.{key}";
            if (IsExcluded(child, excluded))
            {
                continue;
            }

            if (!theirs.TryGetValue(key, out var other))
            {
                return $"{child}: missing (expected {Show(value)})";
            }

            if (Compare(value, other, child, excluded) is { } difference)
            {
                return difference;
            }
        }

        return null;
    }

    private static Dictionary<string, JsonNode?> Members(JsonObject node, string path)
    {
        var members = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var (name, value) in node)
        {
            if (!members.TryAdd(Key(name), value))
            {
                throw new InvalidOperationException($"{path}: two keys map to '{Key(name)}', so the baseline cannot tell them apart.");
            }
        }

        return members;
    }

    private static bool SameValue(JsonValue expected, JsonValue actual)
    {
        var (e, a) = (expected.GetValueKind(), actual.GetValueKind());
        if (e != a)
        {
            return false;
        }

        if (e != JsonValueKind.Number)
        {
            return expected.ToJsonString() == actual.ToJsonString();
        }

        var (left, right) = (expected.ToJsonString(), actual.ToJsonString());
        if (!decimal.TryParse(left, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) || !decimal.TryParse(right, NumberStyles.Float, CultureInfo.InvariantCulture, out var y))
        {
            return left == right;
        }

        // The same figure at the recorded precision: the CLI rounded rates, scores and per-visit money to 2–6
        // places, and the one document now carries them unrounded; a whole number may differ only by decimal
        // noise (1e-9). A figure recorded with more than 6 places is a double written out in full (attribution
        // credits, removal effects): it compares to 12 significant digits, since the last of a double's 15–17
        // digits follows the order floating-point sums ran in (5.492784959948969 vs …968), not the figure.
        var places = left.Contains('.', StringComparison.Ordinal) ? left.Length - left.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
        return x == y
            || (places is > 0 and <= 6 && Math.Round(y, places, MidpointRounding.AwayFromZero) == x)
            || (places == 0 && Math.Abs(x - y) < 0.000000001m)
            || (places > 6 && Math.Abs(x - y) <= Math.Abs(x) * 0.000000000001m);
    }

    private static bool IsExcluded(string path, IReadOnlyCollection<string> excluded) =>
        excluded.Count > 0 && excluded.Contains(WithoutIndexes(path));

    /// <summary>The path with every array index written <c>[*]</c>, the form the exclusion lists use.</summary>
    private static string WithoutIndexes(string path) =>
        System.Text.RegularExpressions.Regex.Replace(path, @"\[\d+\]", "[*]");

    private static string Show(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "null";
        return text.Length <= 120 ? text : text[..117] + "...";
    }
}
