using Payoff.Core.Access;
using Payoff.Core.Attribution;
using Payoff.Core.Collect;
using Payoff.Core.Contacts;
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

namespace Payoff.Cli.Tests;

/// <summary>A store session that counts its ledger reads (<see cref="Reads"/>) and passes everything to the real one.</summary>
public sealed class CountingStoreSession(IStoreSession inner) : IStoreSession, ILedgerReader
{
    /// <summary>The ranges <see cref="ILedgerReader.ReadAsync"/> and <see cref="ILedgerReader.ReadWithCoverageAsync"/> were asked for, in order.</summary>
    public List<DateRange> Reads { get; } = [];

    public IWorkspaceStore Workspaces => inner.Workspaces;

    public IImportStore Importing => inner.Importing;

    public IIngestStore Ingest => inner.Ingest;

    public ISourcesReader Sources => inner.Sources;

    public IDataDaysReader DataDays => inner.DataDays;

    public ILedgerReader Ledger => this;

    public IJourneyReader Journeys => inner.Journeys;

    public ICostsReader Costs => inner.Costs;

    public ISocialReader Social => inner.Social;

    public Payoff.Core.Content.IContentReader Content => inner.Content;

    public Payoff.Core.Content.IExperimentStore Experiments => inner.Experiments;

    public Payoff.Core.Conversations.IConversationStore Conversations => inner.Conversations;

    public Payoff.Core.Conversations.IConversationReader ConversationReports => inner.ConversationReports;

    public Payoff.Core.Conversations.IServiceReader Service => inner.Service;

    public Payoff.Core.Audience.IAudienceReader Audience => inner.Audience;

    public ILinksReader LinkResults => inner.LinkResults;

    public INetworkNamesReader NetworkNames => inner.NetworkNames;

    public ICostSetupStore CostSetup => inner.CostSetup;

    public IGoalStore Goals => inner.Goals;

    /// <inheritdoc />
    public Payoff.Core.Advocacy.IAdvocacyStore Advocacy => inner.Advocacy;
    public Payoff.Core.Publishing.IPublishingStore Publishing => inner.Publishing;

    public ILinkStore Links => inner.Links;

    public ISiteStore Sites => inner.Sites;

    public ISaltStore Salts => inner.Salts;

    public IStatusReader Status => inner.Status;

    public IUserStore Users => inner.Users;

    public IApiKeyStore ApiKeys => inner.ApiKeys;

    public IInvitationStore Invitations => inner.Invitations;

    public IKeyRingStore KeyRing => inner.KeyRing;

    public ISharedLimitsStore Limits => inner.Limits;

    public IPeopleReader People => inner.People;

    public Task FlushAsync(CancellationToken cancellationToken = default) => inner.FlushAsync(cancellationToken);

    public ValueTask DisposeAsync() => inner.DisposeAsync();

    public Task<LedgerData> ReadAsync(Workspace workspace, DateRange range, CancellationToken cancellationToken = default)
    {
        Reads.Add(range);
        return inner.Ledger.ReadAsync(workspace, range, cancellationToken);
    }

    public Task<(LedgerData Data, DataCoverage Coverage)> ReadWithCoverageAsync(Workspace workspace, DateRange range, CancellationToken cancellationToken = default)
    {
        Reads.Add(range);
        return inner.Ledger.ReadWithCoverageAsync(workspace, range, cancellationToken);
    }

    public Task<DataCoverage> ReadCoverageAsync(Workspace workspace, CancellationToken cancellationToken = default) => inner.Ledger.ReadCoverageAsync(workspace, cancellationToken);
}
