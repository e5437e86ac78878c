using System.Diagnostics;
using System.Net.Sockets;
using Payoff.Storage.ClickHouse;

namespace Payoff.Testing.ClickHouse;

/// <summary>
/// The two-shard ClickHouse cluster the tests use: the one named by <c>PAYOFF_TEST_CLICKHOUSE</c> (a store address), else one
/// started here by <c>scripts/clickhouse-cluster.sh</c> in a temporary folder on free ports and stopped after the tests.
/// Without <c>clickhouse-server</c> the ClickHouse tests skip on a developer machine and fail under CI (<c>CI=true</c>), where
/// <c>./test.sh</c> installs it.
/// </summary>
public sealed class ClickHouseCluster : IDisposable
{
    private readonly string? folder;

    public ClickHouseCluster()
        : this(useGiven: true)
    {
    }

    private ClickHouseCluster(bool useGiven)
    {
        if (useGiven && Environment.GetEnvironmentVariable("PAYOFF_TEST_CLICKHOUSE") is { Length: > 0 } given)
        {
            Address = ClickHouseAddress.Parse(given);
            return;
        }

        if (!Installed)
        {
            return;
        }

        folder = Directory.CreateTempSubdirectory("payoff-clickhouse-").FullName;
        var basePort = FreeBase();
        var script = Path.Combine(Root, "scripts", "clickhouse-cluster.sh");
        var (code, output) = Run(script, "start", folder, basePort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (code != 0)
        {
            throw new InvalidOperationException($"The test cluster did not start: {output}");
        }

        Address = ClickHouseAddress.Parse($"clickhouse://127.0.0.1:{basePort}/payoff_test?cluster=payoff&nodes=127.0.0.1:{basePort},127.0.0.1:{basePort + 1}");
    }

    private static readonly Lazy<ClickHouseCluster> shared = new(() =>
    {
        var cluster = new ClickHouseCluster();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Dispose();
        return cluster;
    });

    /// <summary>One cluster for the whole test run (started on first use, stopped when the test process ends).</summary>
    public static ClickHouseCluster Shared => shared.Value;

    /// <summary>A cluster of the caller's own, always started here (for the fault tests, which stop its shards); dispose it to stop it.</summary>
    /// <exception cref="InvalidOperationException">clickhouse-server is not installed.</exception>
    public static ClickHouseCluster StartOwn() =>
        Installed ? new ClickHouseCluster(useGiven: false) : throw new InvalidOperationException("No ClickHouse server: " + Skip);

    /// <summary>Stops shard <paramref name="shard"/> (1 or 2) of a cluster started here (SIGTERM, as a crashed or restarted server).</summary>
    public void StopShard(int shard) => Shard("stop-shard", shard);

    /// <summary>Starts shard <paramref name="shard"/> again and waits until it answers.</summary>
    public void StartShard(int shard) => Shard("start-shard", shard);

    private void Shard(string command, int shard)
    {
        var dir = folder ?? throw new InvalidOperationException("Only a cluster started here has shards to stop.");
        var (code, output) = Run(Path.Combine(Root, "scripts", "clickhouse-cluster.sh"), command, dir, shard.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (code != 0)
        {
            throw new InvalidOperationException($"clickhouse-cluster.sh {command} {shard} failed: {output}");
        }
    }

    /// <summary>Whether Debian's clickhouse-server is installed.</summary>
    public static bool Installed => File.Exists("/usr/bin/clickhouse-server") || File.Exists("/usr/sbin/clickhouse-server");

    /// <summary>Why the ClickHouse tests do not run here, or null when they do (always under CI).</summary>
    public static string? Skip =>
        Installed || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("PAYOFF_TEST_CLICKHOUSE")) || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
            ? null
            : "clickhouse-server is not installed (./test.sh installs it; CI runs this test).";

    /// <summary>The cluster's store address (entry node, database <c>payoff_test</c>, both nodes), or null when none runs.</summary>
    public ClickHouseAddress? Address { get; }

    /// <summary>The repository's root (where Payoff.slnx is).</summary>
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Payoff.slnx")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("Payoff.slnx not found above the test's folder.");
        }
    }

    /// <summary>A client of node <paramref name="node"/> (0 or 1) in the tests' database.</summary>
    public ClickHouseClient Client(int node = 0)
    {
        var address = Address ?? throw new InvalidOperationException("No ClickHouse server: " + Skip);
        var endpoint = address.Nodes.Count > node ? new Uri($"http://{address.Nodes[node]}/") : address.HttpBase;
        return new ClickHouseClient(endpoint, address.Database);
    }

    /// <summary>A client of node <paramref name="node"/> with no database chosen (to make one).</summary>
    public ClickHouseClient ServerClient(int node = 0)
    {
        var address = Address ?? throw new InvalidOperationException("No ClickHouse server: " + Skip);
        return new ClickHouseClient(address.Nodes.Count > node ? new Uri($"http://{address.Nodes[node]}/") : address.HttpBase, null);
    }

    public void Dispose()
    {
        if (folder is not null)
        {
            Run(Path.Combine(Root, "scripts", "clickhouse-cluster.sh"), "stop", folder);
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A server's file still closing: the temporary folder is the system's to clean.
            }
        }
    }

    private static (int Code, string Output) Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }

    // A base port with base, base+1 (HTTP), base+877, base+878 (native) and base+1877, base+1878 (interserver) all free.
    private static int FreeBase()
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var candidate = Random.Shared.Next(21000, 40000);
            if (new[] { 0, 1, 877, 878, 1877, 1878 }.All(offset => Free(candidate + offset)))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("No free ports for the test cluster.");
    }

    private static bool Free(int port)
    {
        try
        {
            using var listener = new TcpListener(System.Net.IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}

/// <summary>A test that needs the ClickHouse cluster: skipped locally without clickhouse-server, run (failing without it) under CI.</summary>
public sealed class ClickHouseFactAttribute : FactAttribute
{
    public ClickHouseFactAttribute() => Skip = ClickHouseCluster.Skip;
}

/// <summary>A theory that needs the ClickHouse cluster (see <see cref="ClickHouseFactAttribute"/>).</summary>
public sealed class ClickHouseTheoryAttribute : TheoryAttribute
{
    public ClickHouseTheoryAttribute() => Skip = ClickHouseCluster.Skip;
}

[CollectionDefinition(Name)]
public sealed class ClickHouseTests : ICollectionFixture<ClickHouseCluster>
{
    public const string Name = "ClickHouse cluster";
}
