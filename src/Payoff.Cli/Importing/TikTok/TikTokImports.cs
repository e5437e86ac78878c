using System.CommandLine;
using Payoff.Core.Importing;

namespace Payoff.Cli.Importing.TikTok;

/// <summary><c>payoff import tiktok|tiktok-audience</c>: TikTok Studio exports (their dates have no year: <c>--period</c> or the file name gives it).</summary>
internal static class TikTokImports
{
    /// <summary><c>payoff import tiktok</c>.</summary>
    public static Command Studio(CliContext context) => ImportFilesCommand.ForKind(context, ImportKind.TikTok, "tiktok", "TikTok Studio export (Overview, FollowerHistory, Viewers or content CSV); dates have no year: give --period or keep the dates in the file name.");

    /// <summary><c>payoff import tiktok-audience</c>.</summary>
    public static Command Audience(CliContext context) => ImportFilesCommand.ForKind(context, ImportKind.TikTokAudience, "tiktok-audience", "TikTok Studio follower demographics: FollowerGender.csv or FollowerTopTerritories.csv (Distribution as a fraction or a percentage). A newer export replaces the older.");
}
