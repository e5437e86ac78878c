using System.Diagnostics;
using System.Globalization;

/// <summary>Runs a bench's measured process: its wall time and, under <c>/usr/bin/time -f %M</c>, its peak RSS in MB.</summary>
internal static class BenchProcess
{
    /// <summary>Runs <paramref name="program"/> with <paramref name="arguments"/>; throws with its output when it fails.</summary>
    public static (double Seconds, double PeakMb) Run(string program, string[] arguments, out string output)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["NO_COLOR"] = "1";
        var sw = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        sw.Stop();
        output = stdout.Result + stderr;
        var last = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        var rss = double.TryParse(last, NumberStyles.Integer, CultureInfo.InvariantCulture, out var kb) ? kb / 1024 : double.NaN;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {output}");
        }

        return (sw.Elapsed.TotalSeconds, rss);
    }
}
