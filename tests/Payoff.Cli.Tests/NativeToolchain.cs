namespace Payoff.Cli.Tests;

/// <summary>What publishing the Native AOT CLI needs besides the .NET SDK: a C compiler driver and zlib's headers.</summary>
internal static class NativeToolchain
{
    /// <summary>Whether clang or gcc is on the PATH and zlib.h is installed (./test.sh installs clang, lld and zlib1g-dev).</summary>
    public static bool Present { get; } =
        (OnPath("clang") || OnPath("gcc")) && File.Exists("/usr/include/zlib.h") && OperatingSystem.IsLinux();

    /// <summary>Why a native test does not run locally: it runs, and fails without the toolchain, on CI.</summary>
    public static string? Skip =>
        Present || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
            ? null
            : "No C toolchain (clang or gcc, and zlib1g-dev) for the Native AOT CLI (./test.sh installs it; CI runs this test).";

    private static bool OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, name)));
}

/// <summary>A test of the Native AOT CLI: skipped locally without a C toolchain, run (and failing without it) on CI.</summary>
public sealed class NativeToolchainFactAttribute : FactAttribute
{
    public NativeToolchainFactAttribute() => Skip = NativeToolchain.Skip;
}

/// <summary>A theory over the Native AOT CLI: skipped locally without a C toolchain, run (and failing without it) on CI.</summary>
public sealed class NativeToolchainTheoryAttribute : TheoryAttribute
{
    public NativeToolchainTheoryAttribute() => Skip = NativeToolchain.Skip;
}
