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
        Assert.Equal(shown, TableView.Show(1500.5m, column));
    }

    [Fact]
    public void A_money_column_without_its_currency_cannot_be_built()
    {
        Assert.Throws<ArgumentException>(() => new TableColumn("Revenue", CellKind.Money));
        Assert.Throws<ArgumentException>(() => new TableColumn("Sessions", CellKind.Count, "USD"));
    }
}
