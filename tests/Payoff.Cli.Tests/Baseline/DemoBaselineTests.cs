namespace Payoff.Cli.Tests.Baseline;

/// <summary>Every report on the demo workspace (<see cref="DemoWorkspace"/>) against its golden files.</summary>
public sealed class DemoBaselineTests(DemoWorkspace workspace) : ReportBaselineTests<DemoWorkspace>(workspace), IClassFixture<DemoWorkspace>
{
    public static IEnumerable<object[]> CliReports => BaselineCases.Cli("demo");

    public static IEnumerable<object[]> ApiReports => BaselineCases.Api("demo");
}
