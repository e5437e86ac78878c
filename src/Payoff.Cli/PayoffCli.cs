using System.CommandLine;
using Payoff.Application.Requests;
using Payoff.Cli.Classify;
#if !PAYOFF_NATIVE
using Payoff.Cli.Demo;
#endif
using Payoff.Cli.Importing;
using Payoff.Cli.Output;
using Payoff.Cli.Reports;
using Payoff.Cli.Workspaces;
using Spectre.Console;
using Payoff.Core.Stores;

namespace Payoff.Cli;

/// <summary>The <c>payoff</c> command line: builds the command tree and runs it with friendly errors.</summary>
public static class PayoffCli
{
    /// <summary>Exit code for a problem with the request or the data.</summary>
    public const int Failure = 1;

    /// <summary>Exit code for an unexpected fault.</summary>
    public const int InternalError = 70;

    /// <summary>
    /// The top-level commands in the order help lists them, each with the name it is built with (a test checks
    /// the two agree): a command line that starts with one of them builds that one alone.
    /// </summary>
    internal static readonly IReadOnlyList<(string Name, Func<CliContext, Command> Create)> Commands =
    [
#if !PAYOFF_NATIVE
        ("demo", DemoCommand.Create),
#endif
        ("classify", ClassifyCommand.Create),
        ("import", ImportCommand.Create),
        ("imports", Importing.History.ImportsCommand.Create),
        ("report", ReportCommand.Create),
        ("goal", Goals.GoalCommand.Create),
        ("metrics", Goals.GoalCommand.Metrics),
        ("experiment", Experiments.ExperimentCommand.Create),
        ("advocate", Advocacy.AdvocateCommand.Create),
        ("program", Advocacy.AdvocateCommand.Program),
        ("reward", Advocacy.AdvocatesReportCommand.Rewards),
#if !PAYOFF_NATIVE
        ("template", Publishing.TemplateCommand.Create),
        ("schedule", Publishing.ScheduleCommand.Create),
        ("share", Publishing.ShareCommand.Create),
        ("brand", Publishing.BrandCommand.Create),
        ("archive", Publishing.ArchiveCommand.Create),
        ("alert", Publishing.AlertCommand.Create),
#endif
        ("conversations", Conversations.ConversationsCommand.Create),
        ("time", Costs.TimeCommand.Create),
        ("fee", Costs.FeeCommand.Create),
        ("currency", Costs.CurrencyCommand.Create),
        ("value", Costs.ValueCommand.Create),
        ("cost", Costs.CostCommand.Create),
        ("workspace", WorkspaceCommand.Create),
#if !PAYOFF_NATIVE
        ("site", Sites.SiteCommand.Create),
        ("link", Links.LinkCommand.Create),
#endif
        ("key", Access.KeyCommand.Create),
        ("user", Users.UserCommand.Create),
#if !PAYOFF_NATIVE
        ("serve", Serve.ServeCommand.Create),
#endif
        ("status", Serve.StatusCommand.Create),
        ("backup", Serve.BackupCommand.Create),
        ("restore", Serve.RestoreCommand.Create),
        ("maintenance", Maintenance.MaintenanceCommand.Create),
#if !PAYOFF_NATIVE
        ("store", Stores.StoreCommand.Create),
#endif
    ];

    /// <summary>Builds the root command with every command.</summary>
    public static RootCommand Build(CliContext context) => Build(context, only: null, report: null);

    /// <summary>
    /// Builds the root command with every command, or only the one named <paramref name="only"/>: building all
    /// of them costs a short command a sixth of its time (issue 16 §3), and a command line that names its
    /// command parses and runs the same with the others left out. <c>report</c> likewise builds only the report
    /// named <paramref name="report"/> when not null (<see cref="ReportCommand.Create(CliContext, string?)"/>).
    /// </summary>
    private static RootCommand Build(CliContext context, string? only, string? report)
    {
        var root = new RootCommand("Payoff tells a business whether its social media pays off: visits, contacts, customers and revenue per network and campaign.")
        {
            GlobalOptions.Database,
            GlobalOptions.Store,
            GlobalOptions.Workspace,
        };
        foreach (var (name, create) in Commands)
        {
            if (only is null || only == name)
            {
                root.Add(name == "report" && report is not null ? ReportCommand.Create(context, report) : create(context));
            }
        }

        return root;
    }

    /// <summary>
    /// How long a command may take to end after Ctrl+C or SIGTERM before System.CommandLine ends the process
    /// (its default is 2 seconds): a server gets 30 seconds to drain requests, apply the spool and checkpoint,
    /// which takes longer than 2 seconds on a busy machine; a command run inside the server leaves the signals
    /// to the server (null: not handled by that invocation).
    /// </summary>
    private static TimeSpan? TerminationGrace(ParseResult parse, CliContext context) =>
        context.Served ? null
        : parse.CommandResult.Command.Name is "serve" or "demo" or "copy" ? TimeSpan.FromSeconds(30)
        : TimeSpan.FromSeconds(2);

    /// <summary>Runs the command line; errors become one line on <see cref="CliContext.Error"/> and a non-zero exit code.</summary>
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var only = args.Length > 0 && Commands.Any(c => c.Name == args[0]) ? args[0] : null;
        var report = only == "report" && args.Length > 1 && ReportCommand.Reports.Any(r => r.Name == args[1]) ? args[1] : null;
        var root = Build(context, only, report);
        // No response files: an argument such as --term '@SUM(1)' is a value, not a file to read arguments from.
        var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        Timings.Mark("parsed");
        var configuration = new InvocationConfiguration
        {
            Output = context.Out,
            Error = context.Error,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = TerminationGrace(parse, context),
        };
        if (ParseErrors.Describe(parse) is { } errors)
        {
            foreach (var error in errors)
            {
                await context.Error.WriteLineAsync($"payoff: {error}");
            }

            return Failure;
        }

        try
        {
            return await parse.InvokeAsync(configuration, cancellationToken);
        }
        catch (Remote.ServedElsewhereException served)
        {
            // 'payoff serve' holds the database: the server runs the whole command line and this process prints its answer.
            return await ForwardAsync(args, context, served.SocketPath, cancellationToken);
        }
        catch (Exception ex) when (ex is CliException or StoreException or RequestException)
        {
            await context.Error.WriteLineAsync($"payoff: {ex.Message}");
            return Failure;
        }
        catch (OperationCanceledException)
        {
            await context.Error.WriteLineAsync("payoff: cancelled.");
            return 130;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await context.Error.WriteLineAsync($"payoff: {ex.Message}");
            return Failure;
        }
        catch (Exception ex) when (!context.Environment.ContainsKey("PAYOFF_DEBUG"))
        {
            await context.Error.WriteLineAsync($"payoff: unexpected error: {ex.GetType().Name}: {ex.Message.Split('\n')[0]} (set PAYOFF_DEBUG=1 for details)");
            return InternalError;
        }
    }

    private static async Task<int> ForwardAsync(string[] args, CliContext context, string socketPath, CancellationToken cancellationToken)
    {
        try
        {
            return await Remote.RemoteClient.ForwardAsync(args, context, socketPath, cancellationToken);
        }
        catch (Exception ex) when (ex is CliException or IOException or UnauthorizedAccessException)
        {
            await context.Error.WriteLineAsync($"payoff: {ex.Message}");
            return Failure;
        }
        catch (OperationCanceledException)
        {
            await context.Error.WriteLineAsync("payoff: cancelled.");
            return 130;
        }
    }

    /// <summary>The context for a real terminal.</summary>
    public static CliContext ConsoleContext()
    {
        // The environment read once, in loops: LINQ over the DictionaryEntry value type (ours was Cast().ToDictionary(),
        // Spectre.Console's default is Cast().Aggregate()) is JIT-compiled at every start, as no ReadyToRun image holds
        // it. Spectre.Console gets its own view, built as it builds it: keys without case, the first of a name kept,
        // null values empty.
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal);
        var consoleEnvironment = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (System.Collections.DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            var name = (string)variable.Key;
            environment[name] = (string?)variable.Value;
            consoleEnvironment.TryAdd(name, variable.Value as string ?? string.Empty);
        }

        // AnsiConsole.Console's own settings, with the ANSI support decided without regular expressions (AnsiTerminal).
        var redirected = Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiTerminal.Support(Environment.GetEnvironmentVariable("TERM"), redirected),
            Out = new AnsiConsoleOutput(Console.Out),
            EnvironmentVariables = consoleEnvironment,
        });

        // Piped output (logs, CI, files) has no terminal width: do not wrap tables at 80 columns.
        if (redirected)
        {
            console.Profile.Width = 240;
        }

        return new(console, Console.Out, Console.Error, TimeProvider.System, environment);
    }
}
