using System.Text.RegularExpressions;

namespace Payoff.Web.Tests;

/// <summary>
/// Web reaches data only through Core's store contracts (issue 14 §2): outside the composition root, no source
/// file names a DuckDB type or blocks on a task (<c>.GetAwaiter().GetResult()</c>).
/// </summary>
public sealed partial class StorageBoundaryTests
{
    // The composition root: the only files of Web that may name the storage engine.
    private static readonly string[] CompositionRoot = ["Hosting/StoreGate.cs", "Hosting/StoreSetup.cs"];

    // Files still converted on other branches of issue 14 — removed by the lead at merge (the list ends empty).
    private static readonly string[] PendingOnOtherBranches =
    [
        "Access/ApiKeyClaims.cs",
        "Components/DashboardCache.cs",
        "Components/DashboardScope.cs",
        "Components/DashboardWorkspace.cs",
        "Components/DashboardWrite.cs",
        "Components/Models/AttributionModel.cs",
        "Components/Models/GoalsModel.cs",
        "Components/Models/LinksModel.cs",
        "Components/Models/OverviewModel.cs",
        "Components/Models/RoiModel.cs",
        "Components/Pages/Goals.razor",
        "Components/Pages/Links.razor",
        "Components/Pages/Overview.razor",
        "Components/Pages/Roi.razor",
        "Components/Pages/Sources.razor",
        "Components/SourcesPage.cs",
        "Costs/CostSetupEndpoints.cs",
        "Goals/GoalEndpoints.cs",
        "Links/LinkEndpoints.cs",
        "Reports/AttributionEndpoints.cs",
        "Reports/MoneyEndpoints.cs",
    ];

    [Fact]
    public void Web_names_no_DuckDB_type_and_blocks_on_no_task_outside_its_composition_root()
    {
        var web = Path.Combine(RepositoryRoot(), "src", "Payoff.Web");
        var offenders = Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Select(f => (Path: Path.GetRelativePath(web, f).Replace('\\', '/'), Text: File.ReadAllText(f)))
            .Where(f => !f.Path.StartsWith("bin/", StringComparison.Ordinal) && !f.Path.StartsWith("obj/", StringComparison.Ordinal))
            .Where(f => !CompositionRoot.Contains(f.Path) && !PendingOnOtherBranches.Contains(f.Path))
            .SelectMany(f => Problems(f.Path, f.Text))
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void The_rule_catches_a_DuckDB_type_and_a_blocking_wait()
    {
        Assert.Single(Problems("X.cs", "var s = new DuckDbUserStore(db);"));
        Assert.Single(Problems("X.cs", "var x = task.GetAwaiter().GetResult();"));
        Assert.Empty(Problems("X.cs", "await using var session = await store.OpenSessionAsync(ct);"));
    }

    private static IEnumerable<string> Problems(string path, string text)
    {
        if (DuckDbToken().IsMatch(text))
        {
            yield return $"{path} names a DuckDb type";
        }

        if (text.Contains(".GetAwaiter().GetResult()", StringComparison.Ordinal))
        {
            yield return $"{path} blocks on a task (.GetAwaiter().GetResult())";
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
}
