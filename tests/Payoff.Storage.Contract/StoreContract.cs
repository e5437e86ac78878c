using Microsoft.Extensions.Time.Testing;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.Contract;

/// <summary>
/// The base of every contract test class: a fresh, empty store per test from the adapter's
/// <see cref="CreateStore"/>, a fake clock, and a temporary folder deleted afterwards. The abstract
/// contract classes reach the store through Core's contracts only, so a second adapter adds one
/// subclass per contract class and nothing else.
/// </summary>
public abstract class StoreContract : IDisposable
{
    private readonly List<IStore> _stores = [];
    private readonly string _folder = Directory.CreateTempSubdirectory("payoff-contract-").FullName;
    private int _files;

    /// <summary>The clock every store of the test is created with: 2025-07-01 12:00 UTC until a test moves it.</summary>
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 7, 1, 12, 0, 0, TimeSpan.Zero));

    /// <summary>A new, empty store of the adapter under test (it holds only the default workspace).</summary>
    protected abstract IStore CreateStore();

    /// <summary>A path in the test's temporary folder that no store uses yet, for file-based adapters.</summary>
    protected string NewDatabasePath() => Path.Combine(_folder, $"store-{++_files}.db");

    /// <summary>A path in the test's temporary folder to write a test file to.</summary>
    protected string TempFile(string name) => Path.Combine(_folder, name);

    /// <summary>Creates a store and opens a session of it.</summary>
    protected async Task<IStoreSession> OpenAsync()
    {
        var store = CreateStore();
        _stores.Add(store);
        return await store.OpenSessionAsync();
    }

    /// <summary>Creates the workspace <c>contract</c> in <paramref name="timeZone"/>.</summary>
    protected static Task<Workspace> WorkspaceAsync(IStoreSession session, string timeZone = "UTC", string currency = "USD") =>
        session.Workspaces.CreateAsync("contract", timeZone, currency);

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }

        Directory.Delete(_folder, recursive: true);
        GC.SuppressFinalize(this);
    }
}
