using System.CommandLine;
using System.Globalization;
using Payoff.Cli.Output;
using Payoff.Import;
using Payoff.Import.Csv;
using Payoff.Import.Platforms;

namespace Payoff.Cli.Importing;

/// <summary>The options every <c>payoff import</c> subcommand takes, and the <see cref="ImportOptions"/> they mean.</summary>
/// <param name="columnMap">Whether the command takes <c>--map</c> (a file from another tool read through a column map).</param>
internal sealed class ImportFileOptions(bool columnMap = false)
{
    /// <summary>The files to import (one or more).</summary>
    public Argument<string[]> Files { get; } = new("FILE") { Description = "One or more files.", Arity = ArgumentArity.OneOrMore };

    /// <summary><c>--format table|json</c>.</summary>
    public Option<OutputFormat> Format { get; } = FormatOption.Create(allowCsv: false);

    private Option<bool> SkipInvalid { get; } = new("--skip-invalid") { Description = "Import the good rows of a file that has bad ones (default: reject the whole file)." };

    private Option<bool> DryRun { get; } = new("--dry-run") { Description = "Check the files and say what would be imported, without writing." };

    private Option<string?> Encoding { get; } = new("--encoding") { Description = $"The files' encoding when it is not UTF-8 or UTF-16: {string.Join(", ", TextEncodings.Names)}." };

    private Option<string?> DateFormat { get; } = new("--date-format") { Description = "The date format of the files' date columns when they are ambiguous, in .NET notation (dd/MM/yyyy, MM/dd/yyyy HH:mm)." };

    private Option<string?> Culture { get; } = new("--culture") { Description = "The language the files' month names and day-first dates are written in (de-DE, es-ES, pl-PL)." };

    private Option<string?> Period { get; } = new("--period") { Description = "The days an export without years covers (TikTok Studio): 2025-12-01..2026-01-31, 2026-05 or 2026." };

    private Option<long?> MaxSize { get; } = new("--max-size") { Description = $"Refuse files larger than this many megabytes before reading them (default {ImportOptions.DefaultMaxFileBytes >> 20:N0})." };

    private Option<string[]> Map { get; } = new("--map")
    {
        Description = "Read another tool's CSV: Payoff's column = the file's header, comma-separated or repeated (message_id=\"Ticket ID\",text=Body,created_at=Date).",
        AllowMultipleArgumentsPerToken = true,
    };

    /// <summary>A subcommand named <paramref name="name"/> with the argument and options, in the order help lists them.</summary>
    public Command Command(string name, string description)
    {
        var command = new Command(name, description) { Files, SkipInvalid, DryRun, Encoding, DateFormat, Culture, Period, MaxSize, Format };
        if (columnMap)
        {
            command.Add(Map);
        }

        return command;
    }

    /// <summary>The import options of the command line.</summary>
    /// <exception cref="CliException">An encoding, culture or period Payoff cannot read, named with its option.</exception>
    public ImportOptions Read(ParseResult parse) => new()
    {
        SkipInvalid = parse.GetValue(SkipInvalid),
        DryRun = parse.GetValue(DryRun),
        Encoding = parse.GetValue(Encoding) is { } encoding
            ? TextEncodings.Find(encoding) ?? throw new CliException($"--encoding '{encoding}' is not one Payoff reads; use one of {string.Join(", ", TextEncodings.Names)}.")
            : null,
        DateFormat = parse.GetValue(DateFormat),
        Culture = parse.GetValue(Culture) is { } culture ? CultureNamed(culture) : null,
        Period = parse.GetValue(Period) is { } period
            ? DatePeriod.TryParse(period, out var parsed) ? parsed : throw new CliException($"--period '{period}' is not a period like 2025-12-01..2026-01-31, 2026-05 or 2026.")
            : null,
        MaxFileBytes = parse.GetValue(MaxSize) is { } mb and > 0 ? mb << 20 : ImportOptions.DefaultMaxFileBytes,
        Columns = columnMap ? Mapping(parse.GetValue(Map) ?? []) : null,
    };

    private static IReadOnlyDictionary<string, string>? Mapping(IEnumerable<string> values)
    {
        try
        {
            return ColumnMap.Parse(values);
        }
        catch (FormatException ex)
        {
            throw new CliException($"--map: {ex.Message}");
        }
    }

    private static CultureInfo CultureNamed(string name) =>
        ImportKinds.TryCulture(name, out var culture) ? culture! : throw new CliException($"--culture '{name}' is not a culture name like de-DE, es-ES or pl-PL.");
}
