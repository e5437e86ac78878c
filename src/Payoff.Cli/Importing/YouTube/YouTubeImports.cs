using System.CommandLine;
using Payoff.Core.Importing;

namespace Payoff.Cli.Importing.YouTube;

/// <summary><c>payoff import youtube</c>: YouTube Studio's content export.</summary>
internal static class YouTubeImports
{
    /// <summary><c>payoff import youtube</c>.</summary>
    public static Command Studio(CliContext context) => ImportFilesCommand.ForKind(context, ImportKind.YouTube, "youtube", "YouTube Studio content export: the ZIP with Table data.csv (or that CSV); the Total row is skipped.");
}
