using Payoff.Import.Platforms;

namespace Payoff.Import.Tests;

public sealed class PlatformNumberTests
{
    [Theory]
    [InlineData("1,500", "1500")]
    [InlineData("1\u00A0234", "1234")]
    [InlineData("1.2K", "1200")]
    [InlineData("3M", "3000000")]
    [InlineData("$172.45", "172.45")]
    [InlineData("10.00%", "0.1")]
    [InlineData("66.4%", "0.664")]
    [InlineData("0.1", "0.1")]
    [InlineData("-5", "-5")]
    [InlineData("29.0", "29.0")]
    public void Platform_numbers_read_as_written(string text, string expected)
    {
        Assert.True(PlatformNumber.TryParse(text, out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("--")]
    [InlineData("-")]
    [InlineData("undefined")]
    [InlineData("N/A")]
    public void No_value_is_null_never_zero(string text)
    {
        Assert.True(PlatformNumber.TryParse(text, out var value));
        Assert.Null(value);
    }

    [Theory]
    [InlineData("twelve")]
    [InlineData("1.2.3")]
    [InlineData("%")]
    public void Text_that_is_not_a_number_is_refused(string text) => Assert.False(PlatformNumber.TryParse(text, out _));
}
