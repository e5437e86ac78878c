using System.CommandLine;
using Payoff.Cli.Importing.Google;
using Payoff.Cli.Importing.GoogleAnalytics;
using Payoff.Cli.Importing.History;
using Payoff.Cli.Importing.HubSpot;
using Payoff.Cli.Importing.LinkedIn;
using Payoff.Cli.Importing.Meta;
using Payoff.Cli.Importing.Microsoft;
using Payoff.Cli.Importing.Native;
using Payoff.Cli.Importing.TikTok;
using Payoff.Cli.Importing.X;
using Payoff.Cli.Importing.YouTube;

namespace Payoff.Cli.Importing;

/// <summary>
/// <c>payoff import auto|KIND FILE…</c> and <c>payoff import history</c>. Each kind's subcommand lives in the folder
/// of its source (as its reader does in Payoff.Import); they all run <see cref="ImportFilesCommand"/>.
/// </summary>
public static class ImportCommand
{
    /// <summary>Builds the command; the subcommands in the order <c>payoff import --help</c> lists them.</summary>
    public static Command Create(CliContext context)
    {
        var import = new Command("import", "Import files. Each file is imported whole or not at all; the same file twice is detected.");
        import.Add(ImportFilesCommand.Build(
            context,
            "auto",
            "Detect each file's kind from its contents (columns, not the file name), say what was detected, and import it.",
            null));
        import.Add(NativeImports.Events(context));
        import.Add(NativeImports.Contacts(context));
        import.Add(NativeImports.Metrics(context));
        import.Add(NativeImports.Costs(context));
        import.Add(MetaImports.Posts(context));
        import.Add(MetaImports.Ads(context));
        import.Add(Ga4Imports.Traffic(context));
        import.Add(HubSpotImports.Contacts(context));
        import.Add(GoogleAdsImports.Ads(context));
        import.Add(MicrosoftAdsImports.Ads(context));
        import.Add(LinkedInImports.Page(context));
        import.Add(LinkedInImports.Ads(context));
        import.Add(XImports.Analytics(context));
        import.Add(XImports.Ads(context));
        import.Add(TikTokImports.Studio(context));
        import.Add(YouTubeImports.Studio(context));
        import.Add(MetaImports.Daily(context));
        import.Add(MetaImports.FacebookInsights(context));
        import.Add(MetaImports.Audience(context));
        import.Add(TikTokImports.Audience(context));
        import.Add(YouTubeImports.Geography(context));
        import.Add(NativeImports.Journeys(context));
        import.Add(NativeImports.Conversations(context));
        foreach (var tool in NativeImports.Tools(context))
        {
            import.Add(tool);
        }

        import.Add(ImportHistoryCommand.Create(context, "history"));
        return import;
    }
}
