namespace Payoff.Application.Requests;

/// <summary>A field that takes one of a few words (<c>by</c>, <c>compare</c>): the one parser of such fields.</summary>
public static class FieldChoice
{
    /// <summary>
    /// The value of <paramref name="field"/> mapped by <paramref name="choices"/> (case-insensitive), or
    /// <paramref name="fallback"/> when the field is absent or blank.
    /// </summary>
    /// <exception cref="RequestException">The value is none of the choices: "by must be channel, network, campaign or content, not 'x'."</exception>
    public static T Parse<T>(RequestValues values, string field, T fallback, params (string Word, T Value)[] choices)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(choices);
        if (values.Get(field) is not { } text)
        {
            return fallback;
        }

        foreach (var (word, value) in choices)
        {
            if (string.Equals(word, text, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        var words = choices.Select(c => c.Word).ToList();
        var list = words.Count == 1 ? words[0] : $"{string.Join(", ", words.Take(words.Count - 1))} or {words[^1]}";
        throw new RequestException(field, $"{values.Name(field)} must be {list}, not '{Text.Visible(text)}'.");
    }
}
