using System.Text.Json;
using Payoff.Core.Channels;

namespace Payoff.Cli.Tests;

/// <summary><c>payoff advocate</c> and <c>payoff program</c> (issue 19): codes, programs with exact rewards, referral links that carry ref=CODE.</summary>
public sealed class AdvocateCommandTests
{
    [Fact]
    public void An_advocate_gets_a_code_and_a_referral_link_that_lands_in_the_advocates_channel()
    {
        using var cli = new CliRun();
        Assert.Equal(0, cli.Run("site", "add", "https://shop.example", "--public-url", "https://go.example").ExitCode);
        var anna = JsonDocument.Parse(cli.Run("advocate", "add", "--contact", "c-anna", "--code", "anna7", "--followers", "120", "--format", "json").Out).RootElement;
        var generated = JsonDocument.Parse(cli.Run("advocate", "add", "--contact", "c-bob", "--format", "json").Out).RootElement;
        Assert.Equal(0, cli.Run("program", "add", "--name", "Friends", "--advocate-reward", "10.00", "--friend-reward", "5", "--on", "customer", "--cap", "3").ExitCode);

        Assert.Equal("ANNA7", anna.GetProperty("code").GetString());
        Assert.Matches("^[2-9A-HJKMNP-Z]{7}$", generated.GetProperty("code").GetString());
        var link = JsonDocument.Parse(cli.Run("advocate", "link", "--code", "ANNA7", "--program", "friends", "--to", "https://shop.example/new?x=1", "--network", "insta", "--format", "json").Out).RootElement;
        var tagged = link.GetProperty("taggedUrl").GetString()!;
        Assert.Contains("x=1&ref=ANNA7", tagged, StringComparison.Ordinal);
        Assert.Contains("utm_source=referral&utm_medium=advocate&utm_campaign=Friends&utm_content=instagram", tagged, StringComparison.Ordinal);
        var source = ChannelClassifier.Default.Classify(tagged, null);
        Assert.Equal((Channel.Advocates, "Instagram"), (source.Channel, source.Network));

        var programs = JsonDocument.Parse(cli.Run("program", "list", "--format", "json").Out).RootElement.GetProperty("programs");
        var friends = Assert.Single(programs.EnumerateArray());
        Assert.Equal((10.00m, 5m, "customer", 3), (friends.GetProperty("advocate_reward").GetDecimal(), friends.GetProperty("friend_reward").GetDecimal(), friends.GetProperty("on").GetString(), friends.GetProperty("cap").GetInt32()));
        Assert.Equal("This is a referral link: when a friend who follows it becomes a customer, the friend gets 5.00 USD and the person who shared it gets 10.00 USD.", friends.GetProperty("disclosure").GetString());
        Assert.Contains("ANNA7", cli.Run("advocate", "list").Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("advocate add --contact c-anna --code A", "--code must be 3 to 32 letters")]
    [InlineData("advocate add --contact c-x --code ANNA7", "The referral code ANNA7 is taken")]
    [InlineData("advocate add --contact c-anna --code OTHER", "Contact c-anna already is an advocate")]
    [InlineData("advocate add --contact c-y --followers many", "--followers must be a whole number")]
    [InlineData("program add --name P --advocate-reward -1 --friend-reward 5 --on lead", "--advocate-reward must be an amount from 0 to")]
    [InlineData("program add --name P --advocate-reward 1.001 --friend-reward 5 --on lead", "--advocate-reward 1.001 has more decimals than USD has (2)")]
    [InlineData("program add --name P --advocate-reward 1 --friend-reward 5 --on lead --cap 0", "--cap must be at least 1")]
    [InlineData("program add --name P --advocate-reward 1 --friend-reward 5 --on lead --from 2026-05-01 --to 2026-04-01", "--to 2026-04-01 is before --from 2026-05-01")]
    [InlineData("advocate link --code NOPE --program P --to https://shop.example/", "No advocate has the code NOPE")]
    [InlineData("program add --name P --advocate-reward 100000000000000 --friend-reward 5 --on lead", "--advocate-reward must be an amount from 0 to 1,000,000,000")]
    [InlineData("program add --name P --advocate-reward 1 --friend-reward 5 --on leed", "--on 'leed': did you mean lead?")]
    public void Bad_input_is_refused_with_the_field_named(string args, string expected)
    {
        using var cli = new CliRun();
        cli.Run("site", "add", "https://shop.example");
        cli.Run("advocate", "add", "--contact", "c-anna", "--code", "ANNA7");

        var run = cli.Run(args.Split(' '));

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
    }
}
