using System.Text.Json;
using Payoff.Storage.DuckDb;

namespace Payoff.Cli.Tests;

public class CliEndToEndTests
{
    private const string Events = """
        event_id,timestamp,visitor_id,type,url,referrer,value,currency,contact_id,name
        a1,2025-06-02T09:00:00Z,va,pageview,https://shop.example.com/?utm_source=linkedin&utm_medium=social&utm_campaign=Announcements,,,,,
        a2,2025-06-02T09:03:00Z,va,lead,https://shop.example.com/contact,,,,CA,form
        a3,2025-06-09T10:00:00Z,,customer,,,250.00,USD,CA,order
        b1,2025-06-03T09:00:00Z,vb,pageview,https://shop.example.com/?utm_source=linkedin&utm_medium=social&utm_campaign=Groups,,,,,
        c1,2025-06-03T09:00:00Z,vc,pageview,https://shop.example.com/,https://l.facebook.com/l.php,,,,
        c2,2025-06-04T09:00:00Z,vc,pageview,https://shop.example.com/,https://l.facebook.com/l.php,,,,
        d1,2025-06-05T09:00:00Z,vd,pageview,https://shop.example.com/?utm_source=fb&utm_medium=paid_social&utm_campaign=Spring,,,,,
        d2,2025-06-05T09:10:00Z,vd,lead,https://shop.example.com/contact,,,,CD,form
        """;

    [Fact]
    public void Classify_prints_every_field_of_a_tagged_url_as_json()
    {
        using var cli = new CliRun();

        var (code, output, _) = cli.Run("classify", "--url", "https://example.com/?utm_medium=social&utm_source=twitter&utm_campaign=inboundchat&utm_content=v2&twclid=ABC", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("Organic Social", root.GetProperty("channel").GetString());
        Assert.Equal("X", root.GetProperty("network").GetString());
        Assert.Equal("twitter", root.GetProperty("source").GetString());
        Assert.Equal("social", root.GetProperty("medium").GetString());
        Assert.Equal("inboundchat", root.GetProperty("campaign").GetString());
        Assert.Equal("v2", root.GetProperty("content").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("term").ValueKind);
        Assert.Equal("ABC", root.GetProperty("clickId").GetString());
    }

    [Fact]
    public void Imported_events_give_the_hand_computed_sources_report_and_a_reimport_doubles_nothing()
    {
        using var cli = new CliRun();
        var file = cli.File("events.csv", Events);

        var first = cli.Run("import", "events", file, "--format", "json");
        var again = cli.Run("import", "events", file, "--format", "json");
        var (code, output, _) = cli.Run("report", "sources", "--from", "2025-06-01", "--to", "2025-06-30", "--format", "json");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(8, JsonDocument.Parse(first.Out).RootElement.GetProperty("imported").GetInt64());
        Assert.Equal(0, again.ExitCode);
        Assert.True(JsonDocument.Parse(again.Out).RootElement.GetProperty("alreadyImported").GetBoolean());
        Assert.Equal(0, code);
        var report = JsonDocument.Parse(output).RootElement;
        var rows = report.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("network").GetString()!);
        Assert.Equal(2, rows["LinkedIn"].GetProperty("sessions").GetInt64());
        Assert.Equal(1, rows["LinkedIn"].GetProperty("contacts").GetInt64());
        Assert.Equal(0.5m, rows["LinkedIn"].GetProperty("contact_rate").GetDecimal());
        Assert.Equal(250m, rows["LinkedIn"].GetProperty("revenue").GetDecimal());
        Assert.Equal(3, rows["Facebook"].GetProperty("sessions").GetInt64());
        Assert.Equal(0.333333m, rows["Facebook"].GetProperty("contact_rate").GetDecimal());
        var totals = report.GetProperty("totals");
        Assert.Equal(5, totals.GetProperty("sessions").GetInt64());
        Assert.Equal(2, totals.GetProperty("contacts").GetInt64());
        Assert.Equal(1, totals.GetProperty("customers").GetInt64());
        Assert.Equal(0.5m, totals.GetProperty("lead_to_customer_rate").GetDecimal());
    }

    [Fact]
    public void Campaign_drill_down_and_csv_output_keep_numbers_numeric_and_neutralise_formulas()
    {
        using var cli = new CliRun();
        cli.Run("import", "events", cli.File("events.csv", Events.Replace("utm_campaign=Groups", "utm_campaign=%3DHYPERLINK(1)", StringComparison.Ordinal)));

        var (code, output, _) = cli.Run("report", "sources", "--from", "2025-06-01", "--to", "2025-06-30", "--by", "campaign", "--network", "linkedin", "--format", "csv");

        Assert.Equal(0, code);
        var lines = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Network / channel,Campaign,Sessions,Contacts,Customers,Contact rate,Customer rate,Lead→customer,Revenue (USD),Sessions before,Contacts before,Δ sessions,Δ contacts,Δ revenue", lines[0]);
        Assert.Contains("LinkedIn,Announcements,1,1,1,1,1,1,250,,,,,", lines, StringComparer.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("LinkedIn,\"'=HYPERLINK(1)\",1,0,0,0,0,,0", StringComparison.Ordinal));
        Assert.StartsWith("Total,,2,1,1,0.5,0.5,1,250", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_with_a_bad_row_is_rejected_whole_with_row_and_column_and_nothing_changes()
    {
        using var cli = new CliRun();
        cli.Run("import", "events", cli.File("good.csv", Events));
        var bad = cli.File("bad.csv", "event_id,timestamp,visitor_id,type,url\nz1,2025-06-10T09:00:00Z,vz,pageview,https://shop.example.com/\nz2,10/06/2025,vz,pageview,https://shop.example.com/\n");

        var (code, output, _) = cli.Run("import", "events", bad, "--format", "json");
        var after = cli.Run("report", "sources", "--from", "2025-06-01", "--to", "2025-06-30", "--format", "json");

        Assert.Equal(1, code);
        var summary = JsonDocument.Parse(output).RootElement;
        Assert.Equal(0, summary.GetProperty("imported").GetInt64());
        Assert.Equal(1, summary.GetProperty("rejected").GetInt64());
        var error = Assert.Single(summary.GetProperty("errors").EnumerateArray());
        Assert.Equal((3, "timestamp"), (error.GetProperty("row").GetInt64(), error.GetProperty("column").GetString()));
        Assert.Equal(5, JsonDocument.Parse(after.Out).RootElement.GetProperty("totals").GetProperty("sessions").GetInt64());

        var skipped = cli.Run("import", "events", bad, "--skip-invalid", "--format", "json");
        Assert.Equal(1, JsonDocument.Parse(skipped.Out).RootElement.GetProperty("imported").GetInt64());
    }

    [Fact]
    public void Bad_arguments_unknown_columns_and_a_newer_database_get_one_line_messages()
    {
        using var cli = new CliRun();
        var unknown = cli.Run("import", "events", cli.File("x.csv", "event_id,timestamp,visitor_id,type,colour\n"));
        var date = cli.Run("report", "sources", "--from", "2025-13-01");
        var missing = cli.Run("import", "contacts", Path.Combine(cli.Folder, "nope.csv"));
        var workspace = cli.Run("report", "sources", "--workspace", "nobody");

        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("Unknown column 'colour' (column 5)", unknown.Out, StringComparison.Ordinal);
        Assert.Equal(1, date.ExitCode);
        Assert.Equal("payoff: --from '2025-13-01' is not a date; use yyyy-MM-dd, e.g. 2025-03-01.", date.Error.Trim());
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("does not exist", missing.Out, StringComparison.Ordinal);
        Assert.Contains("There is no workspace 'nobody'", workspace.Error, StringComparison.Ordinal);

        using (var db = DuckDbDatabase.Open(cli.Database, TimeProvider.System))
        {
            db.Execute("INSERT INTO schema_migrations VALUES (99, 'future', now()::TIMESTAMP)");
        }

        var newer = cli.Run("report", "sources");
        Assert.Equal(1, newer.ExitCode);
        Assert.Single(newer.Error.Trim().Split('\n'));
        Assert.Contains("newer Payoff", newer.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Journeys_and_contacts_import_and_the_benchmark_shows_month_over_month_change()
    {
        using var cli = new CliRun();
        cli.Run("import", "events", cli.File("events.csv", Events));
        var contacts = cli.Run("import", "contacts", cli.File("contacts.csv", "contact_id,created_at,lead_at,customer_at,revenue,currency\nCX,2025-07-02,,,,\n"), "--format", "json");
        var journeys = cli.Run("import", "journeys", cli.File("paths.csv", "path;total_conversions;total_conversion_value;total_null\nfacebook > email;2;20;5\n"), "--format", "json");

        var (code, output, _) = cli.Run("report", "benchmark", "--months", "2", "--network", "LinkedIn", "--format", "json");

        Assert.Equal((0, 0), (contacts.ExitCode, journeys.ExitCode));
        Assert.Equal(1, JsonDocument.Parse(journeys.Out).RootElement.GetProperty("imported").GetInt64());
        Assert.Equal(0, code);
        var rows = JsonDocument.Parse(output).RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(["2025-06-01", "2025-07-01"], rows.Select(r => r.GetProperty("month").GetString()));
        Assert.Equal(2, rows[0].GetProperty("sessions").GetInt64());
        Assert.Equal(JsonValueKind.Null, rows[0].GetProperty("change").GetProperty("sessions").ValueKind);

        // June has data on a few of its days only, so July's fall to nothing is no percentage (issue 13 §2).
        Assert.Equal(JsonValueKind.Null, rows[1].GetProperty("change").GetProperty("sessions").ValueKind);
        Assert.Equal("none", rows[1].GetProperty("change_kind").GetProperty("sessions").GetString());
    }
}
