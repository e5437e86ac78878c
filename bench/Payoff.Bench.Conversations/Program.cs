using System.Diagnostics;
using System.Globalization;
using System.Text;
using DuckDB.NET.Data;

// Conversations import speed (issue 18: import and sentiment-score 1M messages in under 2 minutes): `payoff import
// conversations` (parse, validate, pseudonymise, detect the language, score the sentiment, stage, replace — one
// transaction) as its own process, with its peak memory (max RSS), against DuckDB's read_csv loading the same file.
// Messages are generated from templates in English, Indonesian, Malay and Polish (not the labelled sets), with emoji,
// negation and code-mixing, a third of them outbound replies.
// Usage: dotnet run -c Release --project bench/Payoff.Bench.Conversations -- PAYOFF_DLL [messages] (default 1000000)
if (args is ["--load", var target, var source])
{
    using var connection = new DuckDBConnection($"Data Source={target}");
    connection.Open();
    using var command = connection.CreateCommand();
    command.CommandText = $"CREATE TABLE loaded AS SELECT * FROM read_csv('{source}', header = true, all_varchar = true); CHECKPOINT;";
    command.ExecuteNonQuery();
    return 0;
}

if (args.Length < 1)
{
    Console.Error.WriteLine("usage: Payoff.Bench.Conversations PAYOFF_DLL [messages]");
    return 2;
}

var payoff = Path.GetFullPath(args[0]);
var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
var folder = Directory.CreateTempSubdirectory("payoff-bench-conversations-").FullName;
try
{
    var file = Path.Combine(folder, "conversations.csv");
    Write(file, count);
    var size = new FileInfo(file).Length / 1048576.0;
    var db = Path.Combine(folder, "payoff.duckdb");
    var (seconds, rss) = BenchProcess.Run("/usr/bin/time", ["-f", "%M", "dotnet", payoff, "--db", db, "import", "conversations", file], out var output);
    if (!output.Contains("imported", StringComparison.Ordinal))
    {
        throw new InvalidOperationException($"payoff import conversations failed: {output}");
    }

    var (duckSeconds, duckRss) = BenchProcess.Run("/usr/bin/time", ["-f", "%M", "dotnet", typeof(Program).Assembly.Location, "--load", Path.Combine(folder, "raw.duckdb"), file], out _);
    Console.WriteLine("| messages | size (MB) | payoff import + score (s) | messages/s | peak RSS (MB) | duckdb read_csv (s) | duckdb peak RSS (MB) | ratio |");
    Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {count:N0} | {size:0} | {seconds:0.0} | {count / seconds:N0} | {rss:N0} | {duckSeconds:0.0} | {duckRss:N0} | {seconds / duckSeconds:0.00} |"));
    Console.WriteLine(output.Trim().Split('\n').FirstOrDefault(l => l.Contains("imported", StringComparison.Ordinal)));
    Report(db, count);
    return 0;
}
finally
{
    // PAYOFF_BENCH_KEEP=1 keeps the generated file and databases for a look afterwards.
    if (Environment.GetEnvironmentVariable("PAYOFF_BENCH_KEEP") == "1")
    {
        Console.WriteLine($"kept: {folder}");
    }
    else
    {
        Directory.Delete(folder, recursive: true);
    }
}

// The conversations report over every imported message (a year, by month) in-process, best and median of 7, against the
// same counts as one raw SQL statement (the raw statement reads only the counts; the report also reads the words of
// negative messages and the discussed posts, and the period before).
static void Report(string path, int count)
{
    var clock = new FixedClock(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));
    using var db = Payoff.Storage.DuckDb.DuckDbDatabase.Open(path, clock);
    var workspace = new Payoff.Storage.DuckDb.DuckDbWorkspaceStore(db).FindAsync("default").GetAwaiter().GetResult()!;
    var reader = new Payoff.Storage.DuckDb.DuckDbConversationReader(db);
    var filter = new Payoff.Core.Conversations.ConversationFilter(new Payoff.Core.Workspaces.DateRange(new DateOnly(2025, 12, 1), new DateOnly(2026, 11, 30)));
    const string Raw = """
        SELECT date_trunc('month', m.created_at) AS period, m.network, m.kind, m.direction, coalesce(c.sentiment, m.sentiment), count(*)
        FROM conversation_messages m LEFT JOIN conversation_corrections c ON c.workspace_id = m.workspace_id AND c.network = m.network AND c.message_id = m.message_id
        WHERE m.workspace_id = $1 AND m.created_at >= $2 AND m.created_at < $3 GROUP BY ALL
        """;
    object[] window = [workspace.Id, new DateTime(2025, 12, 1), new DateTime(2026, 12, 1)];
    var (reports, raws) = (new List<double>(), new List<double>());
    for (var i = 0; i < 8; i++)
    {
        var sw = Stopwatch.StartNew();
        var built = Payoff.Core.Conversations.ConversationReport.BuildAsync(reader, workspace, filter, Payoff.Core.Conversations.ConversationBucket.Month).GetAwaiter().GetResult();
        reports.Add(sw.Elapsed.TotalMilliseconds);
        sw.Restart();
        BenchSql.ReadToEnd(db, Raw, window);
        raws.Add(sw.Elapsed.TotalMilliseconds);
        if (i == 0)
        {
            Console.WriteLine($"report: {built.Buzz:N0} buzz, {built.Periods.Count} periods; {string.Join(" ", built.Summary.Take(3))}");
        }
    }

    reports.RemoveAt(0);
    raws.RemoveAt(0);
    reports.Sort();
    Console.WriteLine("| messages | report best / median (ms) | raw counts SQL best (ms) | ratio |");
    Console.WriteLine("|---:|---:|---:|---:|");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {count:N0} | {reports[0]:0.0} / {reports[3]:0.0} | {raws.Min():0.0} | {reports[0] / raws.Min():0.00} |"));

    // What conversations add to every ledger read (the verdict, KPIs, goals and the overview read the ledger): the daily
    // mentions, negative counts and service figures over the ledger's range, best of 7.
    var ledger = new Payoff.Storage.DuckDb.DuckDbLedgerReader(db);
    var year = new Payoff.Core.Workspaces.DateRange(new DateOnly(2025, 12, 1), new DateOnly(2026, 11, 30));
    var reads = new List<double>();
    for (var i = 0; i < 8; i++)
    {
        var sw = Stopwatch.StartNew();
        ledger.ReadAsync(workspace, year).GetAwaiter().GetResult();
        reads.Add(sw.Elapsed.TotalMilliseconds);
    }

    var firstRead = reads[0];
    reads.RemoveAt(0);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ledger read of the year with {count:N0} messages: first {firstRead:0.0} ms (computes the daily conversation figures and keeps them), then best {reads.Min():0.0} ms, median {reads.Order().ElementAt(3):0.0} ms (the fingerprint check and the kept rows; the web, revenue and spend parts are empty here)"));
}


static void Write(string path, int count)
{
    string[] inbound =
    [
        "The delivery was quick and the packaging lovely, thank you! 😍",
        "Still waiting for order {0}, nobody answers my emails. Not impressed.",
        "Do you have the blue one in size 38?",
        "Pesanan {0} belum sampai juga kak, gimana ini? 😤",
        "Kuenya enak banget, pasti order lagi!",
        "Min, bisa kirim ke Bandung?",
        "Servis laju, barang elok, terima kasih! 👍",
        "Dah seminggu tunggu, tak sampai lagi. Hampeh betul.",
        "Boleh COD tak kat Shah Alam?",
        "Świetna obsługa, paczka dotarła na drugi dzień, polecam!",
        "Zamówienie {0} nadal nie dotarło, nie polecam 😡",
        "Czy macie ten model w kolorze czarnym?",
        "ngl the new menu is fire 🔥 but the wait was long",
        "Pelayanannya super friendly, recommended bgt!",
    ];
    string[] networks = ["Facebook", "Instagram", "X", "YouTube", "TikTok", "LinkedIn"];
    string[] kinds = ["comment", "mention", "direct-message", "review"];
    using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
    writer.Write("message_id,thread_id,network,direction,author,created_at,text,kind,post_id,language\n");
    var start = new DateTime(2025, 12, 1, 0, 0, 0, DateTimeKind.Utc);
    for (var i = 0; i < count; i++)
    {
        var thread = i - (i % 3);
        var outbound = i % 3 == 2;
        var at = start.AddSeconds(i * 31L % 31_536_000);
        var text = outbound ? "Thanks for writing, we are on it" : string.Format(CultureInfo.InvariantCulture, inbound[i % inbound.Length], 10_000 + i);
        writer.Write(string.Create(CultureInfo.InvariantCulture,
            $"m{i},t{thread},{networks[i % networks.Length]},{(outbound ? "out" : "in")},@user{i % 50_000},{at:yyyy-MM-ddTHH:mm:ssZ},\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\",{(outbound ? "reply" : kinds[i % kinds.Length])},p{i % 1000},\n"));
    }
}
