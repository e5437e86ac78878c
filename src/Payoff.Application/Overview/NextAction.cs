namespace Payoff.Application.Overview;

/// <summary>One line of "What to do now": a sentence with its number, and where its evidence is.</summary>
/// <param name="Kind">
/// What it asks for, as a machine name: <c>cut</c> and <c>reduce-time</c> (a network's verdict), <c>hold-budget</c> (kept, but its leads cost several times the others'), <c>goal-off-track</c>
/// and <c>goal-at-risk</c> (a goal's status), <c>scale</c> (a network's verdict).
/// </param>
/// <param name="Sentence">The line a person reads, its figures culture-invariant and equal to <see cref="Figure"/> and <see cref="Against"/> as rounded in it.</param>
/// <param name="Figure">
/// The line's number as the sentence prints it: a network's cost per lead (in the workspace currency, rounded to its
/// minor unit) or ROI (in percent, one decimal) for <c>cut</c> and <c>reduce-time</c>; its contact rate (customers ÷
/// contacts for a converter; in percent, one decimal) for <c>scale</c>; a goal's progress (percent of the way from
/// baseline to target, one decimal) for a goal; null when the sentence quotes none.
/// </param>
/// <param name="Against">What <see cref="Figure"/> is compared with: the other networks' cost per lead, the social networks' ROI, the rest's rate; null for a goal.</param>
/// <param name="Network">The network it is about, or null for a goal.</param>
/// <param name="GoalId">The goal it is about, or null for a network.</param>
/// <param name="MonthlySaving">For <c>cut</c> and <c>reduce-time</c>: what it saves a month (<see cref="Core.Reporting.Verdict.NetworkVerdict.MonthlySaving"/>); otherwise null.</param>
public sealed record NextAction(string Kind, string Sentence, decimal? Figure, decimal? Against, string? Network, long? GoalId, decimal? MonthlySaving);
