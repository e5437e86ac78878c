using System.Globalization;
using CsvHelper;

namespace Payoff.Cli.Output;

/// <summary>
/// Writes CSV for spreadsheets: RFC 4180 quoting, numbers written as numbers, and text cells that
/// start like a formula (<c>= + - @</c>, tab, CR, NUL, or their full-width forms) prefixed with
/// <c>'</c> so a spreadsheet shows them as text (OWASP CSV injection).
/// </summary>
public sealed class CsvOutput : IDisposable
{
    private static readonly CsvWriterOptions Options = new()
    {
        Injection = CsvInjection.Escape,
        NewLine = "\r\n",
    };

    // CsvHelper escapes = + - @ tab and CR; spreadsheets also act on LF, NUL and the full-width forms.
    private static readonly string FullWidthFormulaStarts = "\n\0\uFF1D\uFF0B\uFF0D\uFF20";

    private readonly CsvWriter _writer;

    /// <summary>Writes to <paramref name="output"/>, which stays open.</summary>
    public CsvOutput(TextWriter output) => _writer = CsvWriter.Create(output, Options, leaveOpen: true);

    /// <summary>Writes the header row.</summary>
    public void Header(params string[] names)
    {
        foreach (var name in names)
        {
            _writer.WriteField(name);
        }

        _writer.EndRecord();
    }

    /// <summary>Writes a text cell (neutralised when it could be read as a formula); null is empty.</summary>
    public void Text(string? value) =>
        _writer.WriteField(value is [var first, ..] && FullWidthFormulaStarts.Contains(first) ? "'" + value : value ?? string.Empty);

    /// <summary>Writes a number cell, unquoted and invariant; null is empty.</summary>
    public void Number(decimal? value)
    {
        if (value is null)
        {
            _writer.WriteField(string.Empty);
            return;
        }

        // Typed fields bypass injection escaping, so a refund stays the number -12.5.
        _writer.WriteField(decimal.Parse(value.Value.ToString("0.##########", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture), "G", CultureInfo.InvariantCulture);
    }

    /// <summary>Ends the row.</summary>
    public void EndRow() => _writer.EndRecord();

    /// <inheritdoc />
    public void Dispose()
    {
        _writer.Flush();
        _writer.Dispose();
    }
}
