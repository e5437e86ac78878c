using Payoff.Application.Requests;

namespace Payoff.Web.Costs;

/// <summary>A fixed monthly cost (<c>POST /api/fees</c>), read by <see cref="Application.CostSetup.AddFeeRequest.Parse"/>.</summary>
/// <param name="Name">What it is.</param>
/// <param name="MonthlyAmount">The amount per month.</param>
/// <param name="Currency">ISO code (default: the workspace's).</param>
/// <param name="Shares">The networks and their weights: <c>Facebook,LinkedIn</c> or <c>Facebook=2,LinkedIn=1</c>.</param>
/// <param name="From">The first month (<c>yyyy-MM</c>) or a day of it (default: this month).</param>
/// <param name="To">The last month or a day of it, or null while it runs.</param>
public sealed record FeeRequest(string? Name, decimal? MonthlyAmount, string? Currency, string? Shares, string? From, string? To)
{
    private static readonly Dictionary<string, string> Spelt = new(StringComparer.Ordinal) { ["monthly"] = "monthly_amount", ["networks"] = "shares" };

    /// <summary>The body as request fields, named in messages as the body names them (<c>monthly_amount</c>, <c>shares</c>).</summary>
    public RequestValues Values() => new(new Dictionary<string, string?>
    {
        ["name"] = Name,
        ["monthly"] = Fields.Of(MonthlyAmount),
        ["currency"] = Currency,
        ["networks"] = Shares,
        ["from"] = From,
        ["to"] = To,
    })
    { Spellings = Spelt };
}
