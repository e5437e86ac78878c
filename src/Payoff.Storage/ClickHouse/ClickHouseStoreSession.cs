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
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;
using Payoff.Storage.ClickHouse.Adapters;

namespace Payoff.Storage.ClickHouse;

/// <summary>
/// Every store contract over a ClickHouse database. Sessions share nothing but the database's clients, so any number run at
/// once, in one process or many.
/// </summary>
public sealed class ClickHouseStoreSession : IStoreSession
{
    /// <summary>Creates a session over <paramref name="db"/>.</summary>
    public ClickHouseStoreSession(ClickHouseDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var scopes = new ClickHouseScopes(db);
        var events = new ClickHouseEvents(db);
        var workspaces = new ClickHouseWorkspaceStore(db, scopes);
        Importing = new ClickHouseImportStore(db, events);
        Ingest = new ClickHouseIngestStore(db, events, workspaces);
        DataDays = new ClickHouseDataDaysReader(db, events);
        Status = new ClickHouseStatusReader(db);
        People = new ClickHousePeopleReader(db, events);
        Sources = new ClickHouseSourcesReader(db, events);
        Costs = new ClickHouseCostsReader(db, events);
        Social = new ClickHouseSocialReader(db, events);
        Content = new ClickHouseContentReader(db, events);
        var setup = new ClickHouseCostSetupStore(db);
        CostSetup = setup;
        var conversations = new ClickHouseConversationStore(db, events);
        var conversationReader = new ClickHouseConversationReader(db, events, conversations);
        Conversations = conversations;
        ConversationReports = conversationReader;
        Service = conversationReader;
        var advocacy = new ClickHouseAdvocacyStore(db, events);
        Advocacy = advocacy;
        Ledger = new ClickHouseLedgerReader(db, events, setup, conversations, conversationReader, advocacy);
        Journeys = new ClickHouseJourneyReader(db, events);
        LinkResults = new ClickHouseLinksReader(db, events);
        NetworkNames = new ClickHouseNetworkNames(db, events);
        Audience = new ClickHouseAudienceReader(db, events);
        Experiments = new ClickHouseExperimentStore(db);
        Publishing = new ClickHousePublishingStore(db);
        Workspaces = workspaces;
        Goals = new ClickHouseGoalStore(db);
        Links = new ClickHouseLinkStore(db);
        Sites = new ClickHouseSiteStore(db);
        Salts = new ClickHouseSaltStore(db);
        Users = new ClickHouseUserStore(db);
        ApiKeys = new ClickHouseApiKeyStore(db);
        Invitations = new ClickHouseInvitationStore(db);
        KeyRing = new ClickHouseKeyRingStore(db);
        Limits = new ClickHouseSharedLimitsStore(db);
    }

    /// <inheritdoc />
    public IWorkspaceStore Workspaces { get; }

    /// <inheritdoc />
    public IImportStore Importing { get; }

    /// <inheritdoc />
    public IIngestStore Ingest { get; }

    /// <inheritdoc />
    public ISourcesReader Sources { get; }

    /// <inheritdoc />
    public IDataDaysReader DataDays { get; }

    /// <inheritdoc />
    public ILedgerReader Ledger { get; }

    /// <inheritdoc />
    public IJourneyReader Journeys { get; }

    /// <inheritdoc />
    public ICostsReader Costs { get; }

    /// <inheritdoc />
    public ISocialReader Social { get; }

    /// <inheritdoc />
    public IContentReader Content { get; }

    /// <inheritdoc />
    public IExperimentStore Experiments { get; }

    /// <inheritdoc />
    public Payoff.Core.Conversations.IConversationStore Conversations { get; }

    /// <inheritdoc />
    public Payoff.Core.Conversations.IConversationReader ConversationReports { get; }

    /// <inheritdoc />
    public Payoff.Core.Conversations.IServiceReader Service { get; }

    /// <inheritdoc />
    public IAudienceReader Audience { get; }

    /// <inheritdoc />
    public ILinksReader LinkResults { get; }

    /// <inheritdoc />
    public INetworkNamesReader NetworkNames { get; }

    /// <inheritdoc />
    public ICostSetupStore CostSetup { get; }

    /// <inheritdoc />
    public IGoalStore Goals { get; }

    /// <inheritdoc />
    public Payoff.Core.Advocacy.IAdvocacyStore Advocacy { get; }

    /// <inheritdoc />
    public Payoff.Core.Publishing.IPublishingStore Publishing { get; }

    /// <inheritdoc />
    public ILinkStore Links { get; }

    /// <inheritdoc />
    public ISiteStore Sites { get; }

    /// <inheritdoc />
    public ISaltStore Salts { get; }

    /// <inheritdoc />
    public IStatusReader Status { get; }

    /// <inheritdoc />
    public IUserStore Users { get; }

    /// <inheritdoc />
    public IApiKeyStore ApiKeys { get; }

    /// <inheritdoc />
    public IInvitationStore Invitations { get; }

    /// <inheritdoc />
    public IKeyRingStore KeyRing { get; }

    /// <inheritdoc />
    public ISharedLimitsStore Limits { get; }

    /// <inheritdoc />
    public IPeopleReader People { get; }

    /// <inheritdoc />
    public Task FlushAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <inheritdoc />
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
