using Payoff.Core.Channels;
using Payoff.Core.Events;
using Payoff.Core.Sessions;

namespace Payoff.Core.Contacts;

/// <summary>A person's original source: where they first came from, credited with their contact, customer and revenue.</summary>
/// <remarks>
/// <para>
/// The rule (docs/METRICS.md "People, contacts, customers"; reference/metrics-and-attribution.md: a lead is
/// credited to their first known visit, as HubSpot's "Original source" property is), first match wins:
/// </para>
/// <list type="number">
/// <item>The CRM's own original source, when the contact's import gave one (<see cref="CrmContact.OriginalSource"/>,
/// mapped by <see cref="CrmOriginalSource"/>): the CRM is the system of record. Only channel, network, source, medium
/// and campaign are kept.</item>
/// <item>Else the first session (earliest start; at the same instant the ordinally smaller visitor id) of any visitor
/// stitched to the person (<see cref="IdentityStitcher"/>).</item>
/// <item>Else the source of the person's first conversion event (earliest; at the same instant the ordinally smaller
/// event id): a server-side conversion with no tracked visit.</item>
/// <item>Else <see cref="CrmOriginalSource.Offline"/>: a CRM contact with no known visit (HubSpot's "Offline sources").</item>
/// </list>
/// <para>A person's original source never carries a click id (the stores do not keep it per person).</para>
/// </remarks>
public static class OriginalSource
{
    /// <summary>Resolves a person's original source by the rule above.</summary>
    /// <param name="crm">The person's CRM record, or <see langword="null"/> when it has none.</param>
    /// <param name="sessions">The sessions of every visitor stitched to the person, in any order.</param>
    /// <param name="conversions">The person's conversion events (lead, customer, conversion), in any order.</param>
    /// <returns>The source, and the first session when the source is that session's (else <see langword="null"/>).</returns>
    public static (TrafficSource Source, Session? FirstSession) Resolve(CrmContact? crm, IEnumerable<Session> sessions, IEnumerable<TrackedEvent> conversions)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        ArgumentNullException.ThrowIfNull(conversions);
        if (crm?.OriginalSource is { } own)
        {
            return (own with { Content = null, Term = null, ClickId = null }, null);
        }

        var first = sessions.OrderBy(s => s.Start).ThenBy(s => s.VisitorId, StringComparer.Ordinal).FirstOrDefault();
        if (first is not null)
        {
            return (first.Source with { ClickId = null }, first);
        }

        var conversion = conversions.OrderBy(e => e.Timestamp).ThenBy(e => e.EventId, StringComparer.Ordinal).FirstOrDefault();
        return conversion is not null ? (conversion.Source with { ClickId = null }, null) : (CrmOriginalSource.Offline, null);
    }
}
