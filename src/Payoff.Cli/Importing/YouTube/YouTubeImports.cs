using System.CommandLine;
using Payoff.Core.Importing;

namespace Payoff.Cli.Importing.YouTube;

/// <summary><c>payoff import youtube|youtube-geography</c>: YouTube Studio's content and geography exports.</summary>
internal static class YouTubeImports
{
    /// <summary><c>payoff import youtube</c>.</summary>
    public static Command Studio(CliContext context) => ImportFilesCommand.ForKind(context, ImportKind.YouTube, "youtube", "YouTube Studio content export: the ZIP with Table data.csv (or that CSV); the Total row is skipped.");

    /// <summary><c>payoff import youtube-geography</c>.</summary>
    public static Command Geography(CliContext context) => ImportFilesCommand.ForKind(context, ImportKind.YouTubeGeography, "youtube-geography", "YouTube Studio geography export: the ZIP with Table data.csv (Geography, Views) or that CSV; views per country, the Total row skipped. A newer export replaces the older.");
}
