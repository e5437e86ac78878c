namespace Payoff.Import.Tests;

/// <summary>
/// A test that reads a file from the workspace's <c>shared/data</c> folder (beside the checkout). As with
/// a test that needs a server, it is skipped where the folder is missing and fails on CI (<c>CI</c> set),
/// where the folder is always present.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(string fileName)
    {
        if (SharedData.Find(fileName) is null && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            Skip = $"../shared/data/{fileName} is not beside this checkout (it is on CI).";
        }
    }
}
