using Payoff.Application.Requests;
using Payoff.Core.Money;
using Payoff.Core.Workspaces;
using Payoff.Import.Native;

namespace Payoff.Application.Workspaces;

/// <summary>The rules of a workspace's name, time zone, currency, session timeout and locale, for every host.</summary>
public static class WorkspaceRules
{
    /// <summary>The shortest and longest session timeout, in minutes.</summary>
    public const int MinTimeoutMinutes = 1, MaxTimeoutMinutes = 240;

    /// <summary>A workspace name: 1 to 100 characters, no control characters (a name is printed in every report's heading; issue 13, §3.7).</summary>
    /// <exception cref="RequestException">The name is empty, too long or holds a control character.</exception>
    public static string Name(string? name)
    {
        var trimmed = (name ?? string.Empty).Trim();
        if (trimmed.Length is 0 or > 100)
        {
            throw new RequestException("name", "A workspace name must have 1 to 100 characters.");
        }

        return trimmed.Any(char.IsControl)
            ? throw new RequestException("name", $"A workspace name may not hold control characters (got '{Text.Visible(trimmed)}').")
            : trimmed;
    }

    /// <summary>An IANA time zone id that this machine knows.</summary>
    /// <exception cref="RequestException">Not a known zone.</exception>
    public static string Zone(string id) =>
        WorkspaceCalendar.IsKnownZone(id.Trim()) ? id.Trim()
        : throw new RequestException("time-zone", $"'{id}' is not a known IANA time zone (e.g. Europe/Warsaw, Asia/Jakarta, America/New_York).");

    /// <summary>A reporting currency: an ISO 4217 code in use (<see cref="CurrencyCodes"/>), never any three letters (issue 13, §3.7).</summary>
    /// <param name="code">The code as given.</param>
    /// <param name="field">The field's name as the caller knows it (<c>--currency</c> on the command line), for the message.</param>
    /// <exception cref="RequestException">Not a currency code in use.</exception>
    public static string Currency(string code, string field) =>
        !FieldParser.TryParseCurrency(code, out var currency, out var error) ? throw new RequestException(field, $"{field}: {error}")
        : CurrencyCodes.IsKnown(currency) ? currency
        : throw new RequestException(field, $"{field}: '{currency}' is not an ISO 4217 currency code in use (e.g. USD, EUR, GBP, JPY).");

    /// <summary>
    /// A display locale: a culture name this machine's ICU knows (BCP 47 as .NET spells it: <c>pl-PL</c>, <c>en-GB</c>,
    /// <c>id-ID</c>, <c>ms-MY</c>), returned as .NET names it (<c>PL-pl</c> → <c>pl-PL</c>). The invariant culture and
    /// names ICU does not define are refused: they would silently format as <c>en</c>.
    /// </summary>
    /// <param name="name">The name as given.</param>
    /// <param name="field">The field's name as the caller knows it (<c>--locale</c>), for the message.</param>
    /// <exception cref="RequestException">Not a culture name this machine knows.</exception>
    public static string Locale(string name, string field)
    {
        var trimmed = (name ?? string.Empty).Trim();
        try
        {
            var culture = trimmed.Length == 0 ? null : System.Globalization.CultureInfo.GetCultureInfo(trimmed, predefinedOnly: true);
            if (culture is { Name.Length: > 0 })
            {
                return culture.Name;
            }
        }
        catch (System.Globalization.CultureNotFoundException)
        {
        }

        throw new RequestException(field, $"{field}: '{Text.Visible(trimmed)}' is not a locale this machine knows (a culture name such as en-US, en-GB, pl-PL, id-ID, ms-MY, de-DE).");
    }

    /// <summary>A session timeout of 1 to 240 minutes.</summary>
    /// <exception cref="RequestException">Outside 1 to 240.</exception>
    public static TimeSpan Timeout(int minutes, string field) =>
        minutes is < MinTimeoutMinutes or > MaxTimeoutMinutes
            ? throw new RequestException(field, $"{field} must be between {MinTimeoutMinutes} and {MaxTimeoutMinutes} minutes (got {minutes}).")
            : TimeSpan.FromMinutes(minutes);
}
