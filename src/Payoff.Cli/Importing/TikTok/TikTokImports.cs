using System.CommandLine;
using Payoff.Core.Importing;

namespace Payoff.Cli.Importing.TikTok;

/// <summary><c>payoff import tiktok</c>: TikTok Studio exports (their dates have no year: <c>--period</c> or the file name gives it).</summary>
internal static class TikTokImports
{
    /// <summary><c>payoff import tiktok</c>.</summary>
    public static Command Studio(CliContext context) => ImportFilesCommand.ForKind(context, ImportKind.TikTok, "tiktok", "TikTok Studio export (Overview, FollowerHistory, Viewers or content CSV); dates have no year: give --period or keep the dates in the file name.");
}
