using Payoff.Core.Contacts;
using Payoff.Core.Costs;
using Payoff.Core.Events;
using Payoff.Core.Journeys;
using Payoff.Core.Social;
using Payoff.Core.Traffic;

namespace Payoff.Core.Importing;

/// <summary>
/// The kinds of record an import writes, each tied to its record type so that
/// <see cref="IImportStore.WriteAsync{T}"/> only accepts rows of the right type for the kind.
/// </summary>
public static class ImportRecords
{
    /// <summary>Tracked events (<see cref="ImportedData.Events"/>).</summary>
    public static ImportRecordKind<TrackedEvent> Events { get; } = new(ImportedData.Events);

    /// <summary>CRM contacts (<see cref="ImportedData.Contacts"/>).</summary>
    public static ImportRecordKind<CrmContact> Contacts { get; } = new(ImportedData.Contacts);

    /// <summary>Conversion paths (<see cref="ImportedData.Journeys"/>).</summary>
    public static ImportRecordKind<JourneyPath> Journeys { get; } = new(ImportedData.Journeys);

    /// <summary>Daily account metrics (<see cref="ImportedData.Metrics"/>).</summary>
    public static ImportRecordKind<AccountMetric> Metrics { get; } = new(ImportedData.Metrics);

    /// <summary>Daily ad costs (<see cref="ImportedData.Costs"/>).</summary>
    public static ImportRecordKind<AdCost> Costs { get; } = new(ImportedData.Costs);

    /// <summary>Post snapshots (<see cref="ImportedData.Posts"/>).</summary>
    public static ImportRecordKind<SocialPost> Posts { get; } = new(ImportedData.Posts);

    /// <summary>Posts and daily metrics of one export (<see cref="ImportedData.Social"/>).</summary>
    public static ImportRecordKind<SocialRecord> Social { get; } = new(ImportedData.Social);

    /// <summary>Analytics traffic (<see cref="ImportedData.Traffic"/>).</summary>
    public static ImportRecordKind<TrafficRow> Traffic { get; } = new(ImportedData.Traffic);

    /// <summary>Conversation messages, pseudonymised and scored (<see cref="ImportedData.Conversations"/>).</summary>
    public static ImportRecordKind<Conversations.ScoredMessage> Conversations { get; } = new(ImportedData.Conversations);
}
