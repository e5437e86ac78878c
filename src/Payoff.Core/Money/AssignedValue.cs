namespace Payoff.Core.Money;

/// <summary>
/// The value a conversion that is not a sale is worth (seed 001): each <c>conversion</c> event named
/// <paramref name="Conversion"/> without a value of its own counts <paramref name="Value"/> as "value"
/// beside revenue. The name <c>visit</c> gives every session a value (an ad-supported site, seed 004).
/// </summary>
/// <param name="Conversion">The conversion event's name (<c>newsletter</c>, <c>trial</c>), or <c>visit</c>.</param>
/// <param name="Value">The value of one.</param>
/// <param name="Currency">The value's currency.</param>
public sealed record AssignedValue(string Conversion, decimal Value, string Currency)
{
    /// <summary>The name that values every session.</summary>
    public const string Visit = "visit";
}
