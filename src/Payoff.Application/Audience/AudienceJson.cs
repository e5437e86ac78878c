using System.Text.Json.Nodes;
using Payoff.Application.Json;

namespace Payoff.Application.Audience;

/// <summary>
/// The one JSON document of the audience report (CLI <c>--format json</c> and <c>/api/reports/audience</c>):
/// <c>workspace</c>, <c>network</c> (null for all), <c>threshold</c> (the total-variation distance from which two
/// audiences differ markedly), <c>distributions</c> (per audience and dimension: <c>label</c>, <c>network</c>,
/// <c>account</c>, <c>audience</c>, <c>dimension</c>, <c>as_of</c>, <c>total</c> — the counts' sum, null for shares —,
/// <c>listed</c> and <c>values</c> with <c>value</c>, <c>count</c>, <c>share</c> and <c>is_other</c>) and
/// <c>comparisons</c> (<c>dimension</c>, <c>first</c>, <c>second</c>, <c>distance</c>, <c>differs_markedly</c>,
/// <c>value</c>, <c>first_share</c>, <c>second_share</c>, <c>chi_square</c>, <c>degrees_of_freedom</c>,
/// <c>p_value</c> — null without counts — and <c>sentence</c>). Shares are fractions.
/// </summary>
public static class AudienceJson
{
    /// <summary>The document of <paramref name="result"/>.</summary>
    public static JsonObject Build(AudienceResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var report = ReportJson.Of(result.Report).AsObject();
        return new JsonObject
        {
            ["workspace"] = result.Workspace,
            ["network"] = result.Network,
            ["threshold"] = report["threshold"]?.DeepClone(),
            ["distributions"] = report["distributions"]?.DeepClone(),
            ["comparisons"] = report["comparisons"]?.DeepClone(),
        };
    }
}
