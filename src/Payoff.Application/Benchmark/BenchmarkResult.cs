using Payoff.Core.Goals;
using Payoff.Core.Reporting.Benchmark;

namespace Payoff.Application.Benchmark;

/// <summary>The monthly benchmark as the handler built it.</summary>
/// <param name="Report">Each network's months and the totals per month.</param>
/// <param name="Workspace">The workspace's name.</param>
/// <param name="Goals">The progress of the workspace's active goals (only the network's when one is asked for), tracked to today.</param>
public sealed record BenchmarkResult(BenchmarkReport Report, string Workspace, IReadOnlyList<GoalProgress> Goals);
