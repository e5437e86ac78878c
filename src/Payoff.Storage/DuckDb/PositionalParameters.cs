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
        // A flag per parameter rather than a SortedSet<int> and a Dictionary<int, int>: every statement passes here,
        // and those generic instantiations over int are JIT-compiled at each process start (issue 16 §3).
        var used = new bool[values.Length + 1];
        int min = int.MaxValue, max = int.MinValue, count = 0;
        foreach (Match match in Token().Matches(sql))
        {
            if (match.Groups[1].Success)
            {
                var parameter = int.Parse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
                min = Math.Min(min, parameter);
                max = Math.Max(max, parameter);
                if (parameter >= 1 && parameter <= values.Length && !used[parameter])
                {
                    used[parameter] = true;
                    count++;
                }
            }
        }

        if (min != int.MaxValue && (min < 1 || max > values.Length))
        {
            throw new ArgumentException($"The statement references ${max} but {values.Length} parameter(s) were given.", nameof(values));
        }

        if (count == values.Length)
        {
            return (sql, values);
        }

        // Parameter p becomes $number[p], in the order of p; only the used values are bound.
        var number = new int[values.Length + 1];
        var bound = new object?[count];
        for (int p = 1, next = 0; p <= values.Length; p++)
        {
            if (used[p])
            {
                bound[next] = values[p - 1];
                number[p] = ++next;
            }
        }

        var renumbered = Token().Replace(sql, m => m.Groups[1].Success
            ? "$" + number[int.Parse(m.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture)].ToString(CultureInfo.InvariantCulture)
            : m.Value);
        return (renumbered, bound);
    }

    [GeneratedRegex("""'(?:[^']|'')*'|"(?:[^"]|"")*"|\$([0-9]+)(?![0-9A-Za-z_])""", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
