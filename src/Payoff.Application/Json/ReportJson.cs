using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Payoff.Application.Json;

/// <summary>
/// The one JSON form of Payoff's reports, written by the CLI (<c>--format json</c>) and the API alike:
/// snake_case property names, indented, UTF-8 text unescaped, rates rounded to 6 places, money and stored decimals
/// without trailing zeros. A dictionary's keys are data (a network's name, a metric's word), written as they are:
/// <c>"LinkedIn"</c>, never <c>"linked_in"</c>.
/// </summary>
public static class ReportJson
{
    /// <summary>
    /// The serializer options (snake_case property names and kebab-case enum values, as the API has always used; no
    /// dictionary key policy, so keys keep their spelling). Their metadata is
    /// source-generated (<see cref="ReportJsonContext"/>), with no reflection behind it, so the Native AOT CLI and the
    /// other builds write the same documents and a record missing from the context fails in every build alike.
    /// </summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        // One converter per enum, not the reflection-built JsonStringEnumConverter factory: Native AOT cannot make generic types at run time.
        Converters =
        {
            Kebab<Core.Reporting.ChangeKind>(),
            Kebab<Core.Content.ComparisonOutcome>(),
            Kebab<Core.Content.ContentGrouping>(),
            Kebab<Core.Content.ContentMetric>(),
            Kebab<Core.Content.EngagementBasis>(),
            Kebab<Core.Reporting.Costs.CostsGrouping>(),
            Kebab<Core.Reporting.Roi.RoiGrouping>(),
            Kebab<Core.Reporting.Social.SocialGrouping>(),
            Kebab<Core.Reporting.Sources.PeriodComparison>(),
            Kebab<Core.Reporting.Sources.SourcesGrouping>(),
            Kebab<Core.Reporting.Verdict.NetworkRole>(),
            Kebab<Core.Reporting.Verdict.Recommendation>(),
            Kebab<Core.Channels.SourceCategory>(),
            Kebab<Core.Events.EventType>(),
            Kebab<Core.Goals.GoalStatus>(),
            Kebab<Core.Goals.MetricKind>(),
            Kebab<Core.Ledger.MoneyKind>(),
            Kebab<Core.Statistics.TrendDirection>(),
        },
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = ReportJsonContext.Default,
    };

    /// <summary>A report record (a Core result) as the JSON document the API has always answered with.</summary>
    public static JsonNode Of<T>(T value) =>
        JsonSerializer.SerializeToNode(value, (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T))) ?? throw new ArgumentNullException(nameof(value));

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

    private static JsonStringEnumConverter<TEnum> Kebab<TEnum>()
        where TEnum : struct, Enum => new(JsonNamingPolicy.KebabCaseLower);
}

/// <summary>
/// Source-generated serialization metadata of every record <see cref="ReportJson.Options"/> serializes: the reports'
/// <c>--format json</c> documents and the API's answers. The options' naming policies and converters still apply.
/// </summary>
[JsonSerializable(typeof(Core.Attribution.AttributionReport))]
[JsonSerializable(typeof(Core.Attribution.PathInsights))]
[JsonSerializable(typeof(Core.Audience.AudienceReport))]
[JsonSerializable(typeof(Core.Reporting.Benchmark.BenchmarkReport))]
[JsonSerializable(typeof(IReadOnlyList<Core.Content.NetworkBasis>))]
[JsonSerializable(typeof(IReadOnlyList<Core.Content.PostFacts>))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, long>))]
[JsonSerializable(typeof(IReadOnlyList<Core.Content.ContentGroupRow>))]
[JsonSerializable(typeof(IReadOnlyList<Core.Content.BestTimeNetwork>))]
[JsonSerializable(typeof(IReadOnlyList<Core.Content.ContentComparison>))]
[JsonSerializable(typeof(IReadOnlyList<Core.Content.VariantResult>))]
[JsonSerializable(typeof(IReadOnlyList<Core.Reporting.Costs.CostsRow>))]
[JsonSerializable(typeof(Core.Reporting.Kpi.KpiReport))]
[JsonSerializable(typeof(IReadOnlyList<Core.Reporting.Links.LinksRow>))]
[JsonSerializable(typeof(Core.Reporting.Roi.RoiReport))]
[JsonSerializable(typeof(IReadOnlyList<Core.Reporting.Social.SocialRow>))]
[JsonSerializable(typeof(Core.Reporting.Sources.SourcesReport))]
[JsonSerializable(typeof(Core.Reporting.Verdict.VerdictReport))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
