namespace Payoff.Core.Costs;

/// <summary>What an hour of a person's time costs; the person "" is the workspace's default rate.</summary>
/// <param name="Person">The person, or "" for everyone without a rate of their own.</param>
/// <param name="Rate">The cost of one hour.</param>
/// <param name="Currency">The rate's currency.</param>
public sealed record HourlyRate(string Person, decimal Rate, string Currency);
