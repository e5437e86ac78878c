using Payoff.Core.Money;

namespace Payoff.Core.Tests.Money;

public class CurrencyCodesTests
{
    [Theory]
    [InlineData("USD")]
    [InlineData("eur")]
    [InlineData(" JPY ")]
    [InlineData("KWD")]
    public void Codes_in_use_are_known(string code) => Assert.True(CurrencyCodes.IsKnown(code));

    [Theory]
    [InlineData("XYZ")]
    [InlineData("ABC")]
    [InlineData("XXX")]
    [InlineData("HRK")]
    [InlineData("")]
    [InlineData(null)]
    public void Three_letters_that_are_no_currency_in_use_are_not_known(string? code) => Assert.False(CurrencyCodes.IsKnown(code));

    [Fact]
    public void Every_code_with_its_own_minor_unit_is_known() =>
        Assert.All(Currencies.MinorUnits.Keys, code => Assert.True(CurrencyCodes.IsKnown(code), code));
}
