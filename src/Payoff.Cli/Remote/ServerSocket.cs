using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace Payoff.Cli.Remote;

/// <summary>
/// Where <c>payoff serve</c> takes CLI commands for one database: a Unix domain socket (mode 0600) in a
/// private folder (mode 0700) under <c>$XDG_RUNTIME_DIR</c>, else under the temporary folder, named by a hash
/// of the database file's real path so that every spelling of the path meets the same server and the name
/// stays short (a socket path holds at most 108 bytes). Nothing is exposed on the network.
/// </summary>
public static class ServerSocket
{
    /// <summary>The private folder of this user's Payoff sockets; created (mode 0700) when missing.</summary>
    /// <exception cref="CliException">The folder exists but belongs to someone else (its mode cannot be set).</exception>
    public static string Folder(IReadOnlyDictionary<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var runtime = environment.GetValueOrDefault("XDG_RUNTIME_DIR");
        var folder = !string.IsNullOrWhiteSpace(runtime) && Directory.Exists(runtime)
            ? Path.Combine(runtime, "payoff")
            : Path.Combine(Path.GetTempPath(), $"payoff-{System.Environment.UserName}");
        try
        {
            if (OperatingSystem.IsWindows())
            {
                // Windows: the per-user temporary folder is private already.
                return Directory.CreateDirectory(folder).FullName;
            }

            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

            // Only the owner may change a folder's mode: this both fixes a loose mode and refuses someone else's folder.
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"The folder {folder} for Payoff's local socket is not this user's own ({ex.Message}); remove it or set XDG_RUNTIME_DIR.");
        }

        return folder;
    }

    /// <summary>The socket of the server of <paramref name="database"/> (the path as typed; its real path is hashed).</summary>
    public static string PathFor(string database, IReadOnlyDictionary<string, string?> environment)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(RealPath(database)));
        return Path.Combine(Folder(environment), Convert.ToHexStringLower(hash)[..24] + ".sock");
    }

    /// <summary>The absolute path of <paramref name="path"/> with a symbolic link (of the file or its folder) followed.</summary>
    public static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        var realFolder = Directory.Exists(folder) ? new DirectoryInfo(folder).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? folder : folder;
        var file = Path.Combine(realFolder, Path.GetFileName(full));
        return File.Exists(file) ? new FileInfo(file).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? file : file;
    }

    /// <summary>Connects to the server at <paramref name="socketPath"/>; null when no server answers there (a local connect does not wait).</summary>
    public static Socket? TryConnect(string socketPath)
    {
        if (!File.Exists(socketPath))
        {
            return null;
        }

        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            socket.Connect(new UnixDomainSocketEndPoint(socketPath));
            return socket;
        }
        catch (SocketException)
        {
            socket.Dispose();
            return null;
        }
    }

    /// <summary>True when a server answers at the socket of <paramref name="database"/>.</summary>
    public static bool Answers(string database, IReadOnlyDictionary<string, string?> environment, out string socketPath)
    {
        socketPath = PathFor(database, environment);
        using var socket = TryConnect(socketPath);

        // A connection that sends no request: the server sees the end of the stream and closes it.
        return socket is not null;
    }
}
