using System.CommandLine;

namespace Payoff.Cli.Output;

/// <summary>The <c>--format</c> option.</summary>
public static class FormatOption
{
    /// <summary><c>--format table|json|csv</c>.</summary>
    public static Option<OutputFormat> Create(bool allowCsv = true)
    {
        var option = new Option<OutputFormat>("--format", "-f")
        {
            Description = allowCsv ? "Output format: table (default), json or csv." : "Output format: table (default) or json.",
            DefaultValueFactory = _ => OutputFormat.Table,
        };
        option.AcceptOnlyFromAmong(allowCsv ? ["table", "json", "csv"] : ["table", "json"]);
        return option;
    }
}
