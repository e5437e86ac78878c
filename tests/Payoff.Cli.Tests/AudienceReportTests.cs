using System.Text.Json;

namespace Payoff.Cli.Tests;

public sealed class AudienceReportTests
{
    private static string Data(string folder, string name) => Path.Combine(AppContext.BaseDirectory, "Data", folder, name);

    private static JsonElement Report(CliRun cli, params string[] options) =>
        JsonDocument.Parse(cli.Run(["report", "audience", .. options, "--format", "json"]).Out).RootElement;

    [Fact]
    public void Import_auto_detects_every_audience_export_and_the_report_flags_facebook_and_instagram_ages()
    {
        using var cli = new CliRun();
        var (code, output, _) = cli.Run(
            "import", "auto", "--format", "json",
            Data("Meta", "Facebook audience age and gender 2026-05-31.csv"),
            Data("Meta", "Instagram audience age and gender 2026-05-31.csv"),
            Data("Meta", "Facebook Top-Städte 2026-05-31.csv"),
            Data("TikTok", "FollowerGender_2026-05-01_2026-05-31.csv"),
            Data("TikTok", "FollowerTopTerritories_2026-05-01_2026-05-31.csv"),
            Data("YouTube", "Geography 2026-06-01_2026-07-31 Acme Analytics.zip"),
            Data("LinkedIn", "acme-analytics_followers_1782864000000.xlsx"));

        Assert.Equal(0, code);
        Assert.Equal(
            ["meta-audience", "meta-audience", "meta-audience", "tiktok-audience", "tiktok-audience", "youtube-geography", "linkedin-page"],
            JsonDocument.Parse(output).RootElement.EnumerateArray().Select(r => r.GetProperty("detectedKind").GetString()));

        var report = Report(cli);
        var age = report.GetProperty("comparisons").EnumerateArray().Single(c => c.GetProperty("dimension").GetString() == "age");
        Assert.Equal(0.378m, age.GetProperty("distance").GetDecimal());
        Assert.True(age.GetProperty("differs_markedly").GetBoolean());
        Assert.Equal(
            "Facebook's and Instagram's audiences differ markedly by age: total-variation distance 0.38 (at least 0.25); the largest gap is 18-24: Instagram 41 % vs Facebook 14 %.",
            age.GetProperty("sentence").GetString());
        Assert.Equal(0.25m, report.GetProperty("threshold").GetDecimal());

        var table = cli.Run("report", "audience").Out;
        Assert.Contains("Facebook's and Instagram's audiences differ markedly by age", table, StringComparison.Ordinal);
        Assert.Contains("Others (catch-all)", table, StringComparison.Ordinal);
        // Issue 17: the remainder rows are explained in one note, and the notes suit every surface (the page shows them too).
        Assert.Contains("(catch-all): the row a platform puts everyone else in, named with each platform's own word. (not listed): the share a platform's top list leaves out.", table, StringComparison.Ordinal);
        Assert.Contains("The counts are in the JSON.", table, StringComparison.Ordinal);
        Assert.DoesNotContain("--format json", table, StringComparison.Ordinal);
        Assert.Contains("LinkedIn", table, StringComparison.Ordinal);
    }

    [Fact]
    public void A_network_keeps_its_audiences_and_the_comparisons_it_takes_part_in()
    {
        using var cli = new CliRun();
        cli.Run("import", "auto", Data("Meta", "Facebook audience age and gender 2026-05-31.csv"), Data("Meta", "Instagram audience age and gender 2026-05-31.csv"), Data("TikTok", "FollowerGender_2026-05-01_2026-05-31.csv"));

        var report = Report(cli, "--network", "tiktok");

        Assert.Equal("TikTok", report.GetProperty("network").GetString());
        Assert.All(report.GetProperty("distributions").EnumerateArray(), d => Assert.Equal("TikTok", d.GetProperty("network").GetString()));
        Assert.Equal(2, report.GetProperty("comparisons").GetArrayLength());
        Assert.All(report.GetProperty("comparisons").EnumerateArray(), c => Assert.Contains("TikTok", c.GetProperty("sentence").GetString(), StringComparison.Ordinal));
        var unknown = cli.Run("report", "audience", "--network", "Tiktak");
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("did you mean TikTok", unknown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_newer_export_replaces_the_older_without_doubling_and_undo_brings_the_older_back()
    {
        using var cli = new CliRun();
        var older = cli.File("FollowerGender_2026-04-30.csv", "Gender,Distribution\nFemale,0.60\nMale,0.40\n");
        var newer = cli.File("FollowerGender_2026-05-31.csv", "Gender,Distribution\nFemale,55%\nMale,41%\nOther,4%\n");
        cli.Run("import", "auto", older);
        Assert.Contains("already imported", cli.Run("import", "auto", older).Out, StringComparison.Ordinal);
        cli.Run("import", "auto", newer);

        string Shares() => string.Join(",", Report(cli).GetProperty("distributions").EnumerateArray().Single().GetProperty("values").EnumerateArray()
            .Select(v => $"{v.GetProperty("value").GetString()}={v.GetProperty("share").GetDecimal()}"));

        Assert.Equal("Female=0.55,Male=0.41,Other=0.04", Shares());
        Assert.Equal(0, cli.Run("imports", "undo", "2").ExitCode);
        Assert.Equal("Female=0.6,Male=0.4", Shares());
        Assert.Equal(0, cli.Run("imports", "undo", "1").ExitCode);
        Assert.Equal(0, Report(cli).GetProperty("distributions").GetArrayLength());
    }

    [Fact]
    public void Csv_neutralises_values_that_look_like_formulas_and_errors_name_the_row_and_column()
    {
        using var cli = new CliRun();
        cli.Run("import", "tiktok-audience", cli.File("territories.csv", "Top territories,Distribution\n\"=HYPERLINK(\"\"x\"\")\",0.5\nOthers,0.5\n"));

        var csv = cli.Run("report", "audience", "--format", "csv").Out;

        Assert.StartsWith("Dimension,Value,TikTok\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("country,\"'=HYPERLINK(\"\"x\"\")\",0.5", csv, StringComparison.Ordinal);
        var bad = cli.Run("import", "tiktok-audience", cli.File("gender.csv", "Gender,Distribution\nFemale,55\n"), "--format", "json");
        var error = JsonDocument.Parse(bad.Out).RootElement.GetProperty("errors")[0];
        Assert.Equal((2, "Distribution"), (error.GetProperty("row").GetInt32(), error.GetProperty("column").GetString()));
    }

    [Fact]
    public void No_audience_says_how_to_import_one()
    {
        using var cli = new CliRun();
        Assert.Contains("No audience demographics imported", cli.Run("report", "audience").Out, StringComparison.Ordinal);
    }
}
