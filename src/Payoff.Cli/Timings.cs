using System.Diagnostics;
using System.Globalization;

namespace Payoff.Cli;

/// <summary>
/// Where a short command's time goes: with <c>PAYOFF_TIMINGS</c> set, the milliseconds from the process's
/// launch to each step (the runtime started, the command line parsed, the database opened, …) are written to
/// standard error as the process ends, then the process's CPU milliseconds (user + system) at each step, then
/// the assemblies it loaded. <c>bench/cli/run.sh</c> sets it to the launch time in nanoseconds since the Unix
/// epoch (<c>date +%s%N</c>); any other value counts from the process's start time as the system records it
/// (10 ms steps).
/// </summary>
/// <remarks>
/// CPU time does not wait for the cores, so on a busy machine it says more than the wall time; its first step
/// includes the runtime's own start.
/// </remarks>
internal static class Timings
{
    private static readonly string? Setting = Environment.GetEnvironmentVariable("PAYOFF_TIMINGS");
    private static readonly List<(string Step, DateTime At, TimeSpan Cpu)> Marks = [];

    /// <summary>Notes that <paramref name="step"/> has just ended; nothing unless <c>PAYOFF_TIMINGS</c> is set.</summary>
    public static void Mark(string step)
    {
        if (Setting is not null)
        {
            lock (Marks)
            {
                Marks.Add((step, DateTime.UtcNow, Environment.CpuUsage.TotalTime));
            }
        }
    }

    /// <summary>Writes the steps, three lines, to <paramref name="error"/>; nothing unless <c>PAYOFF_TIMINGS</c> is set.</summary>
    public static void Write(TextWriter error)
    {
        if (Setting is null)
        {
            return;
        }

        var launched = long.TryParse(Setting, NumberStyles.None, CultureInfo.InvariantCulture, out var nanoseconds) && nanoseconds > 0
            ? DateTime.UnixEpoch.AddTicks(nanoseconds / 100)
            : Process.GetCurrentProcess().StartTime.ToUniversalTime();
        lock (Marks)
        {
            error.WriteLine("PAYOFF_TIMINGS, ms from launch: " + string.Join(", ", Marks.Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Step} {(m.At - launched).TotalMilliseconds:0.0}"))));
            error.WriteLine("PAYOFF_TIMINGS, CPU ms: " + string.Join(", ", Marks.Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Step} {m.Cpu.TotalMilliseconds:0.0}"))));
        }

        var assemblies = AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name).Order(StringComparer.Ordinal).ToList();
        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"PAYOFF_TIMINGS, {assemblies.Count} assemblies loaded: {string.Join(", ", assemblies)}"));
    }
}
