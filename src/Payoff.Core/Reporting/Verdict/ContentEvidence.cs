using System.Globalization;
using Payoff.Core.Content;

namespace Payoff.Core.Reporting.Verdict;

/// <summary>
/// What the verdict knows of the workspace's content: the experiment log (<see cref="ExperimentResult"/>) and the content
/// types compared on the judged months' posts (<see cref="ContentComparison"/>). Experiments gate only "cut": a network
/// that meets the cut rules is told to cut only when experiments were tried on it in the twelve months up to the judged
/// period's end; without any it is told to reduce time and run the most promising experiment first.
/// </summary>
/// <param name="Experiments">Every experiment with its figures.</param>
/// <param name="Comparisons">The content types compared per network over the judged months (engagement rate).</param>
public sealed record ContentEvidence(IReadOnlyList<ExperimentResult> Experiments, IReadOnlyList<ContentComparison> Comparisons)
{
    /// <summary>No experiments and no comparisons (what a verdict sees before the content is read).</summary>
    public static ContentEvidence None { get; } = new([], []);

    /// <summary>
    /// Reads the evidence for the verdict of <paramref name="judged"/>: every experiment's figures on <paramref name="today"/>
    /// (nothing is recorded) and the content types compared on the judged months' posts by engagement rate.
    /// </summary>
    public static async Task<ContentEvidence> ReadAsync(IContentReader reader, IExperimentStore experiments, Workspaces.Workspace workspace, VerdictPeriod judged, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(experiments);
        ArgumentNullException.ThrowIfNull(judged);
        var results = new List<ExperimentResult>();
        foreach (var experiment in await experiments.ListAsync(workspace, cancellationToken))
        {
            results.Add(await ExperimentAnalysis.ReadAsync(reader, workspace, experiment, today, cancellationToken));
        }

        var filter = new ContentFilter(judged.Range, null);
        var (_, bases) = await ContentReportBuilder.BasesAsync(reader, workspace, filter, cancellationToken);
        var rates = await reader.ReadRatesAsync(workspace, filter, bases, ContentGrouping.Type, cancellationToken);
        return new ContentEvidence(results, ContentComparison.Compare(rates, ContentMetric.EngagementRate, bases));
    }

    /// <summary>
    /// The verdict <paramref name="build"/> makes without content evidence, or — when a network's cut was gated for want of
    /// experiments (<see cref="NetworkVerdict.CutGated"/>) — the one it makes with the evidence <paramref name="read"/>
    /// reads: the log and comparisons are read only when a cut is in question.
    /// </summary>
    public static async Task<VerdictReport> GateAsync(Func<ContentEvidence, VerdictReport> build, Func<Task<ContentEvidence>> read)
    {
        ArgumentNullException.ThrowIfNull(build);
        ArgumentNullException.ThrowIfNull(read);
        var first = build(None);
        return first.Networks.Any(n => n.CutGated) ? build(await read()) : first;
    }

    /// <summary>How far back an ended experiment counts as tried: 12 months before the judged period's end.</summary>
    public const int TriedMonths = 12;

    /// <summary>
    /// The experiments tried on <paramref name="network"/>: ended or stopped on a day from 12 months before
    /// <paramref name="to"/> to <paramref name="to"/> after really comparing posts (<see cref="ExperimentAnalysis.Compared"/>:
    /// one that ended with too few posts, or was stopped before two variants had enough, is not a test), oldest first.
    /// </summary>
    public IReadOnlyList<ExperimentResult> TriedOn(string network, DateOnly to) =>
        [.. Experiments
            .Where(x => string.Equals(x.Experiment.Plan.Network, network, StringComparison.OrdinalIgnoreCase) && x.Status is ExperimentStatus.Ended or ExperimentStatus.Stopped && ExperimentAnalysis.Compared(x))
            .Where(x => EndDay(x) is var d && d <= to && d > to.AddMonths(-TriedMonths))
            .OrderBy(EndDay)];

    /// <summary>The most promising experiment to run on <paramref name="network"/>: its type comparison with the lowest adjusted p (a difference most likely real), or null.</summary>
    public ContentComparison? PromisingOn(string network) =>
        Comparisons.Where(c => string.Equals(c.Network, network, StringComparison.OrdinalIgnoreCase)).OrderBy(c => c.AdjustedP).ThenByDescending(c => c.LeaderPosts + c.OtherPosts).FirstOrDefault();

    /// <summary>"3 experiments in 4 months ('video vs image': no difference; 'howto vs announcement': howto won; 'mornings': stopped)": the experiments <see cref="TriedOn"/> returns, each with its outcome in the log's words.</summary>
    public static string Describe(IReadOnlyList<ExperimentResult> tried)
    {
        ArgumentNullException.ThrowIfNull(tried);
        if (tried.Count == 0)
        {
            return "no experiments";
        }

        var first = tried.Min(x => x.Experiment.Plan.From);
        var last = tried.Max(EndDay);
        var months = Math.Max(1, (int)Math.Round((last.DayNumber - first.DayNumber + 1) / 30.44));
        var each = string.Join("; ", tried.Select(x => $"'{x.Experiment.Plan.Name}': {x.Outcome switch { ExperimentOutcome.Winner => $"{x.Winner} won", ExperimentOutcome.NoDifference => "no difference", ExperimentOutcome.Inconclusive => "too few posts", _ => "stopped" }}"));
        return string.Create(CultureInfo.InvariantCulture, $"{tried.Count} {(tried.Count == 1 ? "experiment" : "experiments")} in {months} {(months == 1 ? "month" : "months")} ({each})");
    }

    private static DateOnly EndDay(ExperimentResult x) =>
        x.Experiment.End is { Outcome: ExperimentOutcome.Stopped } end ? DateOnly.FromDateTime(end.At.UtcDateTime) : x.Experiment.Plan.Until;
}
