namespace Payoff.Application.Requests;

/// <summary>
/// The raw values of a request by field name, whichever host it came from: a CLI command's options
/// (<c>--from 2026-01-01</c> is <c>from</c>), an API query string, a page's URL. Every report's request type
/// is parsed from these by one method, so the same input gets the same answer and the same error everywhere.
/// </summary>
/// <param name="Values">Field name (lower-case, words joined by <c>-</c> or <c>_</c>) → value, or null when absent.</param>
/// <param name="Prefix">How the host spells a field in messages: <c>--</c> for the CLI (<c>--from</c>), empty for the API and pages (<c>from</c>).</param>
public sealed record RequestValues(IReadOnlyDictionary<string, string?> Values, string Prefix = "")
{
    /// <summary>No values: every field takes its default.</summary>
    public static RequestValues Empty { get; } = new(new Dictionary<string, string?>());

    /// <summary>
    /// Fields this host spells otherwise than <see cref="Prefix"/> and the field: a command's positional argument
    /// (<c>rate</c> is <c>RATE</c>), an API body's key (<c>monthly</c> is <c>monthly_amount</c>). Null: none.
    /// </summary>
    public IReadOnlyDictionary<string, string>? Spellings { get; init; }

    /// <summary>The field as this host's users write it: <c>--from</c> on the command line, <c>from</c> in a URL, or its <see cref="Spellings"/> entry.</summary>
    public string Name(string field) => Spellings is not null && Spellings.TryGetValue(field, out var spelt) ? spelt : Prefix + field;

    /// <summary>The value of <paramref name="field"/>, trimmed, or null when absent or blank. <c>a-b</c> and <c>a_b</c> name the same field.</summary>
    public string? Get(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        foreach (var name in new[] { field, field.Replace('-', '_'), field.Replace('_', '-') })
        {
            if (Values.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value))
            {
                return value.Trim();
            }
        }

        return null;
    }
}
