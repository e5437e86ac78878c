using System.CommandLine;
using System.Text.RegularExpressions;

namespace Payoff.Cli.Tests;

/// <summary>Every <c>payoff …</c> command that Payoff's own messages, pages and reports suggest exists.</summary>
public sealed partial class SuggestedCommandsTests
{
    [Fact]
    public void Regression_every_command_payoff_suggests_exists_and_answers_help()
    {
        // The bug: the verdict told users to run 'payoff link add', which does not exist ('link create' does).
        using var cli = new CliRun();
        var root = PayoffCli.Build(new CliContext(Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings()), TextWriter.Null, TextWriter.Null, cli.Time, new Dictionary<string, string?>()));
        var suggestions = Suggestions().ToList();
        Assert.True(suggestions.Count > 40, $"only {suggestions.Count} suggestions found");
        var wrong = new List<string>();
        foreach (var (text, where) in suggestions)
        {
            if (Resolve(root, text) is not { } path)
            {
                wrong.Add($"'{text}' in {where}");
                continue;
            }

            var help = cli.Run([.. path, "--help"]);
            if (help.ExitCode != 0 || !help.Out.Contains("Usage", StringComparison.Ordinal))
            {
                wrong.Add($"'{text}' in {where}: --help exited {help.ExitCode}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    [Fact]
    public void A_suggestion_of_a_missing_subcommand_is_caught()
    {
        using var cli = new CliRun();
        var root = PayoffCli.Build(new CliContext(Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings()), TextWriter.Null, TextWriter.Null, cli.Time, new Dictionary<string, string?>()));
        Assert.Null(Resolve(root, "payoff link add"));
        Assert.Null(Resolve(root, "payoff import FILE"));
        Assert.Equal(["link", "create"], Resolve(root, "payoff link create")!);
        Assert.Equal(["import"], Resolve(root, "payoff import <kind> FILE")!);
        Assert.Equal(["site", "add"], Resolve(root, "payoff site add example.com")!);
    }

    /// <summary>
    /// The command path a suggestion names, or null when it names none: each word must be a subcommand
    /// while the command has subcommands, and a command that only groups others must be followed by one
    /// (or a <c>&lt;kind&gt;</c> placeholder).
    /// </summary>
    private static string[]? Resolve(Command root, string suggestion)
    {
        var command = (Command)root;
        var path = new List<string>();
        foreach (var word in suggestion.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1))
        {
            if (command.Subcommands.FirstOrDefault(c => c.Name == word) is { } sub)
            {
                command = sub;
                path.Add(word);
                continue;
            }

            if (command.Subcommands.Count > 0 && !word.StartsWith('<') && (command.Action is null || !Placeholder().IsMatch(word)))
            {
                return null;
            }

            break;
        }

        return path.Count == 0 ? null : [.. path];
    }

    private static IEnumerable<(string Text, string Where)> Suggestions()
    {
        var src = Path.Combine(Repository.Root(), "src");
        foreach (var file in Directory.EnumerateFiles(src, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal)) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].TrimStart();
                if (line.StartsWith("//", StringComparison.Ordinal) || line.StartsWith('*'))
                {
                    continue;
                }

                foreach (Match m in Suggestion().Matches(lines[i]))
                {
                    yield return (m.Value, $"{Path.GetRelativePath(src, file)}:{i + 1}");
                }
            }
        }
    }

    [GeneratedRegex(@"(?<![\w-]|\w/)payoff (?:[a-z][a-z0-9-]*|<[a-z-]+>)(?: (?:[a-z][a-z0-9-]*|<[a-z-]+>|[A-Z]+\b))*")]
    private static partial Regex Suggestion();

    [GeneratedRegex(@"^[A-Z]+$")]
    private static partial Regex Placeholder();
}
