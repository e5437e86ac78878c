using Payoff.Core.Access;
using Payoff.Core.Attribution;
using Payoff.Core.Audience;
using Payoff.Core.Collect;
using Payoff.Core.Contacts;
using Payoff.Core.Content;
using Payoff.Core.Costs;
using Payoff.Core.Goals;
using Payoff.Core.Importing;
using Payoff.Core.Ledger;
using Payoff.Core.Links;
using Payoff.Core.Reporting;
using Payoff.Core.Reporting.Costs;
using Payoff.Core.Reporting.Links;
using Payoff.Core.Reporting.Social;
using Payoff.Core.Reporting.Sources;
using Payoff.Core.Workspaces;

namespace Payoff.Core.Stores;

/// <summary>
/// Every store contract of one database, for one caller at a time (see <see cref="IStore.OpenSessionAsync"/>).
/// The hosts (CLI, API, dashboard) reach stored data only through these contracts, so a second engine
/// (ClickHouse) adds adapters and nothing above Core changes.
/// </summary>
/// <remarks>
/// Every adapter honours these rules, besides each contract's own:
/// <list type="bullet">
/// <item>All contracts of a session read and write the same database; a write is visible to the session's next
/// read at once.</item>
/// <item>Disposing the session lets the next caller in; it does not close the store.</item>
/// <item>Times passed in and out are UTC instants; days are local days of the workspace's time zone
/// (<see cref="WorkspaceCalendar"/>); money is exact <see cref="decimal"/> in the currency a record names.</item>
/// <item>A refusal a person can act on (a taken name, slug, e-mail or domain; an undo that would not be exact) throws
/// <see cref="StoreException"/>; anything else thrown is a fault, and the failed write stored nothing.</item>
/// <item>The contract test suite (<c>tests/Payoff.Storage.Contract</c>) checks these rules; an adapter passes all of it.</item>
/// </list>
/// </remarks>
public interface IStoreSession : IAsyncDisposable
{
    /// <summary>Workspaces.</summary>
    IWorkspaceStore Workspaces { get; }

    /// <summary>Imports: events, contacts, journeys, metrics, costs, posts, traffic; their history and undo.</summary>
    IImportStore Importing { get; }

    /// <summary>What the live service collected (events, clicks, dropped hits).</summary>
    IIngestStore Ingest { get; }

    /// <summary>Sessions, contacts, customers and revenue per bucket and key.</summary>
    ISourcesReader Sources { get; }

    /// <summary>The days with data.</summary>
    IDataDaysReader DataDays { get; }

    /// <summary>Results, money and time per day, network and campaign (ROI, KPIs, goals, the verdict).</summary>
    ILedgerReader Ledger { get; }

    /// <summary>Journeys for attribution.</summary>
    IJourneyReader Journeys { get; }

    /// <summary>Imported ad spend.</summary>
    ICostsReader Costs { get; }

    /// <summary>Imported social metrics.</summary>
    ISocialReader Social { get; }

    /// <summary>Imported posts for the content reports: post performance, groups, comparisons and the best time to post.</summary>
    IContentReader Content { get; }

    /// <summary>Content experiments and their recorded results.</summary>
    IExperimentStore Experiments { get; }

    /// <summary>Conversations: settings, live messages, the list, sentiment corrections, erasure and retention.</summary>
    Conversations.IConversationStore Conversations { get; }

    /// <summary>The conversations report's aggregations: counts per period, negative messages' words, discussed posts.</summary>
    Conversations.IConversationReader ConversationReports { get; }

    /// <summary>Customer-service requests and their first responses.</summary>
    Conversations.IServiceReader Service { get; }

    /// <summary>Imported audience demographics.</summary>
    IAudienceReader Audience { get; }

    /// <summary>Clicks and results per tracked link.</summary>
    ILinksReader LinkResults { get; }

    /// <summary>The network names a workspace's data holds.</summary>
    INetworkNamesReader NetworkNames { get; }

    /// <summary>Time, rates, fees, currency rates and values.</summary>
    ICostSetupStore CostSetup { get; }

    /// <summary>SMART goals.</summary>
    IGoalStore Goals { get; }

    /// <summary>Advocates, referral programs and the two-way reward ledger (issue 19).</summary>
    Advocacy.IAdvocacyStore Advocacy { get; }

    /// <summary>Report templates, white-label settings, schedules, share links, the report archive and alert rules (issue 20).</summary>
    Publishing.IPublishingStore Publishing { get; }

    /// <summary>Tracked short links.</summary>
    ILinkStore Links { get; }

    /// <summary>Websites sending events.</summary>
    ISiteStore Sites { get; }

    /// <summary>Daily salts of cookieless visitor ids.</summary>
    ISaltStore Salts { get; }

    /// <summary>What the collector received.</summary>
    IStatusReader Status { get; }

    /// <summary>Dashboard users and their roles.</summary>
    IUserStore Users { get; }

    /// <summary>API keys.</summary>
    IApiKeyStore ApiKeys { get; }

    /// <summary>Invitations and password resets.</summary>
    IInvitationStore Invitations { get; }

    /// <summary>The data-protection key ring every node serving the store shares.</summary>
    IKeyRingStore KeyRing { get; }

    /// <summary>The sign-in attempts and API request counts several servers of the store limit together.</summary>
    ISharedLimitsStore Limits { get; }

    /// <summary>The people derived from events and contacts: stitched visitors and original sources.</summary>
    IPeopleReader People { get; }

    /// <summary>
    /// Makes everything written so far durable in the database's main file (DuckDB: <c>CHECKPOINT</c>), so a
    /// copy of the file or a restart does not depend on the write-ahead log.
    /// </summary>
    Task FlushAsync(CancellationToken cancellationToken = default);
}
