using System.Text.Json;

namespace Payoff.Cli.Tests;

/// <summary>The conversation commands end to end: the workspace's languages decide what a message is detected as.</summary>
public sealed class ConversationsCommandTests
{
    private const string Messages = """
        message_id,thread_id,network,direction,author,created_at,text,kind
        m1,t1,Facebook,in,@anna,2026-03-02T09:00:00Z,"Der Kaffee war nicht gut, die Bedienung unfreundlich und wir sind enttäuscht",comment
        m2,t2,Facebook,in,@ola,2026-03-02T10:00:00Z,"Obsługa bardzo miła, polecam!",comment
        """;

    [Fact]
    public void Languages_added_to_the_workspace_are_detected_and_scored_in_messages_imported_afterwards()
    {
        using var cli = Cli();
        var file = cli.File("messages.csv", Messages);
        cli.Run("import", "conversations", file);
        Assert.Equal("und", Language(cli, "m1")); // not one of the default four

        var changed = cli.Run("conversations", "settings", "--languages", "pl, de,EN");
        Assert.Equal(0, changed.ExitCode);
        Assert.Contains("Languages: Polish (pl), German (de), English (en)", changed.Out, StringComparison.Ordinal);
        cli.Run("import", "conversations", cli.File("later.csv", Messages.Replace("m1,t1", "m3,t3").Replace("m2,t2", "m4,t4")));

        Assert.Equal("und", Language(cli, "m1")); // imported before the change
        Assert.Equal("de", Language(cli, "m3"));
        Assert.Equal("negative", Field(cli, "m3", "sentiment"));
        Assert.Equal("pl", Language(cli, "m4"));
        Assert.Contains("Languages: Polish (pl), German (de), English (en)", cli.Run("conversations", "settings").Out, StringComparison.Ordinal);

        Assert.Equal(0, cli.Run("conversations", "settings", "--languages", "default").ExitCode);
        Assert.Contains("Languages: English (en), Indonesian (id), Malay (ms), Polish (pl)", cli.Run("conversations", "settings").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_language_payoff_does_not_have_is_refused_by_name()
    {
        using var cli = Cli();
        var refused = cli.Run("conversations", "settings", "--languages", "en,klingon");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("'klingon' is not a language Payoff detects", refused.Error, StringComparison.Ordinal);
        Assert.Contains("de", refused.Error, StringComparison.Ordinal);
        Assert.Contains("Languages: English (en), Indonesian (id), Malay (ms), Polish (pl)", cli.Run("conversations", "settings").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_network_is_refused_with_the_closest_name_not_answered_with_zeros()
    {
        using var cli = Cli();
        cli.Run("import", "conversations", cli.File("messages.csv", Messages));

        foreach (var args in new[] { new[] { "report", "conversations" }, ["report", "service"], ["conversations", "list"] })
        {
            var refused = cli.Run([.. args, "--network", "Facebok", "--from", "2026-03-01", "--to", "2026-03-31"]);
            Assert.Equal(1, refused.ExitCode);
            Assert.Contains("--network: unknown network 'Facebok' — did you mean Facebook?", refused.Error, StringComparison.Ordinal);
        }

        Assert.Equal(0, cli.Run("report", "conversations", "--network", "facebook", "--from", "2026-03-01", "--to", "2026-03-31").ExitCode);
    }

    [Fact]
    public void The_unanswered_requests_are_listed_oldest_first_with_their_ids()
    {
        using var cli = Cli();
        cli.Run("import", "conversations", cli.File("messages.csv", Messages.Replace(",comment", ",dm")));

        var listed = cli.Run("report", "service", "--unanswered", "--from", "2026-03-01", "--to", "2026-03-31", "--format", "csv");

        Assert.Equal(0, listed.ExitCode);
        var lines = listed.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Asked (local),Network,Kind,Thread ID,Message ID,Waiting,Past the target", lines[0], StringComparison.Ordinal);
        Assert.Equal(["m1", "m2"], lines.Skip(1).Select(l => l.Split(',')[4]));
    }

    [Fact]
    public void The_most_discussed_posts_carry_their_caption_day_and_link_from_the_post_export()
    {
        using var cli = Cli();
        var posts = cli.File("posts.csv", "\"Post ID\",\"Page ID\",\"Page name\",Title,\"Publish time\",Permalink,\"Post type\",Date,Views,Reach,Reactions,Comments,Shares\n1_1,1,Shop,\"Spring\nsale\",03/01/2026 10:00,https://fb.com/1,Photos,Lifetime,100,80,5,2,0\n");
        Assert.Equal(0, cli.Run("import", "meta-posts", posts).ExitCode);
        cli.Run("import", "conversations", cli.File("messages.csv", "message_id,thread_id,network,direction,author,created_at,text,kind,post_id\nm1,t1,facebook,in,@a,2026-03-02T09:00:00Z,Love it,comment,1_1\nm2,t2,Facebook,in,@b,2026-03-02T10:00:00Z,Too pricey,comment,1_1\nm3,t3,Facebook,in,@c,2026-03-02T11:00:00Z,Nice,comment,9_9\n"));

        var table = cli.Run("report", "conversations", "--table", "posts", "--from", "2026-03-01", "--to", "2026-03-31", "--format", "csv").Out.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("Network,Post ID,Caption,Published (local),Link,Messages,Negative,Positive", table[0]);
        Assert.StartsWith("Facebook,1_1,Spring sale,2026-03-01,https://fb.com/1,2,", table[1], StringComparison.Ordinal);
        Assert.StartsWith("Facebook,9_9,,,,1,", table[2], StringComparison.Ordinal); // a post Payoff has no export of
        Assert.Equal(1, cli.Run("report", "conversations", "--table", "pages").ExitCode);
    }

    [Fact]
    public void A_dry_run_shows_the_messages_a_future_to_stops_at_today_and_a_correction_takes_a_network_alias()
    {
        using var cli = Cli();
        var file = cli.File("messages.csv", Messages);

        var dry = cli.Run("import", "conversations", file, "--dry-run");
        Assert.Equal(0, dry.ExitCode);
        Assert.Contains("m1", dry.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("@anna", dry.Out, StringComparison.Ordinal); // the sample shows authors as stored: pseudonymised
        Assert.Contains("author=\"a_", dry.Out, StringComparison.Ordinal);
        Assert.Contains("direction=\"inbound\"", dry.Out, StringComparison.Ordinal); // by name, not a number

        cli.Run("import", "conversations", file);
        var today = cli.Time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var future = JsonDocument.Parse(cli.Run("report", "conversations", "--from", "2026-03-01", "--to", "2099-12-31", "--format", "json").Out).RootElement;
        Assert.Equal(today, future.GetProperty("to").GetString());
        Assert.Equal(1, cli.Run("report", "conversations", "--from", "2099-01-01", "--to", "2099-12-31").ExitCode);

        var corrected = cli.Run("conversations", "correct", "FB", "m2", "negative");
        Assert.Equal(0, corrected.ExitCode);
        Assert.Contains("Message m2 on Facebook is now negative.", corrected.Out, StringComparison.Ordinal);
        Assert.Contains("did you mean Facebook?", cli.Run("conversations", "correct", "Facebok", "m2", "negative").Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Weeks_before_the_first_message_are_not_counted_as_zero_buzz_in_the_trend()
    {
        using var cli = Cli();
        var rows = new System.Text.StringBuilder("message_id,thread_id,network,direction,author,created_at,text,kind\n");
        var id = 0;
        for (var day = new DateOnly(2026, 3, 2); day <= new DateOnly(2026, 3, 29); day = day.AddDays(1))
        {
            // A flat month: 3, 4 or 5 mentions a day.
            for (var k = 0; k < 3 + (day.Day % 3); k++)
            {
                rows.Append(System.Globalization.CultureInfo.InvariantCulture, $"m{++id},,Instagram,in,@p{id},{day:yyyy-MM-dd}T1{k}:00:00Z,saw your post,mention\n");
            }
        }

        Assert.Equal(0, cli.Run("import", "conversations", cli.File("flat.csv", rows.ToString())).ExitCode);
        var report = cli.Run("report", "conversations", "--by", "week", "--from", "2026-01-05", "--to", "2026-03-29");

        Assert.Contains("The buzz per week shows no clear trend over 4 weeks", report.Out, StringComparison.Ordinal);
    }

    // The messages are from March 2026: the clock stands after them.
    private static CliRun Cli()
    {
        var cli = new CliRun();
        cli.Time.SetUtcNow(new DateTimeOffset(2026, 4, 1, 12, 0, 0, TimeSpan.Zero));
        return cli;
    }

    private static string Language(CliRun cli, string id) => Field(cli, id, "language");

    private static string Field(CliRun cli, string id, string name)
    {
        var list = JsonDocument.Parse(cli.Run("conversations", "list", "--from", "2026-03-01", "--to", "2026-03-31", "--format", "json").Out).RootElement;
        var messages = list.ValueKind == JsonValueKind.Array ? list : list.GetProperty("messages");
        var message = messages.EnumerateArray().Single(m => m.GetProperty("message_id").GetString() == id);
        return message.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
    }
}
