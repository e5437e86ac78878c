namespace Payoff.Core.Attribution;

/// <summary>
/// An ordered list of touches (channel, network or campaign keys) with how many times it ended in a
/// conversion, the value of those conversions, and how many times it ended without one. A journey
/// built from tracked events also knows how long before its conversion each touch happened.
/// </summary>
/// <param name="Keys">The touches, oldest first.</param>
/// <param name="Conversions">Conversions at the end of this journey.</param>
/// <param name="Value">Their value.</param>
/// <param name="Nulls">Times this journey ended without a conversion.</param>
/// <param name="DaysBefore">For each touch, the days from it to the conversion (null for imported paths, which carry no dates).</param>
public sealed record Journey(IReadOnlyList<string> Keys, long Conversions, decimal Value, long Nulls, IReadOnlyList<double>? DaysBefore = null)
{
    /// <summary>The touches with consecutive repeats collapsed (<c>a > a > b</c> is <c>a > b</c>).</summary>
    public IReadOnlyList<string> Collapsed
    {
        get
        {
            var result = new List<string>(Keys.Count);
            foreach (var key in Keys)
            {
                if (result.Count == 0 || !string.Equals(result[^1], key, StringComparison.Ordinal))
                {
                    result.Add(key);
                }
            }

            return result;
        }
    }
}
