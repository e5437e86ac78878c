namespace Payoff.Cli.Tests.Baseline;

/// <summary>Every report on the shop workspace (<see cref="ShopWorkspace"/>) against its golden files.</summary>
public sealed class ShopBaselineTests(ShopWorkspace workspace) : ReportBaselineTests<ShopWorkspace>(workspace), IClassFixture<ShopWorkspace>
{
    public static IEnumerable<object[]> CliReports => BaselineCases.Cli("shop");

    public static IEnumerable<object[]> ApiReports => BaselineCases.Api("shop");
}
