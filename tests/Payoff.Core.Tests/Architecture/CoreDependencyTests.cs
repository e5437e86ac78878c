using Payoff.Core.Channels;

namespace Payoff.Core.Tests.Architecture;

public class CoreDependencyTests
{
    [Fact]
    public void Core_references_only_the_base_class_library_and_maths()
    {
        var references = typeof(ChannelClassifier).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        // MathNet.Numerics (distributions for forecasts and rate tests) is maths, not the outside world:
        // no web framework, database or file format (CONVENTIONS.md, rule 1).
        var foreign = references.Where(name => !(name is "System" or "netstandard" or "mscorlib" or "MathNet.Numerics" || name.StartsWith("System.", StringComparison.Ordinal) || name.StartsWith("Microsoft.Win32", StringComparison.Ordinal))).ToList();

        Assert.Empty(foreign);
        Assert.DoesNotContain(references, n => n.Contains("DuckDB", StringComparison.OrdinalIgnoreCase) || n.Contains("Csv", StringComparison.OrdinalIgnoreCase) || n.Contains("AspNetCore", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Core_does_not_read_the_system_clock()
    {
        var source = Directory.GetFiles(FindSourceFolder(), "*.cs", SearchOption.AllDirectories);

        var offenders = source.Where(f => File.ReadAllText(f) is var text && (text.Contains("DateTime.Now", StringComparison.Ordinal) || text.Contains("DateTime.UtcNow", StringComparison.Ordinal) || text.Contains("DateTimeOffset.Now", StringComparison.Ordinal) || text.Contains("DateTimeOffset.UtcNow", StringComparison.Ordinal))).ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void Every_public_Core_type_lives_in_a_namespace_that_matches_its_folder()
    {
        var wrong = typeof(ChannelClassifier).Assembly.GetExportedTypes()
            .Where(t => t.Namespace is null || !t.Namespace.StartsWith("Payoff.Core.", StringComparison.Ordinal))
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(wrong);
    }

    private static string FindSourceFolder()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Payoff.slnx")))
        {
            folder = folder.Parent;
        }

        return Path.Combine(folder?.FullName ?? throw new InvalidOperationException("Repository root not found."), "src", "Payoff.Core");
    }
}
