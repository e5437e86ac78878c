using System.Globalization;
using System.Text;
using DuckDB.NET.Data;

// Platform-export import speed: `payoff import` (parse, validate, stage, replace, in one transaction)
// against DuckDB's own read_csv loading the same file into a table, in the same run, and the peak
// memory (max RSS) of each as a separate process.
// Usage: dotnet run -c Release --project bench/Payoff.Bench.Import -- PAYOFF_DLL [rows] [big-rows]
// (default 1000000; with big-rows, a Meta post file of that many rows too — 5200000 is about 1 GB).
if (args is ["--load", var target, var source])
{
    // The baseline, as its own process so its peak memory is its own: DuckDB loading the file into a table.
    using var connection = new DuckDBConnection($"Data Source={target}");
    connection.Open();
    using var command = connection.CreateCommand();
    command.CommandText = $"CREATE TABLE loaded AS SELECT * FROM {source}; CHECKPOINT;";
    command.ExecuteNonQuery();
    return 0;
}

if (args.Length < 1)
{
    Console.Error.WriteLine("usage: Payoff.Bench.Import PAYOFF_DLL [rows]");
    return 2;
}

var payoff = Path.GetFullPath(args[0]);
var rows = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
var folder = Directory.CreateTempSubdirectory("payoff-bench-import-").FullName;
try
{
    var meta = Path.Combine(folder, "meta-posts.csv");
    var google = Path.Combine(folder, "google-ads.csv");
    WriteMetaPosts(meta, rows);
    WriteGoogleAds(google, rows);
    Console.WriteLine("| file | rows | size (MB) | payoff (s) | payoff rows/s | payoff peak RSS (MB) | duckdb read_csv (s) | duckdb rows/s | duckdb peak RSS (MB) | ratio payoff/duckdb |");
    Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    Measure("Meta posts (UTF-8, multi-line captions)", meta, "meta-posts", $"read_csv('{meta}', header = true, quote = '\"', escape = '\"', all_varchar = true)");
    Measure("Google Ads Excel CSV (UTF-16, tab)", google, "google-ads", $"read_csv('{google}', encoding = 'utf-16', skip = 2, header = true, delim = '\\t', all_varchar = true)");
    if (args.Length > 2)
    {
        rows = int.Parse(args[2], CultureInfo.InvariantCulture);
        File.Delete(meta);
        File.Delete(google);
        var big = Path.Combine(folder, "meta-posts-big.csv");
        WriteMetaPosts(big, rows);
        Measure("Meta posts, large file", big, "meta-posts", $"read_csv('{big}', header = true, quote = '\"', escape = '\"', all_varchar = true)", "-big");
    }

    return 0;
}
finally
{
    Directory.Delete(folder, recursive: true);
}

void Measure(string name, string file, string kind, string readCsv, string suffix = "")
{
    var size = new FileInfo(file).Length / 1048576.0;
    var db = Path.Combine(folder, $"{kind}{suffix}.duckdb");
    var (payoffSeconds, payoffRss) = BenchProcess.Run("/usr/bin/time", ["-f", "%M", "dotnet", payoff, "--db", db, "import", kind, file], out var output);
    if (!output.Contains("imported", StringComparison.Ordinal))
    {
        throw new InvalidOperationException($"payoff import {kind} failed: {output}");
    }

    var duck = Path.Combine(folder, $"{kind}{suffix}-raw.duckdb");
    var (duckSeconds, duckRss) = BenchProcess.Run("/usr/bin/time", ["-f", "%M", "dotnet", typeof(Program).Assembly.Location, "--load", duck, readCsv], out _);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {rows:N0} | {size:0} | {payoffSeconds:0.0} | {rows / payoffSeconds:N0} | {payoffRss:N0} | {duckSeconds:0.0} | {rows / duckSeconds:N0} | {duckRss:N0} | {payoffSeconds / duckSeconds:0.00} |"));
}


static void WriteMetaPosts(string path, int rows)
{
    using var writer = new StreamWriter(path, false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
    writer.Write("\"Post ID\",\"Page ID\",\"Page name\",Title,Description,\"Duration (sec)\",\"Publish time\",\"Caption type\",Permalink,\"Is crosspost\",\"Is share\",\"Post type\",Languages,\"Custom labels\",\"Funded content status\",\"Data comment\",Date,Views,Reach,\"Reactions, Comments and Shares\",Reactions,Comments,Shares,\"Total clicks\"\r\n");
    var start = new DateTime(2024, 1, 1, 8, 0, 0);
    for (var i = 0; i < rows; i++)
    {
        var at = start.AddMinutes(i % 500_000);
        var caption = i % 10 == 0 ? $"\"Spring sale, day {i}!\nTap the link, \"\"now\"\".\"" : $"Post number {i} about our product";
        writer.Write(string.Create(CultureInfo.InvariantCulture,
            $"1122334455_{i},1122334455,Acme Store,{caption},,0,{at:MM/dd/yyyy HH:mm},,https://www.facebook.com/1122334455/posts/{i},No,No,Photos,en,,,,Lifetime,{i % 9000 + 100},{i % 7000 + 50},{i % 300},{i % 200},{i % 50},{i % 30},{i % 400}\r\n"));
    }
}

static void WriteGoogleAds(string path, int rows)
{
    using var writer = new StreamWriter(path, false, new UnicodeEncoding(bigEndian: false, byteOrderMark: true));
    writer.Write("Campaign performance report\r\n\"May 18, 2020 - August 15, 2026\"\r\n");
    writer.Write("Day\tCampaign\tCampaign state\tCurrency code\tImpr.\tClicks\tCost\tConversions\tConv. value\r\n");
    var start = new DateOnly(2020, 5, 18);
    for (var i = 0; i < rows; i++)
    {
        // 500 campaigns a day: every (campaign, day) key is unique.
        var day = start.AddDays(i / 500);
        writer.Write(string.Create(CultureInfo.InvariantCulture,
            $"{day:yyyy-MM-dd}\tCampaign {i % 500}\tEnabled\tUSD\t{1000 + i % 5000:N0}\t{i % 300}\t{(i % 10000) / 100m:0.00}\t{i % 7}\t{(i % 7) * 25m:0.00}\r\n"));
    }

    writer.Write("Total: Account\t--\t--\tUSD\t1\t1\t1.00\t0\t0.00\r\n");
}
