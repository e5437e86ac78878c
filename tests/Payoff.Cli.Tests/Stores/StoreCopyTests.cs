using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;
using Payoff.Storage;
using Payoff.Storage.Transfer;
using Payoff.Testing.ClickHouse;

namespace Payoff.Cli.Tests.Stores;

/// <summary>The reduced demo (20,000 sessions), built once for the copy tests as their source.</summary>
public sealed class DemoSource : IDisposable
{
    public DemoSource()
    {
        var built = Cli.Run("demo", "--no-serve", "--sessions", "20000");
        Assert.True(built.ExitCode == 0, built.Error);
    }

    public CliRun Cli { get; } = new();

    public string Address => StoreAddress.DuckDbScheme + Cli.Database;

    public void Dispose() => Cli.Dispose();
}

/// <summary>
/// Issue 21 §8, <c>payoff store copy</c>: a copied workspace gives every report the same JSON as its source (DuckDB to DuckDB,
/// and to the two-shard cluster and back); an undo in the copy does what it does in the source (the import history travels);
/// a value unique across the target, a difference found by the check and an interrupted earlier copy leave no half copy.
/// </summary>
public sealed class StoreCopyTests(DemoSource demo) : IClassFixture<DemoSource>, IDisposable
{
    private readonly CliRun target = new();
    private readonly string database = "store_copy_" + Guid.NewGuid().ToString("N");

    private string Target => StoreAddress.DuckDbScheme + target.Database;

    [Fact]
    public void Copied_into_a_new_file_the_workspace_gives_every_report_the_same_json()
    {
        var copy = target.Run("store", "copy", demo.Address, Target, "-w", "demo");
        Assert.True(copy.ExitCode == 0, copy.Error);
        Assert.Contains("every count and sum equal", copy.Out, StringComparison.Ordinal);
        Assert.Matches(@"│ events\s+│\s+[1-9][\d,]+ │", copy.Out);
        ReportParity.AssertSame(demo.Cli, target, "demo");
    }

    [ClickHouseFact]
    public void Copied_to_the_cluster_and_back_the_workspace_gives_every_report_the_same_json()
    {
        var address = ClickHouseCluster.Shared.Address ?? throw new InvalidOperationException("No ClickHouse server: " + ClickHouseCluster.Skip);
        var store = (address with { Database = database }).ToString();
        var there = target.Run("store", "copy", demo.Address, store, "-w", "demo");
        Assert.True(there.ExitCode == 0, there.Error);
        ReportParity.AssertSame(demo.Cli, target, "demo", store);

        var back = target.Run("store", "copy", store, Target, "-w", "demo");
        Assert.True(back.ExitCode == 0, back.Error);
        ReportParity.AssertSame(demo.Cli, target, "demo");
    }

    [Fact]
    public void An_undo_in_the_copy_gives_back_what_an_undo_in_the_source_gives_back() => UndoTravels(Target);

    [ClickHouseFact]
    public void An_undo_in_a_copy_on_the_cluster_gives_back_what_an_undo_in_the_source_gives_back()
    {
        var address = ClickHouseCluster.Shared.Address ?? throw new InvalidOperationException("No ClickHouse server: " + ClickHouseCluster.Skip);
        UndoTravels((address with { Database = database }).ToString());
    }

    [Fact]
    public void A_slug_the_target_holds_refuses_the_copy_and_leaves_the_target_as_it_was()
    {
        var slug = JsonDocument.Parse(demo.Cli.Run("link", "list", "-w", "demo", "--format", "json").Out).RootElement[0].GetProperty("slug").GetString()!;
        Assert.Equal(0, target.Run("link", "create", "--to", "https://example.org/", "--source", "x", "--medium", "social", "--campaign", "c", "--slug", slug).ExitCode);
        var before = target.Run("workspace", "list", "--format", "json").Out;

        var copy = target.Run("store", "copy", demo.Address, Target, "-w", "demo");
        Assert.Equal(1, copy.ExitCode);
        Assert.Contains($"links.slug '{slug}'", copy.Error, StringComparison.Ordinal);
        Assert.Equal(before, target.Run("workspace", "list", "--format", "json").Out);
    }

    [Fact]
    public void An_interrupted_copy_is_taken_away_by_the_next_one()
    {
        Assert.Equal(0, target.Run("workspace", "add", StoreCopy.PendingName("demo")).ExitCode);
        var copy = target.Run("store", "copy", demo.Address, Target, "-w", "demo");
        Assert.True(copy.ExitCode == 0, copy.Error);
        Assert.Contains("was rolled back first", copy.Out, StringComparison.Ordinal);
        var names = JsonDocument.Parse(target.Run("workspace", "list", "--format", "json").Out).RootElement.EnumerateArray().Select(w => w.GetProperty("name").GetString()).ToList();
        Assert.Contains("demo", names);
        Assert.DoesNotContain(StoreCopy.PendingName("demo"), names);
    }

    [Fact]
    public async Task A_difference_the_check_finds_rolls_the_target_back()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var source = await StoreAddress.Parse(demo.Address).OpenTablesAsync(time, create: false);
        await using var into = new LosingOneEvent(await StoreAddress.Parse(Target).OpenTablesAsync(time, create: true));

        var error = await Assert.ThrowsAsync<StoreException>(() => StoreCopy.RunAsync(source, into, "demo"));
        Assert.Contains("rolled back", error.Message, StringComparison.Ordinal);
        Assert.Matches(@"events has \d+ rows in the source, \d+ in the target", error.Message);
        Assert.Null(await into.Workspaces.FindAsync("demo"));
        Assert.Null(await into.Workspaces.FindAsync(StoreCopy.PendingName("demo")));
    }

    [Fact]
    public void Bad_requests_are_refused_with_what_to_do()
    {
        Assert.Contains("has no workspace 'nope'", target.Run("store", "copy", demo.Address, Target, "-w", "nope").Error, StringComparison.Ordinal);
        Assert.Contains("the same store", target.Run("store", "copy", demo.Address, demo.Address, "-w", "demo").Error, StringComparison.Ordinal);
        Assert.Contains("leave out --store and --db", target.Run("store", "copy", demo.Address, Target, "-w", "demo", "--db", target.Database).Error, StringComparison.Ordinal);
        Assert.Contains("There is no Payoff file", target.Run("store", "copy", "duckdb:" + Path.Combine(target.Folder, "missing.duckdb"), Target).Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(target.Folder, "missing.duckdb")));
    }

    public void Dispose()
    {
        target.Dispose();
        if (ClickHouseCluster.Shared.Address is { } address)
        {
            foreach (var node in address.Nodes.Count == 0 ? [0] : Enumerable.Range(0, address.Nodes.Count))
            {
                using var each = ClickHouseCluster.Shared.ServerClient(node);
                each.ExecuteAsync($"DROP DATABASE IF EXISTS {database}").GetAwaiter().GetResult();
            }
        }
    }

    /// <summary>
    /// Two cost files whose days overlap imported into a source, the workspace copied into <paramref name="store"/>, and the
    /// newer file undone on both sides: the costs report agrees before, and after (when the older file's replaced rows are
    /// current again, which only the copied history can give).
    /// </summary>
    private void UndoTravels(string store)
    {
        using var source = new CliRun();
        Assert.Equal(0, source.Run("workspace", "add", "shop").ExitCode);
        Assert.Equal(0, source.Run("import", "costs", "-w", "shop", source.File("c1.csv", "date,network,campaign,amount,currency\n2025-07-01,Facebook,spring,40,USD\n2025-07-02,Facebook,spring,41,USD\n")).ExitCode);
        Assert.Equal(0, source.Run("import", "costs", "-w", "shop", source.File("c2.csv", "date,network,campaign,amount,currency\n2025-07-02,Facebook,spring,99,USD\n2025-07-03,Facebook,spring,43,USD\n")).ExitCode);
        var copy = target.Run("store", "copy", "duckdb:" + source.Database, store, "-w", "shop");
        Assert.True(copy.ExitCode == 0, copy.Error);

        string[] Costs(CliRun cli, bool there) => ["report", "costs", "-w", "shop", "--from", "2025-07-01", "--to", "2025-07-31", "--format", "json", .. there ? new[] { "--store", store } : []];
        long Newest(CliRun cli, bool there) => JsonDocument.Parse(cli.Run(["imports", "list", "-w", "shop", "--format", "json", .. there ? new[] { "--store", store } : []]).Out).RootElement[0].GetProperty("id").GetInt64();
        var before = source.Run(Costs(source, false)).Out;
        Assert.Equal(before, target.Run(Costs(target, true)).Out);

        Assert.Equal(0, source.Run("imports", "undo", "-w", "shop", Newest(source, false).ToString(System.Globalization.CultureInfo.InvariantCulture)).ExitCode);
        Assert.Equal(0, target.Run("imports", "undo", "-w", "shop", Newest(target, true).ToString(System.Globalization.CultureInfo.InvariantCulture), "--store", store).ExitCode);
        var after = source.Run(Costs(source, false)).Out;
        Assert.NotEqual(before, after);
        Assert.Contains("\"ad_spend\": 182,", before, StringComparison.Ordinal); // 40 + 99 + 43
        Assert.Contains("\"ad_spend\": 81,", after, StringComparison.Ordinal); // 40 + 41: the older file's 2 July is back
        Assert.Equal(after, target.Run(Costs(target, true)).Out);
    }

    /// <summary>A target that silently drops the last event of the first batch it is given.</summary>
    private sealed class LosingOneEvent(IWorkspaceTables inner) : IWorkspaceTables
    {
        private bool lost;

        public string Location => inner.Location;

        public IWorkspaceStore Workspaces => inner.Workspaces;

        public IAsyncEnumerable<object?[]> ReadAsync(TransferTable table, Workspace workspace, CancellationToken cancellationToken = default) => inner.ReadAsync(table, workspace, cancellationToken);

        public Task WriteAsync(TransferTable table, Workspace workspace, IReadOnlyList<object?[]> rows, CancellationToken cancellationToken = default)
        {
            if (table.Name == "events" && !lost)
            {
                lost = true;
                rows = rows.Take(rows.Count - 1).ToList();
            }

            return inner.WriteAsync(table, workspace, rows, cancellationToken);
        }

        public Task<IReadOnlyList<long>> NewIdsAsync(string sequence, int count, CancellationToken cancellationToken = default) => inner.NewIdsAsync(sequence, count, cancellationToken);

        public Task<IReadOnlySet<string>> HeldAsync(TransferTable table, string column, IReadOnlyCollection<string> values, CancellationToken cancellationToken = default) => inner.HeldAsync(table, column, values, cancellationToken);

        public Task<IReadOnlyList<TransferUser>> MembersAsync(Workspace workspace, CancellationToken cancellationToken = default) => inner.MembersAsync(workspace, cancellationToken);

        public Task<long> EnsureUserAsync(TransferUser user, CancellationToken cancellationToken = default) => inner.EnsureUserAsync(user, cancellationToken);

        public Task FinishAsync(Workspace workspace, CancellationToken cancellationToken = default) => inner.FinishAsync(workspace, cancellationToken);

        public Task<IReadOnlyDictionary<string, decimal>> DerivedTotalsAsync(Workspace workspace, CancellationToken cancellationToken = default) => inner.DerivedTotalsAsync(workspace, cancellationToken);

        public Task<Workspace> RenameAsync(Workspace workspace, string name, CancellationToken cancellationToken = default) => inner.RenameAsync(workspace, name, cancellationToken);

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
