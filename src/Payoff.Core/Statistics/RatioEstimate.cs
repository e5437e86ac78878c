using System.Globalization;
using MathNet.Numerics.Distributions;

namespace Payoff.Core.Statistics;

/// <summary>
/// The pooled rate of a group of posts, R = Σyᵢ / Σxᵢ (engagements over impressions, reach, views or
/// followers — the way Payoff defines every group's rate, never the mean of per-post rates), with a
/// 95 % interval that treats each post as a cluster of its impressions: a post's audience reacts
/// together, so the interval comes from how much posts differ, not from counting every impression
/// as an independent trial (which a Wilson interval on the sums would do, far too narrow).
/// </summary>
/// <remarks>
/// The variance is the ratio estimator's linearised (Taylor, delta-method) one estimated from the
/// sample, v(R) = Σ(yᵢ − R·xᵢ)² / (n·(n − 1)·x̄²), x̄ = Σxᵢ / n (Cochran, Sampling Techniques, 3rd ed.,
/// 1977, ch. 6, §6.3–6.4, with the finite-population correction 1 − f taken as 1: the posts are a
/// sample of what the account could publish, not of a finite list). The interval is
/// R ± t₀.₉₇₅,ₙ₋₁ · √v — Student's t rather than z because groups of posts are small — and its lower
/// end is clamped at 0, as no rate is negative. The ratio is slightly biased for few posts (a bias of
/// order 1/n) and the linearised interval optimistic below about 10 posts (Cochran, ch. 6).
/// </remarks>
/// <param name="Rate">R = Σ engagements ÷ Σ basis, a fraction (0.034 is 3.4 %); may exceed 1 where the basis is reach or followers.</param>
/// <param name="StandardError">√v(R), in the rate's unit; null with a single post (no spread to measure).</param>
/// <param name="Low">The 95 % interval's lower end, at least 0; null with a single post.</param>
/// <param name="High">The 95 % interval's upper end; null with a single post.</param>
/// <param name="Posts">n, the posts pooled.</param>
public sealed record RatioEstimate(double Rate, double? StandardError, double? Low, double? High, int Posts)
{
    private const double Confidence = 0.95;

    /// <summary>
    /// Pools the posts: <paramref name="engagements"/>[i] and <paramref name="basis"/>[i] are post i's
    /// engagement count and basis count.
    /// </summary>
    /// <returns>
    /// The estimate; null when the basis sums to zero (no posts, or none with a basis): there is no
    /// rate, not a zero rate, as with <see cref="Ratio.Of"/>.
    /// </returns>
    /// <exception cref="ArgumentNullException">Either list is null.</exception>
    /// <exception cref="ArgumentException">The lists differ in length, or a count is negative (the message names the post).</exception>
    public static RatioEstimate? Of(IReadOnlyList<long> engagements, IReadOnlyList<long> basis)
    {
        ArgumentNullException.ThrowIfNull(engagements);
        ArgumentNullException.ThrowIfNull(basis);
        if (engagements.Count != basis.Count)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{engagements.Count} engagement counts for {basis.Count} basis counts: give one of each per post."), nameof(basis));
        }

        long sumY = 0, sumX = 0;
        for (var i = 0; i < basis.Count; i++)
        {
            if (engagements[i] < 0 || basis[i] < 0)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Post {i} (counting from 0) has {engagements[i]} engagements of a basis of {basis[i]}: counts cannot be negative."), engagements[i] < 0 ? nameof(engagements) : nameof(basis));
            }

            sumY += engagements[i];
            sumX += basis[i];
        }

        if (sumX == 0)
        {
            return null;
        }

        var n = basis.Count;
        var rate = (double)sumY / sumX;
        if (n == 1)
        {
            return new RatioEstimate(rate, null, null, null, n);
        }

        double squares = 0;
        for (var i = 0; i < n; i++)
        {
            var residual = engagements[i] - (rate * basis[i]);
            squares += residual * residual;
        }

        var meanX = (double)sumX / n;
        var se = Math.Sqrt(squares / (n * (n - 1.0) * meanX * meanX));
        var half = StudentT.InvCDF(0, 1, n - 1, 1 - ((1 - Confidence) / 2)) * se;
        return new RatioEstimate(rate, se, Math.Max(0, rate - half), rate + half, n);
    }
}
