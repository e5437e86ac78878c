namespace Payoff.Web.Costs;

/// <summary>An hourly rate (<c>PUT /api/rates</c>).</summary>
/// <param name="Person">Whose rate; empty or null for everyone without their own.</param>
/// <param name="Rate">The amount per hour.</param>
/// <param name="Currency">ISO code (default: the workspace's).</param>
public sealed record RateRequest(string? Person, decimal? Rate, string? Currency);
