namespace Payoff.Cli.Tests.Baseline;

/// <summary>The golden files and the baseline's cases match one to one, so no recorded report goes unchecked.</summary>
public sealed class GoldenFilesTests
{
    [Fact]
    public void Every_golden_file_is_checked_by_a_case_and_every_case_has_one()
    {
        var cases = new[] { "demo", "shop", "platforms" }
            .SelectMany(w => BaselineCases.Cli(w).Select(c => $"cli-{w}-{c[0]}").Concat(BaselineCases.Api(w).Select(c => $"api-{w}-{c[0]}")))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(cases, Golden.Names());
    }
}
