using Payoff.Application.Requests;

namespace Payoff.Web.Costs;

/// <summary>An hourly rate (<c>PUT /api/rates</c>), read by <see cref="Application.CostSetup.HourlyRateRequest.Parse"/>.</summary>
/// <param name="Person">Whose rate; empty or null for everyone without their own.</param>
/// <param name="Rate">The amount per hour.</param>
/// <param name="Currency">ISO code (default: the workspace's).</param>
public sealed record RateRequest(string? Person, decimal? Rate, string? Currency)
{
    /// <summary>The body as request fields.</summary>
    public RequestValues Values() => new(new Dictionary<string, string?>
    {
        ["person"] = Person,
        ["rate"] = Fields.Of(Rate),
        ["currency"] = Currency,
    });
}
