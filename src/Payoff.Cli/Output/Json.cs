using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Payoff.Cli.Output;

/// <summary>Writes JSON the way every Payoff command does: camelCase, indented, UTF-8 text unescaped.</summary>
public static class Json
{
    /// <summary>The serializer options.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes <paramref name="node"/> and a newline.</summary>
    public static void Write(TextWriter writer, JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(node);
        writer.WriteLine(node.ToJsonString(Options));
    }

    /// <summary>A rate or change as a JSON number rounded to 6 places, or null.</summary>
    public static JsonNode? Fraction(decimal? value) => value is null ? null : JsonValue.Create(Math.Round(value.Value, 6));

    /// <summary>An amount of money as a JSON number without trailing zeros (250, 12.5), or null.</summary>
    public static JsonNode? Money(decimal? value) => Exact(value);

    /// <summary>A change's kind as the JSON contract names it: <c>compared</c>, <c>new</c> or <c>none</c>.</summary>
    public static JsonNode Kind(Core.Reporting.ChangeKind kind) => JsonValue.Create(kind.ToString().ToLowerInvariant());

    /// <summary>A stored decimal (a count or amount kept as DECIMAL) as a JSON number without trailing zeros, or null.</summary>
    public static JsonNode? Exact(decimal? value) => value is null ? null : JsonValue.Create(value.Value / 1.000000000000000000000000000000000m);
}
