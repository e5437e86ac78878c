namespace Payoff.Web.Tests;

/// <summary>A browser test: skipped locally when Debian's Chromium is missing, run (and failing without it) on CI.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Path = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Path) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            Skip = "Debian's chromium is not installed (./test.sh installs it; CI runs this test).";
        }
    }
}
