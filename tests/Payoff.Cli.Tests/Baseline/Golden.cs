using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;

namespace Payoff.Cli.Tests.Baseline;

/// <summary>
/// The golden files of the baseline, read from (and, with <c>PAYOFF_UPDATE_BASELINE=1</c>, written to) the
/// source folder <c>tests/Payoff.Cli.Tests/Baseline/golden</c>, so a regenerated file shows up in git.
/// </summary>
public static class Golden
{
    /// <summary>The environment variable that rewrites the golden files instead of comparing with them.</summary>
    public const string UpdateVariable = "PAYOFF_UPDATE_BASELINE";

    private static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <summary>
    /// Compares <paramref name="json"/> with the golden file <paramref name="name"/>.json (figures only, see
    /// <see cref="BaselineJson"/>), or rewrites the file when <see cref="UpdateVariable"/> is 1.
    /// </summary>
    public static void Check(string name, string json, IReadOnlyCollection<string> excluded)
    {
        var actual = JsonNode.Parse(json);
        var path = Path.Combine(Folder(), name + ".json");
        if (Updating)
        {
            File.WriteAllText(path, actual!.ToJsonString(Output.Json.Options) + "\n");
            return;
        }

        Assert.True(File.Exists(path), $"{name}: no golden file {path}; run the baseline once with {UpdateVariable}=1 on the code before the change, and commit it.");
        var difference = BaselineJson.FirstDifference(JsonNode.Parse(File.ReadAllText(path)), actual, excluded);
        Assert.True(difference is null, $"{name}: the report changed at {difference}");
    }

    /// <summary>The names of the golden files on disk, without <c>.json</c>.</summary>
    public static IReadOnlyList<string> Names() =>
        [.. Directory.EnumerateFiles(Folder(), "*.json").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal)];

    private static string Folder([CallerFilePath] string source = "") => Path.Combine(Path.GetDirectoryName(source)!, "golden");
}
