namespace Payoff.Core.Importing;

/// <summary>The data an import writes, one value per <see cref="ImportRecords"/> kind; each keeps its records by its own rule.</summary>
public enum ImportedData
{
    /// <summary>Tracked events: idempotent by event id (an id stored or repeated is a duplicate); sessions and people derived again.</summary>
    Events,

    /// <summary>CRM contacts: upserted by contact id, the last row of an id in the file winning; people derived again.</summary>
    Contacts,

    /// <summary>Conversion paths: the file replaces the workspace's whole previous path data set.</summary>
    Journeys,

    /// <summary>Daily account metrics: replace the stored row of the same network, account, metric and day.</summary>
    Metrics,

    /// <summary>Daily ad costs: replace the stored row of the same network, campaign and day.</summary>
    Costs,

    /// <summary>Post snapshots: replace the stored post of the same network and post id.</summary>
    Posts,

    /// <summary>Posts, daily metrics and audience demographics of one export: posts and metrics each replaced as <see cref="Posts"/> and <see cref="Metrics"/> are; an audience's dimension (network, account, audience, dimension) replaced as a whole, the first row of a value in the file winning.</summary>
    Social,

    /// <summary>Analytics traffic: replaces the same dimension, value and period; a partly overlapping period of the same dimension is refused.</summary>
    Traffic,

    /// <summary>Conversation messages (<see cref="Conversations.ScoredMessage"/>): each replaces a stored message with the same network (any case) and message id; the first row of a key in the file wins.</summary>
    Conversations,
}
