using System.Globalization;
using Payoff.Application.Requests;

namespace Payoff.Web.Costs;

/// <summary>Time spent on a network (<c>POST /api/time</c>), read by <see cref="Application.CostSetup.LogTimeRequest.Parse"/>.</summary>
/// <param name="Network">The network.</param>
/// <param name="Person">Who (for their own hourly rate).</param>
/// <param name="Day">The day, yyyy-MM-dd (default: today in the workspace's time zone).</param>
/// <param name="Minutes">Whole minutes, 1 to 1,440.</param>
/// <param name="Hours">Hours instead of minutes (1.5).</param>
/// <param name="Note">What it was for.</param>
public sealed record TimeRequest(string? Network, string? Person, string? Day, int? Minutes, decimal? Hours, string? Note)
{
    private static readonly Dictionary<string, string> Spelt = new(StringComparer.Ordinal) { ["date"] = "day" };

    /// <summary>The body as request fields, the day named <c>day</c> in messages.</summary>
    public RequestValues Values() => new(new Dictionary<string, string?>
    {
        ["network"] = Network,
        ["person"] = Person,
        ["date"] = Day,
        ["minutes"] = Minutes?.ToString(CultureInfo.InvariantCulture),
        ["hours"] = Fields.Of(Hours),
        ["note"] = Note,
    })
    { Spellings = Spelt };
}
