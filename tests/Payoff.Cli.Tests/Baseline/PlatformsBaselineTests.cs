namespace Payoff.Cli.Tests.Baseline;

/// <summary>Every report on the platforms workspace (<see cref="PlatformsWorkspace"/>) against its golden files.</summary>
public sealed class PlatformsBaselineTests(PlatformsWorkspace workspace) : ReportBaselineTests<PlatformsWorkspace>(workspace), IClassFixture<PlatformsWorkspace>
{
    public static IEnumerable<object[]> CliReports => BaselineCases.Cli("platforms");

    public static IEnumerable<object[]> ApiReports => BaselineCases.Api("platforms");
}
