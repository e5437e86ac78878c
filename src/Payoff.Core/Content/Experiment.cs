using Payoff.Core.Workspaces;

namespace Payoff.Core.Content;

/// <summary>How an experiment puts a post in a variant.</summary>
public enum ExperimentAssignment
{
    /// <summary>By the post's type (video, image…).</summary>
    Type,

    /// <summary>By one of the post's labels (Meta's custom labels, LinkedIn's campaign names).</summary>
    Label,

    /// <summary>By one of the caption's hashtags (without <c>#</c>).</summary>
    Hashtag,

    /// <summary>By the post's tracked link's <c>utm_content</c> (its content key).</summary>
    UtmContent,
}

/// <summary>What an experiment compares the variants on.</summary>
public enum ExperimentMetric
{
    /// <summary>The engagement rate (Σ engagements ÷ Σ the network's basis; the test on the posts' rates).</summary>
    EngagementRate,

    /// <summary>Visits per post from the posts' own tracked links.</summary>
    VisitsPerPost,

    /// <summary>Leads (contacts) per post from the posts' own tracked links.</summary>
    LeadsPerPost,
}

/// <summary>How an experiment ended.</summary>
public enum ExperimentOutcome
{
    /// <summary>Its window passed and one variant beat every other (Holm-adjusted p below 0.05, total and typical post agreeing).</summary>
    Winner,

    /// <summary>Its window passed and no variant beat the others.</summary>
    NoDifference,

    /// <summary>Stopped before its window passed (<c>payoff experiment stop</c>).</summary>
    Stopped,

    /// <summary>
    /// Its window passed with too few posts to decide: a variant had fewer than <see cref="ContentComparison.MinPosts"/>
    /// posts with a value, so the variants were not all compared ("too few posts"). It does not count as tried
    /// (<see cref="ExperimentAnalysis.Compared"/>).
    /// </summary>
    Inconclusive,
}

/// <summary>An experiment as it is set up (<c>payoff experiment add</c>).</summary>
/// <param name="Network">The network whose posts it assigns.</param>
/// <param name="Name">Its name, unique in the workspace (case-insensitive), 1–100 characters.</param>
/// <param name="Variants">Two to six variants: types, labels, hashtags (without <c>#</c>) or <c>utm_content</c> values, distinct case-insensitively, none containing a comma.</param>
/// <param name="Assign">How posts are put in variants.</param>
/// <param name="Metric">What the variants are compared on.</param>
/// <param name="From">The first local day of its window.</param>
/// <param name="Until">The last local day of its window (included).</param>
public sealed record ExperimentPlan(string Network, string Name, IReadOnlyList<string> Variants, ExperimentAssignment Assign, ExperimentMetric Metric, DateOnly From, DateOnly Until)
{
    /// <summary>The most variants one experiment compares: 6.</summary>
    public const int MaxVariants = 6;

    /// <summary>The longest name, in characters: 100.</summary>
    public const int MaxName = 100;

    /// <summary>The window's local days.</summary>
    public DateRange Window => new(From, Until);
}

/// <summary>How an ended experiment ended, as recorded.</summary>
/// <param name="At">When it was recorded (UTC).</param>
/// <param name="Outcome">Winner, no difference, too few posts (inconclusive) or stopped.</param>
/// <param name="Winner">The winning variant, with <see cref="ExperimentOutcome.Winner"/>.</param>
/// <param name="Summary">The sentence with its figures at that moment.</param>
public sealed record ExperimentEnd(DateTimeOffset At, ExperimentOutcome Outcome, string? Winner, string Summary);

/// <summary>A stored experiment.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Plan">How it is set up.</param>
/// <param name="CreatedAt">When it was added (UTC).</param>
/// <param name="End">How it ended, once recorded; null while it runs (or before its end is recorded).</param>
public sealed record Experiment(long Id, ExperimentPlan Plan, DateTimeOffset CreatedAt, ExperimentEnd? End);

/// <summary>
/// The experiment log: every experiment of a workspace with its plan and, once ended, its recorded result. Names are
/// unique per workspace (case-insensitive).
/// </summary>
public interface IExperimentStore
{
    /// <summary>Stores a new experiment; returns it with its id.</summary>
    /// <exception cref="Stores.StoreException">The workspace already has an experiment of that name.</exception>
    Task<Experiment> AddAsync(Workspace workspace, ExperimentPlan plan, CancellationToken cancellationToken = default);

    /// <summary>Every experiment of the workspace, oldest first.</summary>
    Task<IReadOnlyList<Experiment>> ListAsync(Workspace workspace, CancellationToken cancellationToken = default);

    /// <summary>Records how an experiment ended; false when there is no such experiment or its end is recorded already (a record is never replaced).</summary>
    Task<bool> EndAsync(Workspace workspace, long id, ExperimentEnd ending, CancellationToken cancellationToken = default);
}
