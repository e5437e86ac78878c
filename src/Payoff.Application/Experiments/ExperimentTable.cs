using System.Globalization;
using Payoff.Application.Tables;
using Payoff.Core.Content;

namespace Payoff.Application.Experiments;

/// <summary>Experiments as tables: the log (<c>experiment list</c>) and one experiment's variants (<c>experiment show</c>).</summary>
public static class ExperimentTable
{
    /// <summary>The log (named <c>experiments</c>): name, network, variants, how posts are assigned, metric, window, status, outcome and winner; each one's sentence as a note.</summary>
    public static ReportTable List(IReadOnlyList<ExperimentResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return new ReportTable(
            "experiments",
            "Experiments",
            [new("Name"), new("Network"), new("Variants"), new("Assigned by") { DropRank = 3 }, new("Metric") { DropRank = 2 }, new("From"), new("Until"), new("Status"), new("Outcome"), new("Winner") { DropRank = 1 }],
            [.. results.Select(r => new TableRow([r.Experiment.Plan.Name, r.Experiment.Plan.Network, string.Join(", ", r.Experiment.Plan.Variants), Assign(r.Experiment.Plan.Assign), Metric(r.Experiment.Plan.Metric),
                Day(r.Experiment.Plan.From), Day(r.Experiment.Plan.Until), Status(r.Status), Outcome(r.Outcome), r.Winner]))])
        {
            Notes = [.. results.Select(r => r.Summary)],
        };
    }

    /// <summary>One experiment's variants (named <c>experiment</c>): posts, value and its 95 % interval; the sentence and each comparison's as notes.</summary>
    public static ReportTable Show(ExperimentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rate = result.Experiment.Plan.Metric == ExperimentMetric.EngagementRate;
        var kind = rate ? CellKind.Percent : CellKind.Number;
        var header = rate ? result.Basis is { } b ? $"Engagement rate ({EngagementBases.Per(b)})" : "Engagement rate" : Metric(result.Experiment.Plan.Metric);
        List<string> notes = [result.Summary];
        if (result.AmbiguousPosts > 0)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{result.AmbiguousPosts} posts matched two variants or more and are in none."));
        }

        notes.Add("Intervals: 95 %, posts as clusters (the ratio estimator's standard error, Student's t); the test: the rank-sum test on the posts' values, Holm-adjusted over the comparisons.");
        return new ReportTable(
            "experiment",
            result.Experiment.Plan.Name,
            [new("Variant"), new("Posts", CellKind.Count), new(header, kind), new("95 % interval, low", kind), new("95 % interval, high", kind)],
            [.. result.Variants.Select(v => new TableRow([v.Variant, v.Posts, v.Value is { } value ? rate ? value : Math.Round(value, 2) : null, Bound(v.Low, rate), Bound(v.High, rate)]))])
        {
            Notes = notes,
        };
    }

    /// <summary>The words of a status: planned, running, ended, stopped.</summary>
    public static string Status(ExperimentStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>The words of an outcome: winner, no difference, too few posts (<see cref="ExperimentOutcome.Inconclusive"/>), stopped; null while it runs.</summary>
    public static string? Outcome(ExperimentOutcome? outcome) => outcome switch
    {
        ExperimentOutcome.Winner => "winner",
        ExperimentOutcome.NoDifference => "no difference",
        ExperimentOutcome.Inconclusive => "too few posts",
        ExperimentOutcome.Stopped => "stopped",
        _ => null,
    };

    /// <summary>The words of an assignment as the CLI takes them: type, label, hashtag, utm-content.</summary>
    public static string Assign(ExperimentAssignment assign) => assign == ExperimentAssignment.UtmContent ? "utm-content" : assign.ToString().ToLowerInvariant();

    /// <summary>The words of a metric as the CLI takes them: engagement-rate, visits-per-post, leads-per-post.</summary>
    public static string Metric(ExperimentMetric metric) => metric switch
    {
        ExperimentMetric.EngagementRate => "engagement-rate",
        ExperimentMetric.VisitsPerPost => "visits-per-post",
        _ => "leads-per-post",
    };

    private static object? Bound(double? value, bool rate) => value is not { } v ? null : rate ? (decimal)v : Math.Round((decimal)v, 2);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
