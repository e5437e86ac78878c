using Payoff.Core.Statistics;

namespace Payoff.Core.Reporting.Sources;

/// <summary>The sums the sources report is made of, for one row and one period.</summary>
/// <param name="Sessions">Sessions that started in the period.</param>
/// <param name="Contacts">People who became contacts in the period, by their original source.</param>
/// <param name="Customers">People who became customers in the period, by their original source.</param>
/// <param name="Revenue">Revenue dated in the period, in the reporting currency, by the buyer's original source.</param>
public sealed record SourceCounts(long Sessions, long Contacts, long Customers, decimal Revenue)
{
    /// <summary>All zero.</summary>
    public static readonly SourceCounts Zero = new(0, 0, 0, 0m);

    /// <summary>New contacts / sessions.</summary>
    public decimal? ContactRate => Ratio.Of(Contacts, Sessions);

    /// <summary>New customers / sessions.</summary>
    public decimal? CustomerRate => Ratio.Of(Customers, Sessions);

    /// <summary>New customers / new contacts.</summary>
    public decimal? LeadToCustomerRate => Ratio.Of(Customers, Contacts);

    /// <summary>The sum of two sets of counts.</summary>
    public SourceCounts Add(SourceCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Sessions + other.Sessions, Contacts + other.Contacts, Customers + other.Customers, Revenue + other.Revenue);
    }
}
