using System.Text.Json;

namespace Payoff.Cli.Tests;

/// <summary>
/// <c>payoff report advocates</c> and <c>payoff reward</c> end to end (issue 19): referral visits and leads imported from an
/// events file are credited to advocates, ranked by their friends' results (never followers), earn two-way rewards once,
/// are voided when their import is undone, and count as cost in the ROI report.
/// </summary>
public sealed class AdvocatesReportCommandTests
{
    private const string From = "2025-07-01";
    private const string To = "2025-07-14";

    /// <summary>
    /// Zoe (40 followers) reaches two friends, both become leads; Anna (90,000 followers) reaches three, one becomes a lead.
    /// Every visit carries the program's referral tags.
    /// </summary>
    private const string Events = """
        event_id,timestamp,visitor_id,type,url,referrer,value,currency,contact_id,name
        z1,2025-07-01T10:00:00Z,v1,pageview,https://shop.example.com/?ref=ZOE22&utm_source=referral&utm_medium=advocate&utm_campaign=Friends,,,,,
        z2,2025-07-01T10:05:00Z,v1,lead,https://shop.example.com/thanks,,,,c-f1,signup
        z3,2025-07-02T10:00:00Z,v2,pageview,https://shop.example.com/?ref=ZOE22&utm_source=referral&utm_medium=advocate&utm_campaign=Friends,,,,,
        z4,2025-07-02T10:05:00Z,v2,lead,https://shop.example.com/thanks,,,,c-f2,signup
        a1,2025-07-03T10:00:00Z,v3,pageview,https://shop.example.com/?ref=ANNA7&utm_source=referral&utm_medium=advocate&utm_campaign=Friends,,,,,
        a2,2025-07-03T10:05:00Z,v3,lead,https://shop.example.com/thanks,,,,c-f3,signup
        a3,2025-07-04T10:00:00Z,v4,pageview,https://shop.example.com/?ref=ANNA7&utm_source=referral&utm_medium=advocate&utm_campaign=Friends,,,,,
        a4,2025-07-05T10:00:00Z,v5,pageview,https://shop.example.com/?ref=ANNA7&utm_source=referral&utm_medium=advocate&utm_campaign=Friends,,,,,
        """;

    private static JsonElement Json(CliRun cli, params string[] args)
    {
        var run = cli.Run(args);
        Assert.True(run.ExitCode == 0, $"payoff {string.Join(' ', args)} exited {run.ExitCode}: {run.Error}");
        return JsonDocument.Parse(run.Out).RootElement;
    }

    private static (CliRun Cli, long ImportId, string File) Setup()
    {
        var cli = new CliRun();
        Assert.Equal(0, cli.Run("program", "add", "--name", "Friends", "--advocate-reward", "10.00", "--friend-reward", "5.00", "--on", "lead").ExitCode);
        Assert.Equal(0, cli.Run("advocate", "add", "--contact", "c-anna", "--code", "ANNA7", "--followers", "90000").ExitCode);
        Assert.Equal(0, cli.Run("advocate", "add", "--contact", "c-zoe", "--code", "ZOE22", "--followers", "40").ExitCode);
        var file = cli.File("referrals.csv", Events);
        var import = Json(cli, "import", "events", file, "--format", "json");
        Assert.Equal(8, import.GetProperty("imported").GetInt64());
        return (cli, import.GetProperty("importId").GetInt64(), file);
    }

    private static List<JsonElement> Rewards(CliRun cli) => [.. Json(cli, "reward", "list", "--format", "json").GetProperty("rewards").EnumerateArray()];

    private static JsonElement RoiTotals(CliRun cli) => Json(cli, "report", "roi", "--from", From, "--to", To, "--format", "json").GetProperty("totals");

    [Fact]
    public void The_report_ranks_advocates_by_their_friends_leads_with_the_exchange_figures()
    {
        var (cli, _, _) = Setup();
        using var _cli = cli;

        var report = Json(cli, "report", "advocates", "--from", From, "--to", To, "--format", "json");

        Assert.Equal(("first-referral", "lead"), (report.GetProperty("model").GetString(), report.GetProperty("conversion").GetString()));
        var rows = report.GetProperty("advocates").EnumerateArray().ToList();
        // Zoe first: 2 leads beat Anna's 1, though Anna has 90,000 followers, 3 friends reached and the earlier code.
        Assert.Equal(["ZOE22", "ANNA7"], rows.Select(r => r.GetProperty("code").GetString()));
        Assert.Equal([1, 2], rows.Select(r => r.GetProperty("rank").GetInt32()));
        var (zoe, anna) = (rows[0], rows[1]);
        Assert.Equal((2L, 2L, 2.0, 2.0, 40), (zoe.GetProperty("friends_reached").GetInt64(), zoe.GetProperty("visits").GetInt64(), zoe.GetProperty("leads").GetDouble(), zoe.GetProperty("converted").GetDouble(), zoe.GetProperty("followers").GetInt32()));
        Assert.Equal((3L, 3L, 1.0, 1.0, 90000), (anna.GetProperty("friends_reached").GetInt64(), anna.GetProperty("visits").GetInt64(), anna.GetProperty("leads").GetDouble(), anna.GetProperty("converted").GetDouble(), anna.GetProperty("followers").GetInt32()));
        // Rewards of both sides: Zoe 2 × (10 + 5) = 30, Anna 15; no revenue, so net is minus the rewards.
        Assert.Equal((30m, -30m), (zoe.GetProperty("rewards").GetDecimal(), zoe.GetProperty("net").GetDecimal()));
        Assert.Equal((15m, -15m), (anna.GetProperty("rewards").GetDecimal(), anna.GetProperty("net").GetDecimal()));
        Assert.Equal(1.0, zoe.GetProperty("conversion").GetProperty("value").GetDouble());
        Assert.Equal(1.0 / 3, anna.GetProperty("conversion").GetProperty("value").GetDouble(), 6);

        // 5 friends reached by 2 advocates: 2.5 invitations each; 3 of 5 converted: 0.6; K = 2.5 × 0.6 = 1.5 (3 leads / 2).
        var exchange = report.GetProperty("exchange");
        Assert.Equal(2, exchange.GetProperty("advocates").GetInt32());
        Assert.Equal(2.5, exchange.GetProperty("invitations_per_advocate").GetProperty("value").GetDouble(), 6);
        Assert.Equal(0.6, exchange.GetProperty("conversion").GetProperty("value").GetDouble(), 6);
        var k = exchange.GetProperty("k");
        Assert.Equal(1.5, k.GetProperty("value").GetDouble(), 6);
        Assert.InRange(1.5, k.GetProperty("low").GetDouble(), k.GetProperty("high").GetDouble());
        Assert.Empty(report.GetProperty("warnings").EnumerateArray());

        // The exchange table says the same in words and numbers.
        var table = cli.Run("report", "advocates", "--from", From, "--to", To, "--table", "exchange");
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("K (viral coefficient)", table.Out, StringComparison.Ordinal);
        Assert.Contains("1.5", table.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_lead_earns_two_rewards_once_and_a_repeated_import_earns_nothing_more()
    {
        var (cli, importId, file) = Setup();
        using var _cli = cli;

        var rewards = Rewards(cli);

        // Three leads (c-f1, c-f2 for Zoe; c-f3 for Anna), two entries each: the advocate's 10.00 and the friend's 5.00.
        Assert.Equal(6, rewards.Count);
        Assert.Equal(
            [
                ("ZOE22", "advocate", "c-f1", 10m), ("ZOE22", "friend", "c-f1", 5m),
                ("ZOE22", "advocate", "c-f2", 10m), ("ZOE22", "friend", "c-f2", 5m),
                ("ANNA7", "advocate", "c-f3", 10m), ("ANNA7", "friend", "c-f3", 5m),
            ],
            rewards.OrderBy(r => r.GetProperty("friend_contact_id").GetString(), StringComparer.Ordinal).ThenBy(r => r.GetProperty("side").GetString(), StringComparer.Ordinal)
                .Select(r => (r.GetProperty("advocate").GetString(), r.GetProperty("side").GetString(), r.GetProperty("friend_contact_id").GetString(), r.GetProperty("amount").GetDecimal())));
        Assert.All(rewards, r => Assert.Equal(("Friends", "earned", "Advocates", importId), (r.GetProperty("program").GetString(), r.GetProperty("status").GetString(), r.GetProperty("network").GetString(), r.GetProperty("import_id").GetInt64())));
        Assert.Equal("2025-07-01", rewards.First(r => r.GetProperty("friend_contact_id").GetString() == "c-f1").GetProperty("day").GetString());

        var again = Json(cli, "import", "events", file, "--format", "json");
        Assert.True(again.GetProperty("alreadyImported").GetBoolean());
        Assert.Equal(rewards.Select(r => r.GetProperty("id").GetInt64()), Rewards(cli).Select(r => r.GetProperty("id").GetInt64()));

        // The same rows under another name are duplicates: still the same six rewards.
        var copy = Json(cli, "import", "events", cli.File("copy.csv", Events + "\n"), "--format", "json");
        Assert.Equal(0, copy.GetProperty("imported").GetInt64());
        Assert.Equal(6, Rewards(cli).Count);
        Assert.Equal(45m, Json(cli, "report", "advocates", "--from", From, "--to", To, "--format", "json").GetProperty("advocates").EnumerateArray().Sum(r => r.GetProperty("rewards").GetDecimal()));
    }

    [Fact]
    public void The_rewards_are_cost_in_the_roi_report_until_their_import_is_undone()
    {
        var (cli, importId, _) = Setup();
        using var _cli = cli;

        var before = RoiTotals(cli);

        // 3 leads × 15.00 = 45.00 of rewards, the only cost: other cost 45, total cost 45, ROI (0 − 45) / 45 = −1.
        Assert.Equal((45m, 45m, 45m), (before.GetProperty("reward_cost").GetDecimal(), before.GetProperty("other_cost").GetDecimal(), before.GetProperty("total_cost").GetDecimal()));
        Assert.Equal(-1m, before.GetProperty("roi").GetDecimal());

        Assert.Equal(0, cli.Run("imports", "undo", importId.ToString(System.Globalization.CultureInfo.InvariantCulture)).ExitCode);

        var rewards = Rewards(cli);
        Assert.Equal(6, rewards.Count);
        Assert.All(rewards, r => Assert.Equal(("voided", $"import #{importId} that brought the friend's action was undone."), (r.GetProperty("status").GetString(), r.GetProperty("reason").GetString())));
        var after = RoiTotals(cli);
        Assert.Equal((0m, 0m), (after.GetProperty("reward_cost").GetDecimal(), after.GetProperty("total_cost").GetDecimal()));
        var history = cli.Run("reward", "history", rewards[0].GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0, history.ExitCode);
        Assert.Contains($"import #{importId} undone", history.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_file_imported_again_after_its_undo_earns_its_rewards_anew_and_once()
    {
        var (cli, importId, file) = Setup();
        using var _cli = cli;
        Assert.Equal(0, cli.Run("imports", "undo", importId.ToString(System.Globalization.CultureInfo.InvariantCulture)).ExitCode);

        Assert.Equal(8, Json(cli, "import", "events", file, "--format", "json").GetProperty("imported").GetInt64());

        // The 6 voided entries stay in the ledger with their history; the same 3 leads earn 6 new ones, 45.00 again.
        var rewards = Rewards(cli);
        Assert.Equal((6, 6), (rewards.Count(r => r.GetProperty("status").GetString() == "voided"), rewards.Count(r => r.GetProperty("status").GetString() == "earned")));
        Assert.Equal(45m, RoiTotals(cli).GetProperty("reward_cost").GetDecimal());
        Assert.Equal(12, Rewards(cli).Count); // read again: nothing doubled
    }

    [Fact]
    public void A_reward_is_voided_only_with_a_reason_and_then_is_no_cost()
    {
        var (cli, _, _) = Setup();
        using var _cli = cli;
        var id = Rewards(cli).First(r => r.GetProperty("side").GetString() == "advocate").GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var refused = cli.Run("reward", "void", id);

        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("A reward is voided with a reason: add --reason", refused.Error, StringComparison.Ordinal);
        Assert.All(Rewards(cli), r => Assert.Equal("earned", r.GetProperty("status").GetString()));

        Assert.Equal(0, cli.Run("reward", "void", id, "--reason", "duplicate account").ExitCode);

        var voided = Rewards(cli).Single(r => r.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture) == id);
        Assert.Equal(("voided", "duplicate account"), (voided.GetProperty("status").GetString(), voided.GetProperty("reason").GetString()));
        Assert.Equal(35m, RoiTotals(cli).GetProperty("reward_cost").GetDecimal()); // 45 − the voided 10
        Assert.NotEqual(0, cli.Run("reward", "pay", id).ExitCode); // a voided reward stays voided
    }
}
