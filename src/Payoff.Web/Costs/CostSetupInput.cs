using Payoff.Core.Costs;
using Payoff.Core.Money;
using Payoff.Core.Networks;
using Payoff.Import.Native;

namespace Payoff.Web.Costs;

/// <summary>
/// Checks what a person or an API client gives for the cost setup — logged time, hourly rates, fixed
/// fees, currency rates — the same way for the ROI &amp; costs page and the API: the record to store,
/// or one sentence saying which field is wrong.
/// </summary>
public static class CostSetupInput
{
    /// <summary>Logged time: a network, 1–1,440 minutes, a day (default today).</summary>
    public static (TimeEntry? Entry, string? Error) Time(string? network, string? person, DateOnly? day, int? minutes, string? note, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(network))
        {
            return (null, "network is required.");
        }

        if (minutes is not (> 0 and <= 1440))
        {
            return (null, "minutes must be a whole number from 1 to 1440.");
        }

        var name = network.Trim();
        return (new TimeEntry(0, NetworkCatalog.Default.Canonical(name) ?? name, person?.Trim() ?? string.Empty, day ?? today, minutes.Value, string.IsNullOrWhiteSpace(note) ? null : note.Trim()), null);
    }

    /// <summary>An hourly rate of zero or more (an empty person is everyone without their own rate).</summary>
    public static (HourlyRate? Rate, string? Error) Rate(string? person, decimal? rate, string? currency, string workspaceCurrency)
    {
        if (rate is not >= 0)
        {
            return (null, "rate must be a number of zero or more, like 45 or 45.50.");
        }

        var (code, error) = Currency(currency, workspaceCurrency);
        return code is null ? (null, error) : (new HourlyRate(person?.Trim() ?? string.Empty, rate.Value, code), null);
    }

    /// <summary>A fixed monthly cost split between networks by weights (<c>Facebook=2,LinkedIn=1</c>, or equal: <c>Facebook,LinkedIn</c>), from a month to a month.</summary>
    public static (Fee? Fee, string? Error) Fee(string? name, decimal? monthly, string? currency, string? shares, DateOnly? from, DateOnly? to, string workspaceCurrency, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(name) || monthly is not >= 0)
        {
            return (null, "name and a monthly amount of zero or more are required.");
        }

        if (Core.Costs.Fee.ParseShares(shares) is not { } parsed)
        {
            return (null, $"shares '{shares}' is not a list like Facebook,LinkedIn or Facebook=2,LinkedIn=1.");
        }

        var (code, error) = Currency(currency, workspaceCurrency);
        if (code is null)
        {
            return (null, error);
        }

        // Fees run by whole months: the first and the last month are kept as their first day.
        var first = Month(from ?? today);
        DateOnly? last = to is { } t ? Month(t) : null;
        if (last < first)
        {
            return (null, "the last month is before the first.");
        }

        var canonical = parsed.ToDictionary(s => NetworkCatalog.Default.Canonical(s.Key) ?? s.Key, s => s.Value, StringComparer.OrdinalIgnoreCase);
        return (new Fee(0, name.Trim(), monthly.Value, code, canonical, first, last), null);
    }

    /// <summary>How many units of the workspace currency one unit of another currency is worth, from a day on.</summary>
    public static (CurrencyRate? Rate, string? Error) CurrencyRate(string? currency, DateOnly? from, decimal? rate, string workspaceCurrency)
    {
        var (code, error) = Currency(currency, null);
        if (code is null)
        {
            return (null, error);
        }

        if (code == workspaceCurrency)
        {
            return (null, $"currency must be another than the workspace's own ({workspaceCurrency}).");
        }

        return rate is not > 0
            ? (null, "rate must be a number above zero.")
            : (new Core.Money.CurrencyRate(code, from ?? new DateOnly(2000, 1, 1), rate.Value), null);
    }

    private static (string? Code, string? Error) Currency(string? text, string? fallback)
    {
        var given = string.IsNullOrWhiteSpace(text) ? fallback : text.Trim();
        if (given is null)
        {
            return (null, "currency is required.");
        }

        return FieldParser.TryParseCurrency(given, out var code, out var error) ? (code, null) : (null, $"currency: {error}");
    }

    private static DateOnly Month(DateOnly day) => new(day.Year, day.Month, 1);
}
