using System.CommandLine;
using Payoff.Application.Requests;

namespace Payoff.Cli.Reports;

/// <summary>What the report commands share: the <c>--from</c>/<c>--to</c> pair, and options → <see cref="RequestValues"/> (the CLI's one way to make request values).</summary>
public static class ReportOptions
{
    /// <summary>The <c>--from</c>/<c>--to</c> pair every period report takes (read by <see cref="ReportPeriod"/>).</summary>
    public static (Option<string?> From, Option<string?> To) Range() =>
        (new Option<string?>("--from") { Description = "First day, yyyy-MM-dd, workspace-local (default: 29 days before --to)." },
         new Option<string?>("--to") { Description = "Last day, included, yyyy-MM-dd (default: today)." });

    /// <summary>The values of <paramref name="options"/> by field name (the option's name without <c>--</c>), spelt <c>--name</c> in messages.</summary>
    public static RequestValues Values(ParseResult parse, params Option[] options)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(options);
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var option in options)
        {
            values[option.Name.TrimStart('-')] = parse.GetResult(option) is { Implicit: false } result ? Text(result.GetValueOrDefault<object?>()) : null;
        }

        return new RequestValues(values, "--");
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
