using System.CommandLine;
using System.CommandLine.Parsing;
using System.Net.Sockets;

namespace Payoff.Cli.Remote;

/// <summary>
/// The CLI's side of the local socket: when <c>payoff serve</c> holds the database, the whole invocation is
/// sent to it and what the server printed is printed here, with its exit code.
/// </summary>
public static class RemoteClient
{
    /// <summary>The name of the arguments that are files the command reads (imports): their content is sent.</summary>
    public const string FileArgument = "FILE";

    /// <summary>The name of the arguments that are files the command writes (backup): sent as absolute paths.</summary>
    public const string TargetArgument = "TARGET";

    /// <summary>The option that names a file the command writes (<c>link qr --output</c>): sent as an absolute path.</summary>
    public const string OutputOption = "--output";

    private static readonly string[] ForwardedVariables = ["NO_COLOR", "COLUMNS", "LINES", "TERM"];

    /// <summary>Sends <paramref name="args"/> to the server at <paramref name="socketPath"/> and prints its answer.</summary>
    /// <returns>The forwarded command's exit code.</returns>
    /// <exception cref="CliException">The server stopped answering, or a file to send cannot be read.</exception>
    public static async Task<int> ForwardAsync(string[] args, CliContext context, string socketPath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        var (sent, files) = Prepare(args, context);
        var contents = new List<FileStream>();
        try
        {
            contents.AddRange(files.Select(f => File.OpenRead(f.Path)));
            return await SendAsync(context, socketPath, sent, files, contents, cancellationToken);
        }
        finally
        {
            foreach (var content in contents)
            {
                await content.DisposeAsync();
            }
        }
    }

    private static async Task<int> SendAsync(CliContext context, string socketPath, string[] sent, List<(int Index, string Path)> files, List<FileStream> contents, CancellationToken cancellationToken)
    {
        var profile = context.Console.Profile;
        var request = new RemoteRequest(
            sent,
            context.Environment.Where(e => e.Key.StartsWith("PAYOFF_", StringComparison.Ordinal) || ForwardedVariables.Contains(e.Key))
                .ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal),
            new RemoteTerminal(profile.Width, profile.Height, profile.Capabilities.Ansi, profile.Capabilities.ColorSystem.ToString(), profile.Capabilities.Unicode, profile.Capabilities.Links),
            [.. files.Select((f, i) => new RemoteFile(f.Index, Path.GetFileName(f.Path), contents[i].Length))]);
        using var socket = ServerSocket.TryConnect(socketPath)
            ?? throw new CliException($"The server of this database stopped answering on {socketPath}; run the command again.");
        await using var stream = new NetworkStream(socket, ownsSocket: false);
        RemoteResponse? response;
        try
        {
            await RemoteProtocol.WriteAsync(stream, request, cancellationToken);
            foreach (var content in contents)
            {
                await content.CopyToAsync(stream, cancellationToken);
            }

            response = await RemoteProtocol.ReadAsync<RemoteResponse>(stream, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or SocketException or InvalidDataException)
        {
            throw new CliException($"The connection to the server of this database ({socketPath}) broke: {ex.Message}");
        }

        if (response is null)
        {
            throw new CliException($"The server of this database ({socketPath}) closed the connection without an answer; see its log.");
        }

        await context.Out.WriteAsync(response.Out);
        await context.Out.FlushAsync(cancellationToken);
        await context.Error.WriteAsync(response.Error);
        return response.ExitCode;
    }

    /// <summary>The arguments to send (written paths absolute) and the files whose content goes with them.</summary>
    private static (string[] Args, List<(int Index, string Path)> Files) Prepare(string[] args, CliContext context)
    {
        var parse = PayoffCli.Build(context).Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        var read = new HashSet<string>(StringComparer.Ordinal);
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var result in parse.CommandResult.Children)
        {
            switch (result)
            {
                case ArgumentResult a when a.Argument.Name == FileArgument:
                    read.UnionWith(a.Tokens.Select(t => t.Value));
                    break;
                case ArgumentResult a when a.Argument.Name == TargetArgument:
                    written.UnionWith(a.Tokens.Select(t => t.Value));
                    break;
                case OptionResult o when o.Option.Name == OutputOption:
                    written.UnionWith(o.Tokens.Select(t => t.Value));
                    break;
            }
        }

        var sent = (string[])args.Clone();
        var files = new List<(int, string)>();
        for (var i = 0; i < args.Length; i++)
        {
            if (read.Contains(args[i]) && File.Exists(args[i]))
            {
                files.Add((i, Path.GetFullPath(args[i])));
            }
            else if (written.Contains(args[i]))
            {
                sent[i] = Path.GetFullPath(args[i]);
            }
        }

        return (sent, files);
    }
}
