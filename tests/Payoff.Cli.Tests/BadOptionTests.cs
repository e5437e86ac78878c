namespace Payoff.Cli.Tests;

/// <summary>
/// Issue 13, §3.7 (QA items 2 and 9): bad option values get one plain sentence naming the option, exit
/// code 1 — never "unexpected error", never a .NET type name, never a silent success.
/// </summary>
public sealed class BadOptionTests
{
    private static string Refused(CliRun cli, params string[] args)
    {
        var run = cli.Run(args);
        Assert.True(run.ExitCode == 1, $"exit {run.ExitCode}: {run.Out}{run.Error}");
        Assert.DoesNotContain("unexpected error", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", run.Error, StringComparison.Ordinal);
        return run.Error;
    }

    [Theory]
    [InlineData("sources")]
    [InlineData("roi")]
    [InlineData("costs")]
    [InlineData("social")]
    [InlineData("links")]
    [InlineData("attribution")]
    [InlineData("paths")]
    [InlineData("kpi")]
    public void Extreme_report_days_are_refused_naming_the_option_instead_of_crashing(string report)
    {
        using var cli = new CliRun();
        Assert.Contains("--from (0001-01-01) must be a day from 1900-01-01 to 2999-12-31.", Refused(cli, "report", report, "--from", "0001-01-01"), StringComparison.Ordinal);
        Assert.Contains("--to (9999-12-31) must be a day from 1900-01-01 to 2999-12-31.", Refused(cli, "report", report, "--to", "9999-12-31"), StringComparison.Ordinal);
    }

    [Fact]
    public void Extreme_months_and_days_of_the_benchmark_the_verdict_goals_and_fees_are_refused_naming_the_option()
    {
        using var cli = new CliRun();
        Assert.Contains("--to (9999-12-31) must be a day", Refused(cli, "report", "benchmark", "--to", "9999-12-31"), StringComparison.Ordinal);
        Assert.Contains("--to (0001-01) must be a month from 1900-01 to 2999-12.", Refused(cli, "report", "verdict", "--to", "0001-01"), StringComparison.Ordinal);
        Assert.Contains("--to (9999-12) must be a month", Refused(cli, "report", "verdict", "--to", "9999-12"), StringComparison.Ordinal);
        Assert.Contains("--deadline (9999-12-31) must be a day", Refused(cli, "goal", "add", "--name", "g", "--metric", "sessions", "--target", "10", "--deadline", "9999-12-31"), StringComparison.Ordinal);
        Assert.Contains("--from (0001-01) must be a month", Refused(cli, "fee", "add", "--name", "tool", "--monthly", "10", "--networks", "Facebook", "--from", "0001-01"), StringComparison.Ordinal);
        Assert.Contains("--date (0001-01-01) must be a day", Refused(cli, "time", "log", "--network", "Facebook", "--hours", "1", "--date", "0001-01-01"), StringComparison.Ordinal);
    }

    [Fact]
    public void Overflowing_hours_are_refused_with_the_allowed_range_not_an_overflow_exception()
    {
        using var cli = new CliRun();
        Assert.Contains("--hours must be more than 0 and at most 24 (got 99999999).", Refused(cli, "time", "log", "--network", "Facebook", "--hours", "99999999"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_mistyped_command_gets_one_line_with_what_it_may_have_meant_on_standard_error_and_nothing_on_standard_output()
    {
        using var cli = new CliRun();
        var run = cli.Run("report", "sourcez");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Equal(
            "payoff: 'sourcez' is not a command or argument of 'payoff report'; did you mean 'sources'?\npayoff: see 'payoff report --help'.\n",
            run.Error.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("Required command", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_outside_an_options_choices_is_one_line_on_standard_error_not_the_help_on_standard_output()
    {
        using var cli = new CliRun();
        var run = cli.Run("report", "sources", "--format", "xml");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Equal(
            "payoff: Argument 'xml' not recognized. Must be one of: 'table' 'json' 'csv'\npayoff: see 'payoff report sources --help'.\n",
            run.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_command_group_typed_alone_still_shows_its_commands()
    {
        using var cli = new CliRun();
        var run = cli.Run("report");
        Assert.Contains("sources", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_too_big_for_its_option_is_named_in_words_not_as_a_dotnet_type()
    {
        using var cli = new CliRun();
        var error = Refused(cli, "time", "log", "--network", "Facebook", "--minutes", "99999999999");
        Assert.Contains("'--minutes' as a whole number", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Nullable", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_network_is_refused_with_the_closest_name_by_every_command_that_takes_one()
    {
        using var cli = new CliRun();
        Assert.Contains("--network: unknown network 'Facebok' — did you mean Facebook?", Refused(cli, "time", "log", "--network", "Facebok", "--hours", "1"), StringComparison.Ordinal);
        Assert.Contains("--networks: unknown network 'Foo'", Refused(cli, "fee", "add", "--name", "tool", "--monthly", "10", "--networks", "Facebook,Foo"), StringComparison.Ordinal);
        Assert.Contains("--network: unknown network 'Foo'", Refused(cli, "goal", "add", "--name", "g", "--metric", "sessions", "--network", "Foo", "--target", "10", "--deadline", "2025-08-31"), StringComparison.Ordinal);
        Assert.Contains("--network: unknown network 'Foo'", Refused(cli, "report", "sources", "--network", "Foo"), StringComparison.Ordinal);
        Assert.Contains("--network: unknown network 'Linkedn' — did you mean LinkedIn?", Refused(cli, "report", "roi", "--network", "Linkedn"), StringComparison.Ordinal);
        Assert.Contains("--network: unknown network 'Foo'", Refused(cli, "report", "benchmark", "--network", "Foo"), StringComparison.Ordinal);
        Assert.DoesNotContain("Facebok", cli.Run("report", "costs").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Known_networks_channels_and_names_already_in_the_workspace_data_are_accepted()
    {
        using var cli = new CliRun();
        Assert.Equal(0, cli.Run("time", "log", "--network", "facebook", "--hours", "1").ExitCode);
        Assert.Equal(0, cli.Run("time", "log", "--network", "organic search", "--hours", "1").ExitCode);
        Assert.Equal(0, cli.Run("import", "costs", cli.File("costs.csv", "date,network,campaign,amount,currency\n2025-07-01,Village Forum,launch,10,USD\n")).ExitCode);
        Assert.Equal(0, cli.Run("time", "log", "--network", "village forum", "--hours", "1").ExitCode);
        Assert.Equal(0, cli.Run("report", "roi", "--network", "Village Forum").ExitCode);
        Assert.Equal(0, cli.Run("report", "sources", "--network", "Organic Search").ExitCode);
    }

    [Fact]
    public void Workspace_currency_must_be_an_iso_4217_code_in_use()
    {
        using var cli = new CliRun();
        Assert.Contains("--currency: 'XYZ' is not an ISO 4217 currency code in use", Refused(cli, "workspace", "set", "--currency", "XYZ"), StringComparison.Ordinal);
        Refused(cli, "workspace", "add", "other", "--currency", "ABC");
        Assert.Equal(0, cli.Run("workspace", "set", "--currency", "jpy").ExitCode);
    }

    [Fact]
    public void Workspace_locale_must_be_a_culture_this_machine_knows_and_is_stored_as_dotnet_spells_it()
    {
        using var cli = new CliRun();
        Assert.Contains("--locale: 'xx-Nowhere' is not a locale this machine knows", Refused(cli, "workspace", "set", "--locale", "xx-Nowhere"), StringComparison.Ordinal);
        Refused(cli, "workspace", "set", "--locale", " ");
        var set = cli.Run("workspace", "set", "--locale", "PL-pl");
        Assert.Equal(0, set.ExitCode);
        Assert.Contains("the dashboard shows numbers as pl-PL (1\u00a0234,56)", set.Out, StringComparison.Ordinal);
        Assert.Contains("\"locale\": \"pl-PL\"", cli.Run("workspace", "list", "--format", "json").Out, StringComparison.Ordinal);

        // Display only: the CLI's own reports stay invariant.
        Assert.DoesNotContain(",00", cli.Run("report", "sources", "--format", "csv").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workspace_name_with_control_characters_is_refused_and_shown_escaped()
    {
        using var cli = new CliRun();
        var error = Refused(cli, "workspace", "add", "bad\u001b[31mname");
        Assert.Contains("control characters (got 'bad\\u001B[31mname')", error, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', error);
    }

    [Fact]
    public void Classify_writes_control_characters_as_visible_escapes_never_raw()
    {
        using var cli = new CliRun();
        var run = cli.Run("classify", "--url", "https://shop.example.com/?utm_campaign=%00x%1b[31mred");
        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain(run.Out, c => c is '\0' or '\u001b');
        Assert.Contains("\\u0000x\\u001B[31mred", run.Out, StringComparison.Ordinal);
    }
}
