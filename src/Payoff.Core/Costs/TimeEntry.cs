namespace Payoff.Core.Costs;

/// <summary>Staff time spent on a network on one day (<c>payoff time log</c>).</summary>
/// <param name="Id">The entry's id (0 before it is stored).</param>
/// <param name="Network">The network the time went to.</param>
/// <param name="Person">Who spent it ("" for the workspace's default rate).</param>
/// <param name="Day">The day.</param>
/// <param name="Minutes">Minutes spent.</param>
/// <param name="Note">What it was for.</param>
public sealed record TimeEntry(long Id, string Network, string Person, DateOnly Day, int Minutes, string? Note = null);
