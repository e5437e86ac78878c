namespace Payoff.Cli.Tests.Baseline;

/// <summary>The demo of the baseline: <c>payoff demo --no-serve --seed 42</c> at 2025-07-15 12:00 UTC, smaller than the default so the suite stays fast.</summary>
public sealed class DemoWorkspace() : BaselineWorkspace("demo", "demo", new DateTimeOffset(2025, 7, 15, 12, 0, 0, TimeSpan.Zero), Build)
{
    private static void Build(CliRun cli) => Ok(cli, "demo", "--no-serve", "--sessions", "5000", "--seed", "42", "--format", "json");
}
