using Payoff.Core.Contacts;
using Payoff.Core.Costs;
using Payoff.Core.Events;
using Payoff.Core.Importing;
using Payoff.Core.Social;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.Contract;

/// <summary>Shorthands over <see cref="IImportStore.WriteAsync{T}"/>, one per record kind the contracts write.</summary>
internal static class ImportWrites
{
    public static Task<ImportRecord> WriteEventsAsync(this IImportStore store, Workspace workspace, ImportRequest request, IReadOnlyList<TrackedEvent> events) =>
        store.WriteAsync(workspace, request, ImportRecords.Events, new InMemoryRows<TrackedEvent>(events));

    public static Task<ImportRecord> WriteContactsAsync(this IImportStore store, Workspace workspace, ImportRequest request, IReadOnlyList<CrmContact> contacts) =>
        store.WriteAsync(workspace, request, ImportRecords.Contacts, new InMemoryRows<CrmContact>(contacts));

    public static Task<ImportRecord> WriteMetricsAsync(this IImportStore store, Workspace workspace, ImportRequest request, IImportRows<AccountMetric> metrics) =>
        store.WriteAsync(workspace, request, ImportRecords.Metrics, metrics);

    public static Task<ImportRecord> WriteCostsAsync(this IImportStore store, Workspace workspace, ImportRequest request, IImportRows<AdCost> costs) =>
        store.WriteAsync(workspace, request, ImportRecords.Costs, costs);
}
