namespace Payoff.Core.Money;

/// <summary>
/// The ISO 4217 codes a workspace may report in: the current codes of ISO 4217 list one (kept by SIX
/// Group as the standard's maintenance agency), without the precious metals (XAU, XAG, XPD, XPT), the
/// bond-market units (XBA–XBD), the testing code XTS and the no-currency code XXX, none of which a
/// business reports money in.
/// </summary>
/// <remarks>
/// Withdrawn codes (HRK since 2023, ANG since 2025 — replaced by XCG) are not listed: a reporting
/// currency is one money is paid in today. <see cref="Currencies"/> holds each code's minor unit.
/// Issue 13, §3.7: <c>workspace set --currency XYZ</c> was accepted.
/// </remarks>
public static class CurrencyCodes
{
    private static readonly HashSet<string> Codes = new(
        """
        AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN
        BZD CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD
        FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS
        KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK
        MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR
        SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH
        UGX USD USN UYI UYU UYW UZS VED VES VND VUV WST XAF XCD XCG XDR XOF XPF XSU XUA YER ZAR ZMW ZWG
        """.Split([' ', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="code"/> (any case, surrounding blanks ignored) is one of the codes above.</summary>
    public static bool IsKnown(string? code) => code is not null && Codes.Contains(code.Trim());
}
