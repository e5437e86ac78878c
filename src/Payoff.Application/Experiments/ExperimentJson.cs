using System.Text.Json.Nodes;
using Payoff.Application.Json;
using Payoff.Core.Content;

namespace Payoff.Application.Experiments;

/// <summary>
/// The JSON of experiments (CLI <c>--format json</c>, <c>/api/experiments</c>): each experiment's <c>id</c>, <c>name</c>,
/// <c>network</c>, <c>variants</c>, <c>assign</c>, <c>metric</c>, <c>from</c>, <c>until</c>, <c>status</c>,
/// <c>outcome</c> (winner, no-difference, inconclusive: too few posts to compare, stopped, or null), <c>winner</c>, <c>summary</c>, <c>basis</c>,
/// <c>ambiguous_posts</c>, <c>results</c> (per variant: posts, value — a fraction of its basis, or visits or leads per
/// post — and the 95 % interval's low and high) and <c>comparisons</c> (as in the content report).
/// </summary>
public static class ExperimentJson
{
    /// <summary>One experiment's document.</summary>
    public static JsonObject Build(ExperimentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var plan = result.Experiment.Plan;
        return new JsonObject
        {
            ["id"] = result.Experiment.Id,
            ["name"] = plan.Name,
            ["network"] = plan.Network,
            ["variants"] = new JsonArray([.. plan.Variants.Select(v => (JsonNode?)JsonValue.Create(v))]),
            ["assign"] = ExperimentTable.Assign(plan.Assign),
            ["metric"] = ExperimentTable.Metric(plan.Metric),
            ["from"] = JsonDocuments.Day(plan.From),
            ["until"] = JsonDocuments.Day(plan.Until),
            ["status"] = ExperimentTable.Status(result.Status),
            ["outcome"] = result.Outcome switch { ExperimentOutcome.Winner => "winner", ExperimentOutcome.NoDifference => "no-difference", ExperimentOutcome.Inconclusive => "inconclusive", ExperimentOutcome.Stopped => "stopped", _ => null },
            ["winner"] = result.Winner,
            ["summary"] = result.Summary,
            ["basis"] = result.Basis is { } b ? EngagementBases.Name(b) : null,
            ["ambiguous_posts"] = result.AmbiguousPosts,
            ["results"] = ReportJson.Of(result.Variants),
            ["comparisons"] = ReportJson.Of(result.Comparisons),
        };
    }

    /// <summary>The log's document: <c>experiments</c>, each as <see cref="Build"/> writes it.</summary>
    public static JsonObject List(string workspace, IReadOnlyList<ExperimentResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return new JsonObject { ["workspace"] = workspace, ["experiments"] = new JsonArray([.. results.Select(r => (JsonNode?)Build(r))]) };
    }
}
