using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Net.Sockets;
using Payoff.Core.Stores;
using Spectre.Console;

namespace Payoff.Cli.Remote;

/// <summary>
/// <c>payoff serve</c>'s side of the local socket: runs each forwarded CLI invocation with the same command
/// tree, in this process, against the server's store, and sends back what it printed (issue 14 §4).
/// </summary>
/// <remarks>
/// Forwarded commands run one at a time; each opens store sessions like any web request, so they queue with
/// the dashboard and the ingest writer instead of deadlocking. Files the command reads arrive as content and
/// are staged in a private folder beside the database (<c>DATABASE.incoming/</c>, mode 0700) under their own
/// file names; their staged paths are replaced by the paths as typed in what the command printed.
/// </remarks>
public sealed class RemoteServer : IAsyncDisposable
{
    private const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private static readonly string[] ReadOnlyCommands = ["report", "status", "imports"];

    private readonly IStore store;
    private readonly string publicUrl;
    private readonly CliContext context;
    private readonly Socket listener;
    private readonly string incoming;
    private readonly SemaphoreSlim turn = new(1, 1);
    private readonly CancellationTokenSource stopping = new();
    private readonly Task accepting;

    private RemoteServer(IStore store, CliContext context, string databasePath, string publicUrl)
    {
        this.store = store;
        this.context = context;
        this.publicUrl = publicUrl;
        incoming = Path.GetFullPath(databasePath) + ".incoming";
        SocketPath = ServerSocket.PathFor(databasePath, context.Environment);

        // This process holds the database's lock, so a socket file left here is a killed server's: replace it.
        File.Delete(SocketPath);
        listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        listener.Bind(new UnixDomainSocketEndPoint(SocketPath));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(SocketPath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        listener.Listen(16);
        accepting = AcceptAsync(stopping.Token);
    }

    /// <summary>The socket this server listens on.</summary>
    public string SocketPath { get; }

    /// <summary>Starts listening for CLI commands on the socket of <paramref name="databasePath"/>.</summary>
    /// <param name="store">The server's store (the web app's <see cref="IStore"/>).</param>
    /// <param name="databasePath">The served database, as the server was given it.</param>
    /// <param name="context">The server's CLI context: its clock, environment and error output for faults.</param>
    /// <param name="publicUrl">The server's public base URL (its <c>--public-url</c> or first <c>--urls</c>): what a forwarded command prints in short links and invitations unless the client's own <c>PAYOFF_PUBLIC_URL</c> says otherwise.</param>
    /// <exception cref="CliException">The socket folder is not this user's own.</exception>
    public static RemoteServer Start(IStore store, string databasePath, CliContext context, string publicUrl)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrWhiteSpace(publicUrl);
        return new RemoteServer(store, context, databasePath, publicUrl);
    }

    /// <summary>Stops listening and removes the socket file; a command still running is cancelled.</summary>
    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Dispose();
        try
        {
            await accepting;
        }
        catch (OperationCanceledException)
        {
        }

        File.Delete(SocketPath);
        stopping.Dispose();
    }

    private async Task AcceptAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await listener.AcceptAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client, cancellationToken), CancellationToken.None);
        }
    }

    private async Task ServeAsync(Socket client, CancellationToken cancellationToken)
    {
        using var owned = client;
        await using var stream = new NetworkStream(client, ownsSocket: false);
        var staging = Path.Combine(incoming, Guid.NewGuid().ToString("N"));
        try
        {
            var request = await RemoteProtocol.ReadAsync<RemoteRequest>(stream, cancellationToken);
            if (request is null)
            {
                return;
            }

            var args = (string[])request.Args.Clone();
            var staged = new List<(string Staged, string Typed)>();
            for (var i = 0; i < request.Files.Count; i++)
            {
                var file = request.Files[i];
                if (file.Argument < 0 || file.Argument >= args.Length || file.Length < 0 || file.Name != Path.GetFileName(file.Name) || file.Name is "" or "." or "..")
                {
                    throw new InvalidDataException($"A sent file ({file.Name}, argument {file.Argument}) does not match the command line.");
                }

                var folder = Path.Combine(staging, i.ToString(CultureInfo.InvariantCulture));
                if (OperatingSystem.IsWindows())
                {
                    Directory.CreateDirectory(folder);
                }
                else
                {
                    Directory.CreateDirectory(folder, Private);
                }

                var path = Path.Combine(folder, file.Name);
                await using (var output = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
                {
                    await CopyAsync(stream, output, file.Length, cancellationToken);
                }

                staged.Add((path, args[file.Argument]));
                args[file.Argument] = path;
            }

            var response = await RunAsync(request, args, staged, cancellationToken);
            await RemoteProtocol.WriteAsync(stream, response, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or SocketException or InvalidDataException or System.Text.Json.JsonException or UnauthorizedAccessException)
        {
            await context.Error.WriteLineAsync($"payoff serve: a CLI command on {SocketPath} failed: {ex.Message}");
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    private async Task<RemoteResponse> RunAsync(RemoteRequest request, string[] args, List<(string Staged, string Typed)> staged, CancellationToken cancellationToken)
    {
        await turn.WaitAsync(cancellationToken);
        try
        {
            using var output = new StringWriter(CultureInfo.InvariantCulture);
            using var error = new StringWriter(CultureInfo.InvariantCulture);
            var forwarded = context with
            {
                Console = ClientConsole(request.Terminal, output),
                Out = output,
                Error = error,
                Environment = WithPublicUrl(request.Environment),
                StoreFactory = (path, _) => new ServedStore(store, path),
                Served = true,
            };
            var top = TopCommand(request.Args, forwarded);
            int code;
            if (top is "serve" or "restore")
            {
                await error.WriteLineAsync($"payoff: {forwarded.DatabasePath(null)} is served by 'payoff serve' (process {Environment.ProcessId}); stop it before running 'payoff {top}'.");
                code = PayoffCli.Failure;
            }
            else
            {
                code = await PayoffCli.RunAsync(args, forwarded, cancellationToken);
            }

            if (!ReadOnlyCommands.Contains(top))
            {
                store.Changed();
            }

            return new RemoteResponse(code, Typed(output.ToString(), staged), Typed(error.ToString(), staged));
        }
        finally
        {
            turn.Release();
        }
    }

    /// <summary>The client's variables, with this server's public URL where the client set none (a short link printed by a forwarded command points at the server that answers it).</summary>
    private Dictionary<string, string?> WithPublicUrl(Dictionary<string, string?> environment) =>
        environment.GetValueOrDefault("PAYOFF_PUBLIC_URL") is { Length: > 0 }
            ? environment
            : new Dictionary<string, string?>(environment, StringComparer.Ordinal) { ["PAYOFF_PUBLIC_URL"] = publicUrl };

    /// <summary>The console the client would have printed to: its width, colours and capabilities, into <paramref name="output"/>.</summary>
    private static IAnsiConsole ClientConsole(RemoteTerminal terminal, TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = terminal.Ansi ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = Enum.TryParse<ColorSystemSupport>(terminal.ColorSystem, out var colors) ? colors : ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(output),
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = terminal.Width;
        console.Profile.Height = terminal.Height;
        console.Profile.Capabilities.Unicode = terminal.Unicode;
        console.Profile.Capabilities.Links = terminal.Links;
        return console;
    }

    /// <summary>The first command below the root (<c>report</c>, <c>import</c>, <c>serve</c>…), or an empty string.</summary>
    private static string TopCommand(string[] args, CliContext context)
    {
        CommandResult? command = PayoffCli.Build(context).Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null }).CommandResult;
        while (command?.Parent is CommandResult { Parent: not null } parent)
        {
            command = parent;
        }

        return command?.Parent is null ? string.Empty : command.Command.Name;
    }

    private static string Typed(string text, List<(string Staged, string Typed)> staged) =>
        staged.Aggregate(text, (current, file) => current.Replace(file.Staged, file.Typed, StringComparison.Ordinal));

    private static async Task CopyAsync(Stream from, Stream to, long length, CancellationToken cancellationToken)
    {
        var buffer = new byte[1 << 16];
        var left = length;
        while (left > 0)
        {
            var read = await from.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, left)), cancellationToken);
            if (read == 0)
            {
                throw new InvalidDataException($"The connection ended {left} bytes before the end of a sent file.");
            }

            await to.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            left -= read;
        }
    }
}
