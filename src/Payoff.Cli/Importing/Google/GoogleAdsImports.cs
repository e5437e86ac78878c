using System.CommandLine;
using Payoff.Core.Importing;

namespace Payoff.Cli.Importing.Google;

/// <summary><c>payoff import google-ads</c>: Google Ads report downloads.</summary>
internal static class GoogleAdsImports
{
    /// <summary><c>payoff import google-ads</c>.</summary>
    public static Command Ads(CliContext context) => ImportFilesCommand.ForKind(context, ImportKind.GoogleAds, "google-ads", "Google Ads report download (CSV, or the UTF-16 tab-separated Excel CSV): spend, impressions, clicks and conversions per campaign and day or date range.");
}
