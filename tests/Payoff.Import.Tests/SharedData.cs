namespace Payoff.Import.Tests;

/// <summary>Finds files of the workspace's <c>shared/data</c> folder, which sits beside the checkout.</summary>
public static class SharedData
{
    /// <summary>The full path of <paramref name="fileName"/>, or <see langword="null"/> when there is no such file.</summary>
    public static string? Find(string fileName)
    {
        var path = Path.Combine(RepositoryRoot(), "..", "shared", "data", fileName);
        return File.Exists(path) ? Path.GetFullPath(path) : null;
    }

    /// <summary>The path of <paramref name="fileName"/>; fails naming where it looked.</summary>
    public static string Require(string fileName) =>
        Find(fileName) ?? throw new FileNotFoundException($"{fileName} is missing from ../shared/data beside {RepositoryRoot()}.", fileName);

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Payoff.slnx")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
