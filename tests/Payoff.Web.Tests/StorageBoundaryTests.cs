using System.Text.RegularExpressions;

namespace Payoff.Web.Tests;

/// <summary>
/// The hosts reach data only through Core's store contracts and reports only through the application layer
/// (issue 14 §1–2): outside each host's composition root, no source file of Web or the CLI names a DuckDB type
/// or blocks on a task (<c>.GetAwaiter().GetResult()</c>), and no host constructs a Core report builder or the
/// goal service (only the handlers of <c>Payoff.Application</c> do).
/// </summary>
public sealed partial class StorageBoundaryTests
{
    // The composition roots: the only files of each host that may name the storage engine.
    private static readonly Dictionary<string, string[]> CompositionRoots = new(StringComparer.Ordinal)
    {
        ["Payoff.Web"] = ["Hosting/StoreGate.cs"],
        ["Payoff.Cli"] = ["CliComposition.cs"],
    };

    // The one file that may block on a task: it waits on a thread of its own (the spool's fdatasync loop, the DuckDB
    // apply), never on one of the thread pool's, which is what the rule protects (issue 16 §4).
    // And the data-protection key ring in the store: ASP.NET Core's IXmlRepository is synchronous, and it is read at start and
    // when the ring is refreshed (once a day, or for a key another node made), never per request.
    private static readonly string[] DedicatedThreads = ["Collect/DedicatedThread.cs", "Hosting/StoreKeyRing.cs"];

    [Theory]
    [InlineData("Payoff.Web")]
    [InlineData("Payoff.Cli")]
    public void A_host_names_no_DuckDB_type_blocks_on_no_task_and_builds_no_report_outside_its_composition_root(string host)
    {
        var root = Path.Combine(RepositoryRoot(), "src", host);
        var offenders = Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Select(f => (Path: Path.GetRelativePath(root, f).Replace('\\', '/'), Text: File.ReadAllText(f)))
            .Where(f => !f.Path.StartsWith("bin/", StringComparison.Ordinal) && !f.Path.StartsWith("obj/", StringComparison.Ordinal))
            .Where(f => !CompositionRoots[host].Contains(f.Path))
            .SelectMany(f => Problems(f.Path, f.Text))
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void The_composition_roots_exist()
    {
        foreach (var (host, files) in CompositionRoots)
        {
            Assert.All(files, f => Assert.True(File.Exists(Path.Combine(RepositoryRoot(), "src", host, f)), $"{host}/{f}"));
        }
    }

    [Fact]
    public void The_rule_catches_a_DuckDB_type_a_blocking_wait_and_a_builder()
    {
        Assert.Single(Problems("X.cs", "var s = new DuckDbUserStore(db);"));
        Assert.Single(Problems("X.cs", "var x = task.GetAwaiter().GetResult();"));
        Assert.Single(Problems("X.cs", "var r = await new SourcesReportBuilder(session.Sources).BuildAsync(w, q);"));
        Assert.Single(Problems("X.cs", "var g = new Core.Goals.GoalService(reader, time);"));
        Assert.Empty(Problems("X.cs", "await using var session = await store.OpenSessionAsync(ct);"));
    }

    private static IEnumerable<string> Problems(string path, string text)
    {
        if (DuckDbToken().IsMatch(text))
        {
            yield return $"{path} names a DuckDb type";
        }

        if (text.Contains(".GetAwaiter().GetResult()", StringComparison.Ordinal) && !DedicatedThreads.Contains(path))
        {
            yield return $"{path} blocks on a task (.GetAwaiter().GetResult())";
        }

        if (BuilderConstruction().Match(text) is { Success: true } builder)
        {
            yield return $"{path} constructs {builder.Groups[1].Value} (only an application handler may)";
        }
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Payoff.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Payoff.slnx not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"\bDuckDb\w*|\bDuckDB\.", RegexOptions.CultureInvariant)]
    private static partial Regex DuckDbToken();

    [GeneratedRegex(@"\bnew\s+(?:[A-Za-z]+\.)*(\w*(?:ReportBuilder|GoalService|GoalTracker))\s*\(", RegexOptions.CultureInvariant)]
    private static partial Regex BuilderConstruction();
}
