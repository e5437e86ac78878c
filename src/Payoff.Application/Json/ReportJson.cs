using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Payoff.Application.Json;

/// <summary>
/// The one JSON form of Payoff's reports, written by the CLI (<c>--format json</c>) and the API alike:
/// snake_case keys, indented, UTF-8 text unescaped, rates rounded to 6 places, money and stored decimals
/// without trailing zeros.
/// </summary>
public static class ReportJson
{
    /// <summary>The serializer options (snake_case keys and kebab-case enum values, as the API has always used).</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        // Spike (Native AOT): the reports with source-generated metadata first (ReportJsonContext), reflection for the rest.
        TypeInfoResolver = JsonTypeInfoResolver.Combine(ReportJsonContext.Default, new DefaultJsonTypeInfoResolver()),
    };

    /// <summary>A report record (a Core result) as the JSON document the API has always answered with.</summary>
    public static JsonNode Of<T>(T value) => JsonSerializer.SerializeToNode(value, Options) ?? throw new ArgumentNullException(nameof(value));

    /// <summary><paramref name="node"/> as text.</summary>
    public static string Text(JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.ToJsonString(Options);
    }

    /// <summary>A rate or change (a fraction: 0.25 is 25 %) as a JSON number rounded to 6 places, or null.</summary>
    public static JsonNode? Fraction(decimal? value) => value is null ? null : JsonValue.Create(Math.Round(value.Value, 6));

    /// <summary>An amount of money as a JSON number without trailing zeros (250, 12.5), or null.</summary>
    public static JsonNode? Money(decimal? value) => Exact(value);

    /// <summary>A change's kind as the JSON contract names it: <c>compared</c>, <c>new</c> or <c>none</c>.</summary>
    public static JsonNode Kind(Core.Reporting.ChangeKind kind) => JsonValue.Create(kind.ToString().ToLowerInvariant());

    /// <summary>A stored decimal (a count or amount kept as DECIMAL) as a JSON number without trailing zeros, or null.</summary>
    public static JsonNode? Exact(decimal? value) => value is null ? null : JsonValue.Create(value.Value / 1.000000000000000000000000000000000m);
}

/// <summary>
/// Source-generated serialization metadata of the report records <see cref="ReportJson.Options"/> serializes (a Native
/// AOT build has no reflection serializer); the options' naming policies and converters still apply.
/// </summary>
[JsonSerializable(typeof(Core.Reporting.Sources.SourcesReport))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
