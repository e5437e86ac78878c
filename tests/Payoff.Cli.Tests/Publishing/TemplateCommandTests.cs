using System.Text.Json;

namespace Payoff.Cli.Tests.Publishing;

/// <summary><c>payoff template add|list|show|edit</c>: the three built-in templates, own ones, and refusals that name the field.</summary>
public sealed class TemplateCommandTests
{
    [Fact]
    public void Templates_are_listed_added_changed_and_built_in_ones_stay_read_only()
    {
        using var cli = new CliRun();
        var list = JsonDocument.Parse(cli.Run("template", "list", "--format", "json").Out).RootElement.GetProperty("templates");
        Assert.Equal(["weekly-summary", "monthly-roi", "monthly-client"], list.EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        Assert.All(list.EnumerateArray(), t => Assert.True(t.GetProperty("built_in").GetBoolean()));

        var added = cli.Run("template", "add", "--name", "kawa", "--from-template", "monthly-client", "--title", "Monthly report for Kawa Bar");
        Assert.True(added.ExitCode == 0, added.Error);
        var shown = JsonDocument.Parse(cli.Run("template", "show", "kawa", "--format", "json").Out).RootElement;
        Assert.Equal("Monthly report for Kawa Bar", shown.GetProperty("title").GetString());
        Assert.Equal("last-month", shown.GetProperty("range").GetString());
        Assert.Equal(7, shown.GetProperty("sections").GetArrayLength());

        Assert.Equal(0, cli.Run("template", "edit", "kawa", "--sections", "headline,roi,goals", "--range", "last-quarter", "--paper", "letter").ExitCode);
        shown = JsonDocument.Parse(cli.Run("template", "show", "kawa", "--format", "json").Out).RootElement;
        Assert.Equal(["headline", "roi", "goals"], shown.GetProperty("sections").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(("last-quarter", "LETTER", "Monthly report for Kawa Bar"), (shown.GetProperty("range").GetString(), shown.GetProperty("paper").GetString(), shown.GetProperty("title").GetString()));

        var builtIn = cli.Run("template", "edit", "monthly-roi", "--title", "Mine");
        Assert.Equal(1, builtIn.ExitCode);
        Assert.Contains("built in and cannot be changed", builtIn.Error, StringComparison.Ordinal);
        var section = cli.Run("template", "add", "--name", "x", "--title", "X", "--sections", "headline,weather");
        Assert.Contains("'weather' is not a section", section.Error, StringComparison.Ordinal);
        var twice = cli.Run("template", "add", "--name", "x", "--title", "X", "--sections", "headline,headline");
        Assert.Contains("'headline' is listed twice", twice.Error, StringComparison.Ordinal);
        var name = cli.Run("template", "add", "--name", "Bad Name", "--title", "X", "--sections", "headline");
        Assert.Contains("name: 'Bad Name'", name.Error + name.Out, StringComparison.Ordinal);
        var taken = cli.Run("template", "add", "--name", "kawa", "--title", "X", "--sections", "headline");
        Assert.Contains("already has a template named 'kawa'", taken.Error, StringComparison.Ordinal);
        var reserved = cli.Run("template", "add", "--name", "weekly-summary", "--title", "X", "--sections", "headline");
        Assert.Contains("built-in template's name", reserved.Error, StringComparison.Ordinal);

        // Removing: not a built-in one, not one a schedule sends; then it is gone.
        Assert.Contains("built in and cannot be removed", cli.Run("template", "remove", "monthly-roi").Error, StringComparison.Ordinal);
        Assert.Equal(0, cli.Run("schedule", "add", "--name", "kawa-monthly", "--template", "kawa", "--every", "month", "--email", "owner@example.com").ExitCode);
        var used = cli.Run("template", "remove", "kawa");
        Assert.Equal(1, used.ExitCode);
        Assert.Contains("sent by the schedule(s) kawa-monthly", used.Error, StringComparison.Ordinal);
        Assert.Equal(0, cli.Run("schedule", "remove", "kawa-monthly").ExitCode);
        var removed = cli.Run("template", "remove", "kawa");
        Assert.True(removed.ExitCode == 0, removed.Error);
        Assert.Contains("Removed template kawa", removed.Out, StringComparison.Ordinal);
        Assert.Contains("No template is named 'kawa'", cli.Run("template", "remove", "kawa").Error, StringComparison.Ordinal);
        Assert.Equal(3, JsonDocument.Parse(cli.Run("template", "list", "--format", "json").Out).RootElement.GetProperty("templates").GetArrayLength());
    }
}
