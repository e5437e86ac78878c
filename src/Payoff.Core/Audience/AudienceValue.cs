namespace Payoff.Core.Audience;

/// <summary>One value of a distribution in the audience report.</summary>
/// <param name="Value">The value as the platform writes it.</param>
/// <param name="Count">The people (or views) with it, when the file gave counts; else null.</param>
/// <param name="Share">Its share of the dimension as a fraction: the count over the listed values' total when the file gave counts, else the platform's percentage.</param>
/// <param name="IsOther">Whether it is the platform's catch-all row ("Other"), kept and labelled.</param>
public sealed record AudienceValue(string Value, long? Count, decimal Share, bool IsOther);
