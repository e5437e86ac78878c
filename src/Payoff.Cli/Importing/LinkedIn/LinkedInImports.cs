using System.CommandLine;
using Payoff.Core.Importing;

namespace Payoff.Cli.Importing.LinkedIn;

/// <summary><c>payoff import linkedin-page|linkedin-ads</c>: LinkedIn Page analytics and Campaign Manager.</summary>
internal static class LinkedInImports
{
    /// <summary><c>payoff import linkedin-page</c>.</summary>
    public static Command Page(CliContext context) => ImportFilesCommand.ForKind(context, ImportKind.LinkedInPage, "linkedin-page", "LinkedIn Page analytics workbook (.xls or .xlsx): content (Metrics and All posts sheets), followers or visitors.");

    /// <summary><c>payoff import linkedin-ads</c>.</summary>
    public static Command Ads(CliContext context) => ImportFilesCommand.ForKind(context, ImportKind.LinkedInAds, "linkedin-ads", "LinkedIn Campaign Manager campaign performance report (CSV below its report lines, or XLSX).");
}
