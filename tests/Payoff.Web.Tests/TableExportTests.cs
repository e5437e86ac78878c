using Payoff.Publishing.Files;
using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using Payoff.Web.Components.Tables;
using Payoff.Application.Tables;

namespace Payoff.Web.Tests;

/// <summary>Exports hold what the page shows: numbers as numbers, text as text, formulas never run.</summary>
public sealed class TableExportTests
{
    private static readonly ReportTable Table = new(
        "networks",
        "Networks",
        [new("Network"), new("Sessions", CellKind.Count), new("ROI", CellKind.Percent), TableColumn.Money("Revenue", "USD")],
        [
            new TableRow(["=HYPERLINK(\"http://evil\",\"x\")", 1200L, 0.25m, 10.5m]),
            new TableRow(["+cmd|' /C calc'!A0", 3L, null, 0m]),
            new TableRow(["Facebook \"Ads\", EU", 7L, -0.5m, 99.99m]),
        ],
        new TableRow(["Total", 1210L, null, 110.49m]));

    [Fact]
    public void Xlsx_keeps_numbers_numeric_and_stores_formula_like_text_as_quoted_text()
    {
        using var book = new XLWorkbook(new MemoryStream(TableExport.Xlsx(Table)));
        var sheet = book.Worksheet("Networks");
        Assert.Equal("Network", sheet.Cell(1, 1).GetString());
        Assert.False(sheet.Cell(2, 1).HasFormula);
        Assert.Equal(XLDataType.Text, sheet.Cell(2, 1).DataType);
        Assert.Equal("=HYPERLINK(\"http://evil\",\"x\")", sheet.Cell(2, 1).GetString());
        Assert.True(sheet.Cell(2, 1).Style.IncludeQuotePrefix);
        Assert.False(sheet.Cell(4, 1).Style.IncludeQuotePrefix);
        Assert.Equal(XLDataType.Number, sheet.Cell(2, 2).DataType);
        Assert.Equal(1200, sheet.Cell(2, 2).GetDouble());
        Assert.Equal(0.25, sheet.Cell(2, 3).GetDouble());
        Assert.Equal("0.00%", sheet.Cell(2, 3).Style.NumberFormat.Format);
        Assert.True(sheet.Cell(3, 3).IsEmpty());
        Assert.Equal("Total", sheet.Cell(5, 1).GetString());
        Assert.Equal(110.49, sheet.Cell(5, 4).GetDouble(), 6);
    }

    [Fact]
    public void Csv_quotes_text_neutralises_formulas_and_writes_invariant_numbers()
    {
        var bytes = TableExport.Csv(Table);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal("\"Network\",\"Sessions\",\"ROI\",\"Revenue\"", lines[0]);
        Assert.Equal("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",1200,0.25,10.5", lines[1]);
        Assert.Equal("\"'+cmd|' /C calc'!A0\",3,,0", lines[2]);
        Assert.Equal("\"Facebook \"\"Ads\"\", EU\",7,-0.5,99.99", lines[3]);
        Assert.Equal("\"Total\",1210,,110.49", lines[4]);
    }

    [Theory]
    [InlineData("\uFF1DHYPERLINK(1)")]
    [InlineData("\uFF0Bcmd")]
    [InlineData("\uFF0D1+2")]
    [InlineData("\uFF20SUM(1)")]
    [InlineData("\nline")]
    public void Full_width_formula_starts_are_neutralised_too(string text)
    {
        // Issue 13 §4.6: spreadsheets read full-width = + - @ as formula starts; the CLI's CSV
        // neutralised them, the dashboard's exports did not.
        var table = new ReportTable("t", "T", [new("Name")], [new TableRow([text])], null);

        Assert.Equal($"\"'{text}\"", Encoding.UTF8.GetString(TableExport.Csv(table)[3..]).Split("\r\n")[1]);
        using var book = new XLWorkbook(new MemoryStream(TableExport.Xlsx(table)));
        Assert.True(book.Worksheet("T").Cell(2, 1).Style.IncludeQuotePrefix);
    }

    [Theory]
    [InlineData("JPY", "#,##0", "1,501")]
    [InlineData("KWD", "#,##0.000", "1,500.500")]
    [InlineData("USD", "#,##0.00", "1,500.50")]
    public void Regression_issue_13_a_money_column_shows_and_exports_its_currency_minor_unit(string currency, string format, string shown)
    {
        var column = TableColumn.Money($"Cost ({currency})", currency);
        var table = new ReportTable("roi", "ROI", [new("Network"), column], [new TableRow(["Facebook", 1500.5m])]);

        using var book = new XLWorkbook(new MemoryStream(TableExport.Xlsx(table)));
        Assert.Equal(format, book.Worksheet("ROI").Cell(2, 2).Style.NumberFormat.Format);
        Assert.Equal(1500.5, book.Worksheet("ROI").Cell(2, 2).GetDouble());
        Assert.Equal(shown, TableView.Show(1500.5m, column, CultureInfo.GetCultureInfo("en-US")));
    }

    [Fact]
    public void A_page_shows_numbers_in_the_workspace_locale_and_the_csv_and_xlsx_keep_invariant_numbers()
    {
        var polish = CultureInfo.GetCultureInfo("pl-PL");
        var money = TableColumn.Money("Revenue (EUR)", "EUR");
        var count = new TableColumn("Sessions", CellKind.Count);
        var rate = new TableColumn("Contact rate", CellKind.Percent);
        var table = new ReportTable("sources", "Sources", [new("Network"), count, rate, money], [new TableRow(["Facebook", 12345L, 0.0272m, 1234567.5m])]);

        // ICU's Polish groups thousands with a no-break space and writes a decimal comma.
        var space = polish.NumberFormat.NumberGroupSeparator;
        Assert.Equal($"12{space}345", TableView.Show(12345L, count, polish));
        Assert.StartsWith("2,7", TableView.Show(0.0272m, rate, polish), StringComparison.Ordinal);
        Assert.Equal($"1{space}234{space}567,50", TableView.Show(1234567.5m, money, polish));
        Assert.Equal("12,345", TableView.Show(12345L, count, CultureInfo.GetCultureInfo("en-US")));

        var csv = System.Text.Encoding.UTF8.GetString(TableExport.Csv(table));
        Assert.Contains("\"Facebook\",12345,0.0272,1234567.5", csv, StringComparison.Ordinal);
        using var book = new XLWorkbook(new MemoryStream(TableExport.Xlsx(table)));
        Assert.Equal(1234567.5, book.Worksheet("Sources").Cell(2, 4).GetDouble());
    }

    [Fact]
    public void A_money_column_without_its_currency_cannot_be_built()
    {
        Assert.Throws<ArgumentException>(() => new TableColumn("Revenue", CellKind.Money));
        Assert.Throws<ArgumentException>(() => new TableColumn("Sessions", CellKind.Count, "USD"));
    }
}
