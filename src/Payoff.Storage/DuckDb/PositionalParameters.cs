using System.Globalization;
using System.Text.RegularExpressions;

namespace Payoff.Storage.DuckDb;

/// <summary>
/// Binds positional parameters (<c>$1</c>, <c>$2</c>, …) that a statement may reference in any order,
/// repeat, or skip. DuckDB numbers a prepared statement's parameters by the ones it references, so a
/// statement that uses <c>$1</c> and <c>$3</c> but not <c>$2</c> cannot be given <c>$3</c> (it answers
/// "Values were not provided for … parameters"); readers that share one parameter list across statements
/// hit exactly that. The statement is renumbered to the parameters it references, in order, and only
/// those are bound. Text inside quoted strings and identifiers is left alone.
/// </summary>
internal static partial class PositionalParameters
{
    /// <summary>
    /// <paramref name="sql"/> with its parameters renumbered <c>$1…$n</c> and the values they refer to.
    /// </summary>
    /// <exception cref="ArgumentException">The statement references a parameter beyond <paramref name="values"/>.</exception>
    public static (string Sql, object?[] Values) Bind(string sql, object?[] values)
    {
        var used = new SortedSet<int>();
        foreach (Match match in Token().Matches(sql))
        {
            if (match.Groups[1].Success)
            {
                used.Add(int.Parse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture));
            }
        }

        if (used.Count > 0 && (used.Min < 1 || used.Max > values.Length))
        {
            throw new ArgumentException($"The statement references ${used.Max} but {values.Length} parameter(s) were given.", nameof(values));
        }

        if (used.Count == values.Length)
        {
            return (sql, values);
        }

        var number = used.Select((p, i) => (p, i + 1)).ToDictionary(x => x.p, x => x.Item2);
        var renumbered = Token().Replace(sql, m => m.Groups[1].Success
            ? "$" + number[int.Parse(m.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture)].ToString(CultureInfo.InvariantCulture)
            : m.Value);
        return (renumbered, [.. used.Select(p => values[p - 1])]);
    }

    [GeneratedRegex("""'(?:[^']|'')*'|"(?:[^"]|"")*"|\$([0-9]+)(?![0-9A-Za-z_])""", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
