using Payoff.Core.Publishing;

namespace Payoff.Core.Tests.Publishing;

/// <summary>Share tokens, addresses, white-label values and templates are checked before anything is stored (issue 20).</summary>
public sealed class PublishingRulesTests
{
    [Fact]
    public void Share_tokens_carry_256_random_bits_and_are_kept_only_as_their_hash()
    {
        var tokens = Enumerable.Range(0, 50).Select(_ => ShareTokens.Create()).ToList();
        Assert.Equal(50, tokens.Distinct(StringComparer.Ordinal).Count());
        Assert.All(tokens, t => Assert.True(ShareTokens.IsWellFormed(t), t));
        Assert.All(tokens, t => Assert.Equal(43, t.Length));
        Assert.Equal(64, ShareTokens.Hash(tokens[0]).Length);
        Assert.NotEqual(ShareTokens.Hash(tokens[0]), ShareTokens.Hash(tokens[1]));
        Assert.False(ShareTokens.IsWellFormed("short"));
        Assert.False(ShareTokens.IsWellFormed(new string('/', 43)));
        Assert.False(ShareTokens.IsWellFormed(null));
    }

    [Fact]
    public void Addresses_are_plain_and_listed_once()
    {
        Assert.Null(Addresses.Problem(["owner@example.com", "b.c+tag@shop.example.co.uk"]));
        Assert.Equal("email: 'Owner <owner@example.com>' is not an e-mail address (name@example.com).", Addresses.Problem(["Owner <owner@example.com>"]));
        Assert.Equal("email: 'a@localhost' is not an e-mail address (name@example.com).", Addresses.Problem(["a@localhost"]));
        Assert.Equal("email: an address is listed twice.", Addresses.Problem(["a@example.com", "A@example.com"]));
        Assert.Equal("email: give 1–50 addresses, separated by commas.", Addresses.Problem([]));
        Assert.Equal(["a@example.com", "b@example.com"], Addresses.Split(" a@example.com, ;b@example.com ,"));
        Assert.False(Addresses.IsPlain("a@example.com\r\nBcc: x@example.com"));
    }

    [Fact]
    public void White_label_values_are_refused_with_the_field_named()
    {
        var ok = new WorkspaceBranding("Kawa Agency", "hello@kawa.test", "Kawa · Warsaw", "#AA3300", "#0055aa", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0], true);
        Assert.Null(ok.Problem());
        Assert.Equal("image/png", ok.LogoType);
        Assert.StartsWith("primary:", (ok with { PrimaryColor = "red" }).Problem(), StringComparison.Ordinal);
        Assert.StartsWith("agency:", (ok with { AgencyName = "two\nlines" }).Problem(), StringComparison.Ordinal);
        Assert.StartsWith("logo:", (ok with { Logo = "GIF89a"u8.ToArray() }).Problem(), StringComparison.Ordinal);
        Assert.StartsWith("logo:", (ok with { Logo = new byte[WorkspaceBranding.MaxLogoBytes + 1] }).Problem(), StringComparison.Ordinal);
        Assert.Equal(("#1F4E79", "#E07B39"), (WorkspaceBranding.None.Primary, WorkspaceBranding.None.Accent));
    }

    [Fact]
    public void Templates_need_a_name_a_title_and_sections_each_once()
    {
        Assert.All(BuiltInTemplates.All, t => Assert.Null(t.Problem()));
        var template = new ReportTemplate("kawa-monthly", "Monthly report for Kawa Bar", [ReportSection.Headline], ReportRange.LastMonth);
        Assert.Null(template.Problem());
        Assert.StartsWith("name:", (template with { Name = "-kawa" }).Problem(), StringComparison.Ordinal);
        Assert.StartsWith("name:", (template with { Name = "Kawa" }).Problem(), StringComparison.Ordinal);
        Assert.StartsWith("title:", (template with { Title = " " }).Problem(), StringComparison.Ordinal);
        Assert.StartsWith("sections:", (template with { Sections = [] }).Problem(), StringComparison.Ordinal);
        Assert.Equal(ReportSection.NextActions, ReportSections.Find("NEXT-ACTIONS"));
        Assert.Equal(AlertKind.CostPerLeadDoubled, AlertKinds.Find("cost-per-lead-doubled"));
    }
}
