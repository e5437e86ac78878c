namespace Payoff.Web.Costs;

/// <summary>A fixed monthly cost (<c>POST /api/fees</c>).</summary>
/// <param name="Name">What it is.</param>
/// <param name="MonthlyAmount">The amount per month.</param>
/// <param name="Currency">ISO code (default: the workspace's).</param>
/// <param name="Shares">The networks and their weights: <c>Facebook,LinkedIn</c> or <c>Facebook=2,LinkedIn=1</c>.</param>
/// <param name="From">A day of the first month (default: this month).</param>
/// <param name="To">A day of the last month, or null while it runs.</param>
public sealed record FeeRequest(string? Name, decimal? MonthlyAmount, string? Currency, string? Shares, DateOnly? From, DateOnly? To);
