using System.Globalization;

namespace Payoff.Core.Reporting.Kpi;

/// <summary>
/// The weights of the three KPI families by program type (seed 001): an awareness program weighs reach
/// and sharing, a direct-response program weighs conversions; custom weights are normalised to sum to 1.
/// </summary>
/// <param name="Program">The program type's name.</param>
/// <param name="Reach">Weight of reach (new audience).</param>
/// <param name="Exchange">Weight of exchange (sharing, conversation).</param>
/// <param name="Monetization">Weight of monetization (conversions, value).</param>
public sealed record KpiWeights(string Program, double Reach, double Exchange, double Monetization)
{
    /// <summary>The program types and their weights.</summary>
    public static readonly IReadOnlyList<KpiWeights> Programs =
    [
        new("awareness", 0.5, 0.35, 0.15),
        new("engagement", 0.25, 0.5, 0.25),
        new("direct-response", 0.1, 0.2, 0.7),
        new(Referral, 0.2, 0.3, 0.5),
    ];

    /// <summary>The referral program type (issue 19): its rows are the workspace's referral programs (<see cref="ReferralKpi"/>).</summary>
    public const string Referral = "referral";

    /// <summary>
    /// The weights that apply to a row whose family scores are <paramref name="reach"/>,
    /// <paramref name="exchange"/> and <paramref name="monetization"/>: only a family that can be measured
    /// (its score is not null) carries weight, and those weights are renormalised to sum to 1; an
    /// unmeasured family's weight is null. All null when nothing can be measured.
    /// </summary>
    public (double? Reach, double? Exchange, double? Monetization) Applied(double? reach, double? exchange, double? monetization)
    {
        var total = (reach is null ? 0 : Reach) + (exchange is null ? 0 : Exchange) + (monetization is null ? 0 : Monetization);
        double? Share(double? score, double weight) => score is null || total == 0 ? null : weight / total;
        return (Share(reach, Reach), Share(exchange, Exchange), Share(monetization, Monetization));
    }

    /// <summary>The weights of <paramref name="program"/>, or custom weights from <c>r,e,m</c>; null when neither reads.</summary>
    public static KpiWeights? Find(string? program, string? custom)
    {
        if (custom is not null)
        {
            var parts = custom.Split(',', StringSplitOptions.TrimEntries);
            if (parts.Length != 3 || !parts.All(p => double.TryParse(p, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var w) && w >= 0))
            {
                return null;
            }

            var w = parts.Select(p => double.Parse(p, CultureInfo.InvariantCulture)).ToArray();
            var sum = w.Sum();
            return sum <= 0 ? null : new KpiWeights("custom", w[0] / sum, w[1] / sum, w[2] / sum);
        }

        return Programs.FirstOrDefault(p => string.Equals(p.Program, (program ?? "engagement").Trim(), StringComparison.OrdinalIgnoreCase));
    }
}
