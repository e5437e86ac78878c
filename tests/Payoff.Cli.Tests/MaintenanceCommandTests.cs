namespace Payoff.Cli.Tests;

/// <summary><c>payoff maintenance rebuild-rollups</c> (issue 16): rebuilds, names what it did, refuses a contradiction.</summary>
public sealed class MaintenanceCommandTests
{
    [Fact]
    public void Rebuild_rollups_names_the_workspace_and_all_workspaces_with_a_named_one_is_refused()
    {
        using var cli = new CliRun();

        var one = cli.Run("maintenance", "rebuild-rollups");
        Assert.True(one.ExitCode == 0, one.Out + one.Error);
        Assert.Contains("Rebuilt the daily rollups of workspace default", one.Out, StringComparison.Ordinal);

        var both = cli.Run("maintenance", "rebuild-rollups", "--all-workspaces", "-w", "default");
        Assert.Equal(1, both.ExitCode);
        Assert.Contains("--all-workspaces rebuilds every workspace; leave out -w default", both.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", both.Error, StringComparison.Ordinal);
    }
}
