using Payoff.Core.Ledger;
using Payoff.Core.Links;
using Payoff.Import.Csv;
using Payoff.Import.Detection;
using Payoff.Web.Components;

namespace Payoff.Web.Tests;

/// <summary>QA 15: pages said "payoff currency rate add EUR RATE" above their own currency rate form.</summary>
public sealed class PageWordsTests
{
    [Fact]
    public void The_roi_page_asks_for_a_rate_in_its_form_below_instead_of_a_command()
    {
        var warning = $"Ad spend in EUR is left out: no rate to PLN ({Ledger.RateHint("EUR")}).";

        Assert.Equal("Ad spend in EUR is left out: no rate to PLN (add a rate for EUR below).", PageWords.Say(warning, "roi"));
        Assert.Equal("Ad spend in EUR is left out: no rate to PLN (add a rate for EUR on the ROI page).", PageWords.Say(warning));
    }

    [Fact]
    public void Site_encoding_and_kind_hints_name_the_pages_own_controls()
    {
        Assert.Equal("The host a.com is not one of this workspace's sites (b.com); register it on the Settings page (Sites), or allow any domain.",
            PageWords.Say($"The host a.com is not one of this workspace's sites (b.com); register it {LinkDestination.AddSiteHint}, or allow any domain."));
        var encoding = PageWords.Say($"Line 3 is not valid UTF-8 text. Save it as UTF-8 CSV{TextEncodings.Hint}.");
        Assert.Equal("Line 3 is not valid UTF-8 text. Save it as UTF-8 CSV and upload it again.", encoding);
        var kind = PageWords.Say($"not a format Payoff recognises (its columns: a, b). {FileKindDetector.ForceKindHint}");
        Assert.DoesNotContain("payoff", kind, StringComparison.Ordinal);
        Assert.DoesNotContain("--", encoding, StringComparison.Ordinal);
    }
}
