namespace Payoff.Cli.Tests;

/// <summary>The checkout these tests run from.</summary>
internal static class Repository
{
    /// <summary>The folder of Payoff.slnx above the test assembly.</summary>
    public static string Root()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Payoff.slnx")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The repository root (Payoff.slnx) was not found.");
    }
}
