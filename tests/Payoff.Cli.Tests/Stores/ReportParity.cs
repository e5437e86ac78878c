using System.Text.Json.Nodes;
using Payoff.Cli.Reports;

namespace Payoff.Cli.Tests.Stores;

/// <summary>
/// Every report of <c>payoff report</c> but the PDF (each one listed by the command tree, so a report added later is compared
/// too), read as JSON from two stores: the documents must be the same, character for character.
/// </summary>
public static class ReportParity
{
    /// <summary>Compares every report of <paramref name="workspace"/> read by <paramref name="expected"/> and by <paramref name="actual"/> (<paramref name="actualStore"/> appended as <c>--store</c> when given); returns the reports compared.</summary>
    public static List<string> AssertSame(CliRun expected, CliRun actual, string workspace, string? actualStore = null)
    {
        var compared = new List<string>();
        // The PDF lays out the reports compared here; it is not a JSON document of its own.
        foreach (var (report, _) in ReportCommand.Reports.Where(r => r.Name != "pdf"))
        {
            var want = expected.Run("report", report, "-w", workspace, "--format", "json");
            var got = actual.Run(["report", report, "-w", workspace, "--format", "json", .. actualStore is null ? Array.Empty<string>() : ["--store", actualStore]]);
            Assert.True(want.ExitCode == 0, $"{report} in the source: {want.Error}");
            Assert.True(got.ExitCode == 0, $"{report} in the target: {got.Error}");
            Assert.NotNull(JsonNode.Parse(want.Out));
            var at = Enumerable.Range(0, Math.Min(want.Out.Length, got.Out.Length)).FirstOrDefault(i => want.Out[i] != got.Out[i], Math.Min(want.Out.Length, got.Out.Length));
            var from = Math.Max(0, at - 400);
            Assert.True(
                want.Out == got.Out,
                $"report {report} differs from character {at}:\nexpected: {want.Out[from..Math.Min(want.Out.Length, at + 200)]}\nactual:   {got.Out[from..Math.Min(got.Out.Length, at + 200)]}");
            compared.Add(report);
        }

        Assert.Contains("verdict", compared);
        Assert.True(compared.Count >= 19, string.Join(", ", compared));
        return compared;
    }
}
