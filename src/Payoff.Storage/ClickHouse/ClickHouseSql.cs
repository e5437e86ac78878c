using System.Collections;
using System.Globalization;
using System.Text;

namespace Payoff.Storage.ClickHouse;

/// <summary>
/// Builds ClickHouse SQL with values bound as typed, escaped literals — the one place user text meets SQL. ClickHouse 18.16
/// has no HTTP query parameters (<c>param_*</c>), so values cannot travel apart from the statement; every statement of the
/// adapter writes <c>$1</c>, <c>$2</c> … where a value goes and <see cref="Bind"/> puts the literal there. Text is never
/// concatenated into SQL anywhere else.
/// </summary>
/// <remarks>
/// Literals (accepted by 18.16 and current releases):
/// <list type="table">
/// <item><term>null</term><description><c>NULL</c></description></item>
/// <item><term>string, Guid, char</term><description><c>'…'</c> with <c>\\</c>, <c>\'</c> and every control character as <c>\xHH</c>; UTF-8 otherwise as is</description></item>
/// <item><term>bool</term><description><c>1</c> or <c>0</c> (18.16 has no Bool type)</description></item>
/// <item><term>integers</term><description>decimal digits, invariant culture</description></item>
/// <item><term>decimal</term><description><c>toDecimal128('…', S)</c> with S its own scale: exact, never through a double</description></item>
/// <item><term>double, float</term><description>round-trip digits; NaN and infinities are refused</description></item>
/// <item><term>DateTimeOffset</term><description><c>toDateTime('yyyy-MM-dd HH:mm:ss', 'UTC')</c>: the UTC second (the milliseconds go in their own column: <see cref="Milliseconds"/>)</description></item>
/// <item><term>DateOnly</term><description><c>toDate('yyyy-MM-dd')</c></description></item>
/// <item><term><see cref="In"/> of a collection</term><description><c>(a, b, …)</c>: the right side of <c>IN</c> (18.16 takes no array there)</description></item>
/// <item><term>a collection of those</term><description><c>[a, b, …]</c>; an empty one is refused (18.16 types <c>[]</c> as <c>Array(Nothing)</c>)</description></item>
/// </list>
/// Anything else (an enum, an object) throws <see cref="ArgumentException"/>: convert it first, so its text is chosen, not guessed.
/// </remarks>
public static class ClickHouseSql
{
    /// <summary>
    /// <paramref name="sql"/> with each <c>$N</c> outside quotes and comments replaced by the literal of <c>values[N - 1]</c>.
    /// </summary>
    /// <exception cref="ArgumentException">A <c>$N</c> has no value, a value is never used, or a value has no literal.</exception>
    public static string Bind(string sql, params object?[] values)
    {
        ArgumentNullException.ThrowIfNull(sql);
        ArgumentNullException.ThrowIfNull(values);
        var used = new bool[values.Length];
        var text = new StringBuilder(sql.Length + (values.Length * 16));
        var i = 0;
        while (i < sql.Length)
        {
            var c = sql[i];
            if (c is '\'' or '"' or '`')
            {
                var end = QuotedEnd(sql, i);
                text.Append(sql, i, end - i);
                i = end;
            }
            else if (c == '-' && i + 1 < sql.Length && sql[i + 1] == '-')
            {
                var end = sql.IndexOf('\n', i);
                end = end < 0 ? sql.Length : end;
                text.Append(sql, i, end - i);
                i = end;
            }
            else if (c == '$' && i + 1 < sql.Length && char.IsAsciiDigit(sql[i + 1]))
            {
                var end = i + 1;
                while (end < sql.Length && char.IsAsciiDigit(sql[end]))
                {
                    end++;
                }

                var n = int.Parse(sql.AsSpan(i + 1, end - i - 1), NumberStyles.None, CultureInfo.InvariantCulture);
                if (n < 1 || n > values.Length)
                {
                    throw new ArgumentException($"${n} has no value: {values.Length} given.", nameof(values));
                }

                used[n - 1] = true;
                text.Append(Literal(values[n - 1]));
                i = end;
            }
            else
            {
                text.Append(c);
                i++;
            }
        }

        var unused = Array.IndexOf(used, false);
        return unused < 0 ? text.ToString() : throw new ArgumentException($"Value {unused + 1} is not used by the statement (no ${unused + 1}).", nameof(values));
    }

    /// <summary>The literal of <paramref name="value"/> (see the remarks of <see cref="ClickHouseSql"/>).</summary>
    /// <exception cref="ArgumentException">The value has no literal: an enum, an object, NaN, an empty collection.</exception>
    public static string Literal(object? value) => value switch
    {
        null => "NULL",
        string s => Quote(s),
        char ch => Quote(ch.ToString()),
        Guid g => Quote(g.ToString("D")),
        bool b => b ? "1" : "0",
        sbyte or byte or short or ushort or int or uint or long or ulong => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        decimal d => string.Create(CultureInfo.InvariantCulture, $"toDecimal128('{d}', {d.Scale})"),
        double or float when double.IsFinite(Convert.ToDouble(value, CultureInfo.InvariantCulture)) => Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture),
        double or float => throw new ArgumentException($"{value} is not a finite number.", nameof(value)),
        DateTimeOffset t => string.Create(CultureInfo.InvariantCulture, $"toDateTime('{t.UtcDateTime:yyyy-MM-dd HH:mm:ss}', 'UTC')"),
        DateOnly day => string.Create(CultureInfo.InvariantCulture, $"toDate('{day:yyyy-MM-dd}')"),
        InSet set => ArrayLiteral(set.Items) is var array ? $"({array[1..^1]})" : string.Empty,
        Enum => throw new ArgumentException($"{value.GetType().Name}.{value} is an enum: bind its stored text or number.", nameof(value)),
        IEnumerable items => ArrayLiteral(items),
        _ => throw new ArgumentException($"A {value.GetType().Name} has no ClickHouse literal.", nameof(value)),
    };

    /// <summary>The values as the set on the right of <c>IN</c>: <c>x IN $1</c> with <c>In(values)</c> binds <c>x IN (a, b, …)</c>.</summary>
    /// <exception cref="ArgumentException">The collection is empty (leave the condition out instead).</exception>
    public static object In(IEnumerable values) => new InSet(values ?? throw new ArgumentNullException(nameof(values)));

    private sealed record InSet(IEnumerable Items);

    /// <summary>The milliseconds within its second of <paramref name="instant"/> (0–999): the column beside a <c>DateTime('UTC')</c>.</summary>
    public static ushort Milliseconds(DateTimeOffset instant) => (ushort)instant.UtcDateTime.Millisecond;

    /// <summary>The string literal of <paramref name="text"/>: quoted, with <c>\\</c>, <c>\'</c> and control characters escaped.</summary>
    public static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var quoted = new StringBuilder(text.Length + 2).Append('\'');
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\':
                    quoted.Append(@"\\");
                    break;
                case '\'':
                    quoted.Append(@"\'");
                    break;
                case < ' ' or '\u007f':
                    quoted.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}");
                    break;
                default:
                    quoted.Append(c);
                    break;
            }
        }

        return quoted.Append('\'').ToString();
    }

    /// <summary>A quoted identifier (a table or column name): <c>`name`</c>, refusing what is not letters, digits and '_'.</summary>
    /// <exception cref="ArgumentException">The name holds anything else, or is empty.</exception>
    public static string Identifier(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? $"`{name}`" : throw new ArgumentException($"'{name}' is not a plain identifier.", nameof(name));
    }

    private static string ArrayLiteral(IEnumerable items)
    {
        var parts = items.Cast<object?>().Select(Literal).ToList();
        return parts.Count == 0
            ? throw new ArgumentException("An empty collection has no literal ClickHouse 18.16 can type: leave the condition out instead.", nameof(items))
            : $"[{string.Join(", ", parts)}]";
    }

    // The index just past the quoted part starting at `start` (its closing quote, a backslash escaping the next character).
    private static int QuotedEnd(string sql, int start)
    {
        var quote = sql[start];
        for (var i = start + 1; i < sql.Length; i++)
        {
            if (sql[i] == '\\')
            {
                i++;
            }
            else if (sql[i] == quote)
            {
                return i + 1;
            }
        }

        throw new ArgumentException($"The statement has an unclosed {quote} at {start}.", nameof(sql));
    }
}
