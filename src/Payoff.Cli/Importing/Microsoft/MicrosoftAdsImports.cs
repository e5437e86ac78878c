using System.CommandLine;
using Payoff.Core.Importing;

namespace Payoff.Cli.Importing.Microsoft;

/// <summary><c>payoff import microsoft-ads</c>: Microsoft Advertising campaign reports.</summary>
internal static class MicrosoftAdsImports
{
    /// <summary><c>payoff import microsoft-ads</c>.</summary>
    public static Command Ads(CliContext context) => ImportFilesCommand.ForKind(context, ImportKind.MicrosoftAds, "microsoft-ads", "Microsoft Advertising campaign report (CSV): spend, impressions, clicks and conversions per campaign and day; currency from its column, else the workspace's.");
}
