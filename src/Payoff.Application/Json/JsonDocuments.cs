using System.Text.Json.Nodes;

namespace Payoff.Application.Json;

/// <summary>
/// Joins a report's two historical JSON shapes into its one document: the API's (the Core report serialized,
/// snake_case keys, kebab-case enum names) plus every key the CLI's document had that the API's lacked.
/// </summary>
public static class JsonDocuments
{
    /// <summary><paramref name="value"/> as the API serializes it (<see cref="ReportJson.Of{T}"/>).</summary>
    public static JsonObject Api<T>(T value) => ReportJson.Of(value).AsObject();

    /// <summary>
    /// <paramref name="api"/> with every key of <paramref name="extra"/> it lacks; where both hold an object, or
    /// arrays of objects of one length (rows), the two are joined the same way, element by element. On a key
    /// both hold with different values, <paramref name="api"/> keeps its own.
    /// </summary>
    public static JsonObject Join(JsonObject api, JsonObject extra)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(extra);
        foreach (var (key, value) in extra.ToList())
        {
            if (!api.TryGetPropertyValue(key, out var existing))
            {
                extra.Remove(key);
                api[key] = value;
            }
            else if (existing is JsonObject left && value is JsonObject right)
            {
                Join(left, right);
            }
            else if (existing is JsonArray lefts && value is JsonArray rights && lefts.Count == rights.Count)
            {
                for (var i = 0; i < lefts.Count; i++)
                {
                    if (lefts[i] is JsonObject l && rights[i] is JsonObject r)
                    {
                        Join(l, r);
                    }
                }
            }
        }

        return api;
    }

    /// <summary>A day as <c>yyyy-MM-dd</c>.</summary>
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Texts as a JSON array.</summary>
    public static JsonArray Texts(IEnumerable<string> texts) => new([.. texts.Select(t => (JsonNode?)JsonValue.Create(t))]);
}
