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

namespace Payoff.Storage.DuckDb;

/// <summary>Every store contract over one DuckDB connection, for the one caller that holds it.</summary>
public sealed class DuckDbStoreSession : IStoreSession
{
    private readonly Action<bool> end;
    private bool ended;

    /// <summary>Creates a session over <paramref name="db"/>; <paramref name="end"/> runs once when it is disposed (true when the connection was invalidated).</summary>
    public DuckDbStoreSession(DuckDbDatabase db, Action<bool> end)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(end);
        Database = db;
        this.end = end;
        Workspaces = new DuckDbWorkspaceStore(db);
        Importing = new DuckDbImportStore(db);
        Ingest = new DuckDbIngestStore(db);
        Sources = new DuckDbSourcesReader(db);
        DataDays = new DuckDbDataDaysReader(db);
        Ledger = new DuckDbLedgerReader(db);
        Journeys = new DuckDbJourneyReader(db);
        Costs = new DuckDbCostsReader(db);
        Social = new DuckDbSocialReader(db);
        Content = new DuckDbContentReader(db);
        Experiments = new DuckDbExperimentStore(db);
        Conversations = new DuckDbConversationStore(db);
        ConversationReports = new DuckDbConversationReader(db);
        Service = new DuckDbConversationReader(db);
        Audience = new DuckDbAudienceReader(db);
        LinkResults = new DuckDbLinksReader(db);
        NetworkNames = new DuckDbNetworkNames(db);
        CostSetup = new DuckDbCostSetupStore(db);
        Goals = new DuckDbGoalStore(db);
        Advocacy = new DuckDbAdvocacyStore(db);
        Publishing = new DuckDbPublishingStore(db);
        Links = new DuckDbLinkStore(db);
        Sites = new DuckDbSiteStore(db);
        Salts = new DuckDbSaltStore(db);
        Status = new DuckDbStatusReader(db);
        Users = new DuckDbUserStore(db);
        ApiKeys = new DuckDbApiKeyStore(db);
        Invitations = new DuckDbInvitationStore(db);
        KeyRing = new DuckDbKeyRingStore(db);
        Limits = new DuckDbSharedLimitsStore(db);
        People = new DuckDbPeopleReader(db);
    }

    /// <summary>The connection, for code inside <c>Payoff.Storage</c> and the hosts' composition roots only.</summary>
    public DuckDbDatabase Database { get; }

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
    public Task FlushAsync(CancellationToken cancellationToken = default) =>
        Sync.Run(() => Database.Execute("CHECKPOINT"), cancellationToken);

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        if (!ended)
        {
            ended = true;
            end(Invalidated());
        }

        return ValueTask.CompletedTask;
    }

    private bool Invalidated()
    {
        try
        {
            Database.Scalar<int>("SELECT 1");
            return false;
        }
        catch (DuckDB.NET.Data.DuckDBException ex) when (ex.Message.Contains("invalidated", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
    }
}
