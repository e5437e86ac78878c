using System.Text.RegularExpressions;
using Payoff.Core.Ledger;
using Payoff.Core.Links;
using Payoff.Import.Csv;
using Payoff.Import.Detection;

namespace Payoff.Web.Components;

/// <summary>
/// A message of Core, the importers or the handlers as a page says it: the hints they write for the CLI
/// ("payoff currency rate add EUR RATE", "--encoding …", "'payoff site add'") become the page's own control.
/// </summary>
/// <remarks>
/// The rules that give a hint stay where they are and write it by the one spelling each defines
/// (<see cref="Ledger.RateHint"/>, <see cref="LinkDestination.AddSiteHint"/>, <see cref="TextEncodings.Hint"/>,
/// <see cref="FileKindDetector.ForceKindHint"/>); only the words change here. Skipping invalid rows has its
/// per-host advice already (<c>ImportOptions.SkipInvalidAdvice</c>, <see cref="SkipInvalidAdvice"/>).
/// </remarks>
public static class PageWords
{
    /// <summary>The imports page's advice for a file with rejected rows: the box beside its Import button.</summary>
    public const string SkipInvalidAdvice = "tick the box below to import the good rows, and press Import again";

    // Ledger.RateHint with any currency code in place of the code.
    private static readonly Regex RateHint = new(Regex.Escape(Ledger.RateHint("\u0001")).Replace("\u0001", "(?<currency>[A-Za-z]{3})", StringComparison.Ordinal), RegexOptions.CultureInvariant);

    /// <summary>
    /// <paramref name="message"/> with every CLI hint in it said in the pages' words; <paramref name="page"/> is the
    /// page that shows it (<c>roi</c>: its currency rate form is below the message).
    /// </summary>
    public static string Say(string message, string? page = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        var rates = page == "roi" ? "below" : "on the ROI page";
        return RateHint.Replace(message, m => $"add a rate for {m.Groups["currency"].Value} {rates}")
            .Replace(LinkDestination.AddSiteHint, "on the Settings page (Sites)", StringComparison.Ordinal)
            .Replace(TextEncodings.Hint, " and upload it again", StringComparison.Ordinal)
            .Replace(FileKindDetector.ForceKindHint, "Check that it is one of the exports named above, as the platform saved it.", StringComparison.Ordinal);
    }
}
