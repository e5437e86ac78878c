using System.Text.Json;
using System.Text.RegularExpressions;

namespace Payoff.Web.Uploading;

/// <summary>
/// The dashboard's two-step import: files are uploaded and checked (detection and a dry run, shown
/// to the user), kept in <c>&lt;uploads&gt;/pending/TOKEN/</c>, and imported when the user confirms.
/// A check belongs to one user and workspace, and expires after an hour.
/// </summary>
internal static partial class PendingImports
{
    /// <summary>How long checked files wait.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private const string CheckFile = "check.json";

    /// <summary>A new token and its folder (created).</summary>
    public static (string Token, string Folder) Create(WebOptions options)
    {
        var token = Guid.NewGuid().ToString("N");
        var folder = Path.Combine(Root(options), token);
        Directory.CreateDirectory(folder);
        return (token, folder);
    }

    /// <summary>Records what the check found, beside the files.</summary>
    public static void Save(string folder, PendingCheck check) =>
        File.WriteAllText(Path.Combine(folder, CheckFile), JsonSerializer.Serialize(check with { Results = [.. check.Results.Select(r => r with { Sample = [] })] }));

    /// <summary>The check and its files, or null when the token is unknown, expired, or another user's or workspace's.</summary>
    public static (PendingCheck Check, IReadOnlyList<string> Files)? Open(WebOptions options, string? token, long workspaceId, long userId)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (token is null || !TokenPattern().IsMatch(token))
        {
            return null;
        }

        var folder = Path.Combine(Root(options), token);
        var path = Path.Combine(folder, CheckFile);
        if (!File.Exists(path) || JsonSerializer.Deserialize<PendingCheck>(File.ReadAllText(path)) is not { } check
            || check.WorkspaceId != workspaceId || check.UserId != userId || options.Time.GetUtcNow() - check.CheckedAt > Lifetime)
        {
            return null;
        }

        var files = Directory.GetDirectories(folder).Order(StringComparer.Ordinal).SelectMany(d => Directory.GetFiles(d)).ToList();
        return (check, files);
    }

    /// <summary>Deletes a check's files (after the import, or when it is abandoned).</summary>
    public static void Remove(WebOptions options, string token)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (TokenPattern().IsMatch(token))
        {
            Delete(Path.Combine(Root(options), token));
        }
    }

    /// <summary>Deletes checks older than <see cref="Lifetime"/>.</summary>
    public static void Sweep(WebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var root = Root(options);
        if (!Directory.Exists(root))
        {
            return;
        }

        foreach (var folder in Directory.GetDirectories(root))
        {
            if (options.Time.GetUtcNow() - Directory.GetCreationTimeUtc(folder) > Lifetime)
            {
                Delete(folder);
            }
        }
    }

    private static string Root(WebOptions options) => Path.Combine(options.UploadPath, "pending");

    private static void Delete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the next sweep or restart removes it.
        }
    }

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex TokenPattern();
}
