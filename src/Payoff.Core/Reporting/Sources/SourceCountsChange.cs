namespace Payoff.Core.Reporting.Sources;

/// <summary>
/// The changes of one row's sums against its comparison period, each under the comparison rule of
/// <see cref="Change"/>. Every figure here is one where more is better.
/// </summary>
/// <param name="Sessions">The change in sessions.</param>
/// <param name="Contacts">The change in new contacts.</param>
/// <param name="ContactRate">The relative change in contacts ÷ sessions.</param>
/// <param name="Customers">The change in new customers.</param>
/// <param name="Revenue">The change in revenue.</param>
public sealed record SourceCountsChange(Change Sessions, Change Contacts, Change ContactRate, Change Customers, Change Revenue)
{
    /// <summary>The changes from <paramref name="previous"/> to <paramref name="current"/>, given the comparison period's <paramref name="coverage"/>.</summary>
    public static SourceCountsChange Of(SourceCounts current, SourceCounts previous, Coverage coverage)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(previous);
        return new(
            Change.Of(current.Sessions, previous.Sessions, coverage),
            Change.Of(current.Contacts, previous.Contacts, coverage),
            Change.Of(current.ContactRate, previous.ContactRate, coverage),
            Change.Of(current.Customers, previous.Customers, coverage),
            Change.Of(current.Revenue, previous.Revenue, coverage));
    }
}
