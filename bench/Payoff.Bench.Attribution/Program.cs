using System.Diagnostics;
using System.Globalization;
using Payoff.Core.Attribution;
using Payoff.Import.Native;

// Every attribution model on the ChannelAttribution example paths (10,000 paths, 12 channels), and
// Markov and Shapley on 1M generated journeys streamed through the compactor.
// Usage: dotnet bench/Payoff.Bench.Attribution/bin/Release/net10.0/Payoff.Bench.Attribution.dll [PATHS_CSV] [JOURNEYS]
var file = args.Length > 0 ? args[0] : Path.Combine("..", "shared", "data", "channelattribution-paths.csv");
var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;

var load = Stopwatch.StartNew();
var paths = JourneysFileReader.Read(file).Records.Select(p => new Journey(p.Channels, p.Conversions, p.Value, p.Nulls)).ToList();
load.Stop();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Loaded {paths.Count:N0} paths, {paths.Sum(p => p.Conversions):N0} conversions, {paths.SelectMany(p => p.Keys).Distinct().Count()} channels in {load.Elapsed.TotalMilliseconds:0} ms."));
Console.WriteLine();
Console.WriteLine("| model | 10,000 paths, best of 5 (ms) | credits add up |");
Console.WriteLine("|---|---:|---|");
foreach (var name in AttributionModels.Names.Where(n => n != "time-decay"))
{
    var (best, result) = Best(AttributionModels.Create(name)!, paths);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {best:0.0} | {(result.AddsUp ? "yes" : "NO")} |"));
}

// Imported paths carry no dates; time decay is timed on the same paths given one day between touches.
var dated = paths.Select(p => p with { DaysBefore = [.. Enumerable.Range(0, p.Keys.Count).Select(i => (double)(p.Keys.Count - 1 - i))] }).ToList();
var (decayBest, decayResult) = Best(new TimeDecayModel(), dated);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| time-decay (the paths dated one day apart) | {decayBest:0.0} | {(decayResult.AddsUp ? "yes" : "NO")} |"));
Console.WriteLine();

// 1M journeys over 12 channels, lengths 1–8, streamed: the compactor keeps one entry per distinct path.
var channels = Enumerable.Range(0, 12).Select(i => ((char)('a' + i)).ToString()).ToArray();
IEnumerable<Journey> Generate()
{
    var random = new Random(42);
    for (var i = 0; i < count; i++)
    {
        var length = 1 + (int)Math.Min(7, -Math.Log(1 - random.NextDouble()) * 1.5);
        var keys = new string[length];
        for (var k = 0; k < length; k++)
        {
            // Skewed: the first channels are far more common, as real networks are.
            keys[k] = channels[(int)Math.Min(11, -Math.Log(1 - random.NextDouble()) * 3)];
        }

        var converts = random.NextDouble() < 0.05 * length;
        yield return new Journey(keys, converts ? 1 : 0, converts ? random.Next(10, 200) : 0, converts ? 0 : 1);
    }
}

GC.Collect();
var before = GC.GetTotalMemory(forceFullCollection: true);
var total = Stopwatch.StartNew();
var compact = JourneyCompactor.Compact(Generate());
var compactTime = total.Elapsed.TotalMilliseconds;
var held = GC.GetTotalMemory(forceFullCollection: true) - before;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count:N0} journeys → {compact.Count:N0} distinct paths in {compactTime:0} ms; the compacted set holds {held / 1048576.0:0.0} MB."));
Console.WriteLine();
Console.WriteLine("| model | 1M journeys, compact + model (ms) | model only (ms) | credits add up |");
Console.WriteLine("|---|---:|---:|---|");
foreach (var name in new[] { "markov", "shapley" })
{
    var sw = Stopwatch.StartNew();
    var result = AttributionModels.Create(name)!.Attribute(compact);
    var model = sw.Elapsed.TotalMilliseconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {compactTime + model:0} | {model:0} | {(result.AddsUp ? "yes" : "NO")} |"));
}

Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MB."));

// The best of 5 timed runs after one warm-up.
static (double Best, AttributionResult Result) Best(IAttributionModel model, IReadOnlyList<Journey> journeys)
{
    var result = model.Attribute(journeys);
    var best = double.MaxValue;
    for (var i = 0; i < 5; i++)
    {
        var sw = Stopwatch.StartNew();
        result = model.Attribute(journeys);
        best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
    }

    return (best, result);
}
