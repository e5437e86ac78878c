namespace Payoff.Import.Csv;

/// <summary>
/// Reads a column mapping (<c>payoff import --map</c>, the upload's <c>map</c> parameter): <c>payoff_column=File header</c>
/// pairs, given comma-separated and/or repeated; a header with a comma or spaces is quoted (<c>text="Body, plain"</c>).
/// Payoff's column names are lower case with underscores. Which Payoff columns exist is checked by the reader.
/// </summary>
public static class ColumnMap
{
    /// <summary>The map of <paramref name="values"/>, or null when none is given.</summary>
    /// <exception cref="FormatException">A pair without '=', an empty side, or a Payoff column given twice; the message quotes it.</exception>
    public static IReadOnlyDictionary<string, string>? Parse(IEnumerable<string> values)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in values.SelectMany(Split))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var payoff = equals > 0 ? pair[..equals].Trim().ToLowerInvariant() : string.Empty;
            var file = equals > 0 ? pair[(equals + 1)..].Trim().Trim('"').Trim() : string.Empty;
            if (payoff.Length == 0 || file.Length == 0)
            {
                throw new FormatException($"'{pair}' is not payoff_column=File header (e.g. message_id=\"Ticket ID\").");
            }

            if (!map.TryAdd(payoff, file))
            {
                throw new FormatException($"the mapping names {payoff} twice.");
            }
        }

        return map.Count == 0 ? null : map;
    }

    // Splits at commas outside double quotes.
    private static IEnumerable<string> Split(string value)
    {
        var start = 0;
        var quoted = false;
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '"')
            {
                quoted = !quoted;
            }
            else if (value[i] == ',' && !quoted)
            {
                if (i > start)
                {
                    yield return value[start..i];
                }

                start = i + 1;
            }
        }

        if (start < value.Length)
        {
            yield return value[start..];
        }
    }
}
