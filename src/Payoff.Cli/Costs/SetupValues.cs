using System.CommandLine;
using System.Globalization;
using Payoff.Application.Requests;
using Payoff.Cli.Reports;

namespace Payoff.Cli.Costs;

/// <summary>A cost setup command's options and positional arguments as request fields, each spelt in messages as its help shows it (<c>--currency</c>, <c>RATE</c>).</summary>
internal static class SetupValues
{
    /// <summary>The options by their names without <c>--</c>, and each argument under its field name, spelt as the argument's name.</summary>
    public static RequestValues Of(ParseResult parse, Option[] options, params (string Field, Argument Argument)[] arguments)
    {
        var values = ReportOptions.Values(parse, options);
        if (arguments.Length == 0)
        {
            return values;
        }

        var all = new Dictionary<string, string?>(values.Values, StringComparer.Ordinal);
        var spellings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (field, argument) in arguments)
        {
            all[field] = parse.GetResult(argument)?.GetValueOrDefault<object?>() switch
            {
                null => null,
                IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                var value => value.ToString(),
            };
            spellings[field] = argument.Name;
        }

        return new RequestValues(all, values.Prefix) { Spellings = spellings };
    }
}
