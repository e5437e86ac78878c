using Microsoft.Extensions.Time.Testing;
using Payoff.Core.Channels;
using Payoff.Core.Contacts;
using Payoff.Core.Events;
using Payoff.Core.Importing;
using Payoff.Core.Reporting.Sources;
using Payoff.Core.Workspaces;
using Payoff.Storage.DuckDb;

namespace Payoff.Storage.Tests;

/// <summary>A real DuckDB file in a temporary folder, with intent methods for tests.</summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("payoff-test-").FullName;
    private int _imports;

    public TestDatabase(string timeZone = "UTC")
    {
        Path = System.IO.Path.Combine(_folder, "test.duckdb");
        Db = DuckDbDatabase.Open(Path, Time);
        Workspaces = new DuckDbWorkspaceStore(Db);
        Imports = new DuckDbImportStore(Db);
        var workspace = Workspaces.FindAsync(Workspace.DefaultName).Result!;
        Workspace = workspace with { TimeZone = timeZone };
        Workspaces.UpdateAsync(Workspace).Wait();
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 7, 1, 12, 0, 0, TimeSpan.Zero));

    public string Path { get; }

    public DuckDbDatabase Db { get; private set; }

    public DuckDbWorkspaceStore Workspaces { get; }

    public DuckDbImportStore Imports { get; }

    public Workspace Workspace { get; }

    public static TrackedEvent Visit(string id, string visitor, string at, string url = "https://shop.example.com/", string? referrer = null) => new()
    {
        EventId = id,
        Timestamp = DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture),
        VisitorId = visitor,
        Type = EventType.Pageview,
        Url = url,
        Referrer = referrer,
        Source = ChannelClassifier.Default.Classify(url, referrer),
    };

    public static TrackedEvent Conversion(string id, string? visitor, string at, EventType type, string? contact = null, decimal? value = null, string? currency = null) => new()
    {
        EventId = id,
        Timestamp = DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture),
        VisitorId = visitor,
        Type = type,
        ContactId = contact,
        Value = value,
        Currency = currency,
        Url = "https://shop.example.com/thanks",
        Source = ChannelClassifier.Default.Classify("https://shop.example.com/thanks", null),
    };

    public ImportRecord Write(params TrackedEvent[] events) =>
        Imports.WriteAsync(Workspace, Request(ImportKind.Events, events.Length), ImportRecords.Events, new InMemoryRows<TrackedEvent>(events)).Result;

    public ImportRecord WriteContacts(params CrmContact[] contacts) =>
        Imports.WriteAsync(Workspace, Request(ImportKind.Contacts, contacts.Length), ImportRecords.Contacts, new InMemoryRows<Payoff.Core.Contacts.CrmContact>(contacts)).Result;

    public SourcesReport Sources(string from, string to, SourcesGrouping by = SourcesGrouping.Network, string? network = null, PeriodComparison compare = PeriodComparison.None) =>
        new SourcesReportBuilder(new DuckDbSourcesReader(Db), new DuckDbDataDaysReader(Db)).BuildAsync(
            Workspace,
            new SourcesQuery(new DateRange(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)), by, network, compare)).Result;

    public long Count(string table) => Db.Scalar<long>($"SELECT count(*) FROM {table} WHERE workspace_id = $1", Workspace.Id);

    public void Reopen()
    {
        Db.Dispose();
        Db = DuckDbDatabase.Open(Path, Time);
    }

    public void Dispose()
    {
        Db.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private ImportRequest Request(ImportKind kind, long rows) => new(kind, $"test-{++_imports}.csv", $"sha-{_imports}", rows, 0);
}
