using Payoff.Core.Content;

namespace Payoff.Core.Tests.Content;

/// <summary>Labels from caption words (<c>--label "howto=how to|tutorial"</c>): whole words, any case and script, words taken literally.</summary>
public sealed class LabelRuleTests
{
    [Fact]
    public void Rules_are_read_from_label_equals_words_separated_by_commas()
    {
        var rules = LabelRule.Parse(" howto = how to | tutorial , promo=sale", "--label");

        Assert.Equal(["howto", "promo"], rules.Select(r => r.Label));
        Assert.Equal(["how to", "tutorial"], rules[0].Words);
        Assert.Equal("howto=how to|tutorial,promo=sale", LabelRule.Text(rules));
        Assert.Empty(LabelRule.Parse(null, "--label"));
        Assert.Empty(LabelRule.Parse("  ", "--label"));
    }

    [Theory]
    [InlineData("howto", "--label takes LABEL=WORD|WORD… (for example howto=how to|tutorial), not 'howto'.")]
    [InlineData("=how to", "--label takes LABEL=WORD|WORD… (for example howto=how to|tutorial), not '=how to'.")]
    [InlineData("howto=|", "--label takes LABEL=WORD|WORD… (for example howto=how to|tutorial), not 'howto=|'.")]
    [InlineData("a=x,A=y", "--label gives the label 'A' twice: put its words in one rule (LABEL=WORD|WORD).")]
    public void A_wrong_rule_is_refused_naming_the_field_and_the_rule(string text, string message)
    {
        Assert.Equal(message, Assert.Throws<FormatException>(() => LabelRule.Parse(text, "--label")).Message);
    }

    [Fact]
    public void Too_many_rules_or_too_long_words_are_refused()
    {
        Assert.Contains("at most 20", Assert.Throws<FormatException>(() => LabelRule.Parse(string.Join(',', Enumerable.Range(0, 21).Select(i => $"l{i}=w{i}")), "label")).Message, StringComparison.Ordinal);
        Assert.Contains("longer than 100", Assert.Throws<FormatException>(() => LabelRule.Parse("a=" + new string('x', 101), "label")).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("How To brew coffee", true)]
    [InlineData("how\nto brew", true)]
    [InlineData("A new TUTORIAL!", true)]
    [InlineData("tutorials for all", false)]
    [InlineData("somehow together", false)]
    [InlineData(null, false)]
    public void Words_match_whole_in_any_case_and_a_phrase_across_any_white_space(string? caption, bool expected)
    {
        Assert.Equal(expected, LabelRule.Parse("howto=how to|tutorial", "label")[0].Matches(caption));
    }

    [Fact]
    public void Words_match_in_any_script_and_their_punctuation_is_literal()
    {
        var polish = LabelRule.Parse("żubr=żubr", "label")[0];
        Assert.True(polish.Matches("Dziś ŻUBR na stole"));
        Assert.False(polish.Matches("Żubrówka day"));

        var price = LabelRule.Parse("deal=$9.99|c++", "label")[0];
        Assert.True(price.Matches("only $9.99 today"));
        Assert.False(price.Matches("only $9x99 today"));
        Assert.True(price.Matches("learn c++ now"));
    }
}
