using System.Globalization;
using Payoff.Core.Statistics;
using Payoff.Core.Workspaces;

namespace Payoff.Core.Content;

/// <summary>Where an experiment stands.</summary>
public enum ExperimentStatus
{
    /// <summary>Its window has not begun.</summary>
    Planned,

    /// <summary>Today is inside its window.</summary>
    Running,

    /// <summary>Its window has passed (its result is recorded the first time it is read after that).</summary>
    Ended,

    /// <summary>Stopped before its window passed.</summary>
    Stopped,
}

/// <summary>One variant's posts and value, with a 95 % interval.</summary>
/// <param name="Variant">The variant as the experiment names it.</param>
/// <param name="Posts">Posts assigned to it (one variant only) with a value of the metric.</param>
/// <param name="Value">Σ engagements ÷ Σ basis (a fraction), or visits or leads per post, rounded to 6 places; null without posts.</param>
/// <param name="Low">The interval's lower end (<see cref="RatioEstimate"/>: posts as clusters, Student's t); null below two posts.</param>
/// <param name="High">The interval's upper end.</param>
public sealed record VariantResult(string Variant, int Posts, decimal? Value, double? Low, double? High);

/// <summary>
/// An experiment with its figures: each variant's posts in the window (a post that matches two variants is left out
/// and counted), its value and interval, the leader against each other variant (<see cref="ContentComparison"/>: the
/// rank-sum test, Holm-adjusted, the power reached and the posts a conclusive answer needs), its status and, once
/// ended, its outcome.
/// </summary>
/// <param name="Experiment">The experiment as stored.</param>
/// <param name="Status">Planned, running, ended or stopped (on <c>today</c>).</param>
/// <param name="Basis">The engagement rate's basis on its network (with that metric).</param>
/// <param name="Variants">Each variant, in the experiment's order.</param>
/// <param name="AmbiguousPosts">Posts of the window that match two variants or more (left out).</param>
/// <param name="Comparisons">The leader against each other variant with at least two posts.</param>
/// <param name="Outcome">The recorded outcome, else (ended, not yet recorded) the one the figures give; null while planned or running.</param>
/// <param name="Winner">The winning variant with <see cref="ExperimentOutcome.Winner"/>.</param>
/// <param name="Summary">The sentence: where it stands and what the figures say, agreeing with them.</param>
public sealed record ExperimentResult(
    Experiment Experiment,
    ExperimentStatus Status,
    EngagementBasis? Basis,
    IReadOnlyList<VariantResult> Variants,
    int AmbiguousPosts,
    IReadOnlyList<ContentComparison> Comparisons,
    ExperimentOutcome? Outcome,
    string? Winner,
    string Summary);

/// <summary>Works out an experiment's figures from its posts (docs/METRICS.md, "Experiments").</summary>
public static class ExperimentAnalysis
{
    /// <summary>The grouping whose rates an experiment with <paramref name="assign"/> reads.</summary>
    public static ContentGrouping Grouping(ExperimentAssignment assign) => assign switch
    {
        ExperimentAssignment.Type => ContentGrouping.Type,
        ExperimentAssignment.Label => ContentGrouping.Label,
        ExperimentAssignment.Hashtag => ContentGrouping.Hashtag,
        _ => ContentGrouping.ContentKey,
    };

    /// <summary>The content metric an experiment's metric compares on.</summary>
    public static ContentMetric Metric(ExperimentMetric metric) => metric switch
    {
        ExperimentMetric.EngagementRate => ContentMetric.EngagementRate,
        ExperimentMetric.VisitsPerPost => ContentMetric.Visits,
        _ => ContentMetric.Leads,
    };

    /// <summary>
    /// The figures of <paramref name="experiment"/> on <paramref name="today"/> from <paramref name="posts"/>: its network's
    /// posts of its window grouped by its assignment (<see cref="IContentReader.ReadRatesAsync"/>).
    /// </summary>
    public static ExperimentResult Analyze(Experiment experiment, IReadOnlyList<PostRate> posts, IReadOnlyDictionary<string, EngagementBasis> bases, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        ArgumentNullException.ThrowIfNull(posts);
        ArgumentNullException.ThrowIfNull(bases);
        var plan = experiment.Plan;
        var metric = Metric(plan.Metric);
        var variants = plan.Variants.ToDictionary(Normal, v => v, StringComparer.OrdinalIgnoreCase);
        var own = posts.Where(p => string.Equals(p.Network, plan.Network, StringComparison.OrdinalIgnoreCase) && variants.ContainsKey(Normal(p.Key))).ToList();
        var ambiguous = own.GroupBy(p => p.PostId, StringComparer.Ordinal).Where(g => g.Select(p => Normal(p.Key)).Distinct(StringComparer.OrdinalIgnoreCase).Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var assigned = own.Where(p => !ambiguous.Contains(p.PostId))
            .DistinctBy(p => p.PostId, StringComparer.Ordinal)
            .Select(p => p with { Network = plan.Network, Key = variants[Normal(p.Key)] })
            .ToList();
        var results = plan.Variants.Select(v => Variant(v, assigned.Where(p => p.Key == v), metric)).ToList();
        EngagementBasis? basis = bases.TryGetValue(plan.Network, out var b) ? b : null;
        var status = experiment.End is { Outcome: ExperimentOutcome.Stopped } ? ExperimentStatus.Stopped
            : today < plan.From ? ExperimentStatus.Planned
            : today <= plan.Until && experiment.End is null ? ExperimentStatus.Running
            : ExperimentStatus.Ended;
        var past = Closed(status);
        var comparisons = ContentComparison.Compare(assigned, metric, bases)
            .Select(c => c with { Finding = ContentComparison.Sentence(c, past) })
            .ToList();
        var (outcome, winner) = experiment.End is { } end ? (end.Outcome, end.Winner)
            : status == ExperimentStatus.Ended ? Decide(results, comparisons)
            : ((ExperimentOutcome?)null, (string?)null);
        var result = new ExperimentResult(experiment, status, basis, results, ambiguous.Count, comparisons, outcome, winner, string.Empty);
        return result with { Summary = experiment.End?.Summary ?? Summary(result) };
    }

    /// <summary>The figures of <paramref name="experiment"/> on <paramref name="today"/>, read from its network's posts of the days it observed (<see cref="Observed"/>).</summary>
    public static async Task<ExperimentResult> ReadAsync(IContentReader reader, Workspace workspace, Experiment experiment, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(experiment);
        ArgumentNullException.ThrowIfNull(workspace);
        if (Observed(experiment, workspace.Calendar) is not { } window)
        {
            return Analyze(experiment, [], new Dictionary<string, EngagementBasis>(), today);
        }

        var filter = new ContentFilter(window, experiment.Plan.Network);
        var (_, bases) = await ContentReportBuilder.BasesAsync(reader, workspace, filter, cancellationToken);
        var rates = await reader.ReadRatesAsync(workspace, filter, bases, Grouping(experiment.Plan.Assign), cancellationToken);
        return Analyze(experiment, rates, bases, today);
    }

    /// <summary>
    /// The days whose posts an experiment compares: its window, cut at the local day it was stopped on for a stopped one
    /// (a post of a later day was never part of it); null when it was stopped before its window began.
    /// </summary>
    public static DateRange? Observed(Experiment experiment, WorkspaceCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        ArgumentNullException.ThrowIfNull(calendar);
        var plan = experiment.Plan;
        if (experiment.End is not { Outcome: ExperimentOutcome.Stopped } end)
        {
            return plan.Window;
        }

        var last = calendar.DateOf(end.At);
        return last < plan.From ? null : new DateRange(plan.From, last < plan.Until ? last : plan.Until);
    }

    /// <summary>
    /// Whether <paramref name="result"/> really compared posts, so that it counts as tried (<c>ContentEvidence.TriedOn</c>):
    /// a winner; no difference or stopped with at least two variants of <see cref="ContentComparison.MinPosts"/> posts
    /// compared (a "no difference" recorded before <see cref="ExperimentOutcome.Inconclusive"/> existed may have none).
    /// Planned, running and inconclusive experiments did not.
    /// </summary>
    public static bool Compared(ExperimentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Outcome == ExperimentOutcome.Winner
            || (result.Outcome is ExperimentOutcome.NoDifference or ExperimentOutcome.Stopped && result.Comparisons.Count > 0);
    }

    /// <summary>
    /// The outcome the figures give at the window's end: too few posts (<see cref="ExperimentOutcome.Inconclusive"/>) when
    /// a variant has fewer than <see cref="ContentComparison.MinPosts"/> posts with a value, so not every variant could be
    /// compared; else the leader wins when it beats every other variant, and there is no difference when it does not.
    /// </summary>
    public static (ExperimentOutcome, string?) Decide(IReadOnlyList<VariantResult> variants, IReadOnlyList<ContentComparison> comparisons)
    {
        ArgumentNullException.ThrowIfNull(variants);
        ArgumentNullException.ThrowIfNull(comparisons);
        if (variants.Count < 2 || variants.Any(v => v.Posts < ContentComparison.MinPosts))
        {
            return (ExperimentOutcome.Inconclusive, null);
        }

        return comparisons.Count > 0 && comparisons.All(c => c.Outcome == ComparisonOutcome.Beats)
            ? (ExperimentOutcome.Winner, comparisons[0].Leader)
            : (ExperimentOutcome.NoDifference, null);
    }

    /// <summary>
    /// The sentence of <paramref name="result"/>: "'howto vs announcement' on LinkedIn ended on 2026-10-31: howto won — …",
    /// "… starts on …" (planned), "… runs until …" (running), "… was stopped" (stopped); an ended or stopped experiment's
    /// comparisons in the past tense.
    /// </summary>
    public static string Summary(ExperimentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var plan = result.Experiment.Plan;
        var past = Closed(result.Status);
        var head = result.Status switch
        {
            ExperimentStatus.Planned => $"'{plan.Name}' on {plan.Network} starts on {Day(plan.From)}",
            ExperimentStatus.Running => $"'{plan.Name}' on {plan.Network} runs until {Day(plan.Until)}",
            ExperimentStatus.Stopped => $"'{plan.Name}' on {plan.Network} was stopped",
            _ => result.Outcome switch
            {
                ExperimentOutcome.Winner => $"'{plan.Name}' on {plan.Network} ended on {Day(plan.Until)}: {result.Winner} won",
                ExperimentOutcome.Inconclusive => $"'{plan.Name}' on {plan.Network} ended on {Day(plan.Until)} with too few posts to compare",
                _ => $"'{plan.Name}' on {plan.Network} ended on {Day(plan.Until)} with no difference",
            },
        };
        var few = result.Variants.Where(v => v.Posts < ContentComparison.MinPosts).ToList();
        var needs = string.Create(CultureInfo.InvariantCulture, $"each variant {(past ? "needed" : "needs")} at least {ContentComparison.MinPosts} posts to be compared");
        string body;
        if (result.Comparisons.Count > 0)
        {
            body = string.Join(" ", result.Comparisons.Select(c => string.Create(CultureInfo.InvariantCulture, $"{ContentComparison.Sentence(c, past)} Power reached: {c.Power:0%}.")));
            if (few.Count > 0)
            {
                body += $" {Posts(few)}: too few, as {needs}.";
            }
        }
        else if (result.Variants.All(v => v.Posts == 0))
        {
            body = past ? "no post of its window was in a variant." : "no post of its window is in a variant yet.";
        }
        else
        {
            body = $"{Posts(result.Variants)} — {needs}.";
        }

        var ambiguous = result.AmbiguousPosts > 0 ? string.Create(CultureInfo.InvariantCulture, $" {result.AmbiguousPosts} posts matched two variants and are left out.") : string.Empty;
        return result.Comparisons.Count > 0 ? $"{head}. {body}{ambiguous}" : $"{head}: {body}{ambiguous}";
    }

    private static bool Closed(ExperimentStatus status) => status is ExperimentStatus.Ended or ExperimentStatus.Stopped;

    private static string Posts(IEnumerable<VariantResult> variants) =>
        string.Join("; ", variants.Select(v => string.Create(CultureInfo.InvariantCulture, $"{v.Variant}: {v.Posts} {(v.Posts == 1 ? "post" : "posts")}")));

    private static VariantResult Variant(string variant, IEnumerable<PostRate> posts, ContentMetric metric)
    {
        var (values, bases) = (new List<long>(), new List<long>());
        foreach (var p in posts)
        {
            switch (metric)
            {
                case ContentMetric.EngagementRate when p.Engagements is { } e && p.Basis is { } b:
                    values.Add(e);
                    bases.Add(b);
                    break;
                case ContentMetric.Visits when p.Sessions is { } s:
                    values.Add(s);
                    bases.Add(1);
                    break;
                case ContentMetric.Leads when p.Contacts is { } l:
                    values.Add(l);
                    bases.Add(1);
                    break;
            }
        }

        if (values.Count == 0)
        {
            return new VariantResult(variant, 0, null, null, null);
        }

        var estimate = RatioEstimate.Of(values, bases);
        var value = Math.Round((decimal)values.Sum() / bases.Sum(), 6);
        return new VariantResult(variant, values.Count, value, estimate?.Low, estimate?.High);
    }

    private static string Normal(string key) => key.TrimStart('#').Trim();

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
