using Payoff.Core.Workspaces;
using Payoff.Import.HubSpot;

namespace Payoff.Import.Tests;

/// <summary>A rejected row's message names the column as the file writes it.</summary>
public sealed class RowErrorColumnTests
{
    [Fact]
    public void Regression_a_rejected_row_named_the_column_create_date_instead_of_the_files_own_header_create_date()
    {
        using var files = new TestFiles();
        var path = files.Write("hubspot.csv", "Record ID,Create Date,Lifecycle Stage,Became a Lead Date,Original Traffic Source,Original Traffic Source Drill-Down 1,Original Traffic Source Drill-Down 2,Total Revenue\n"
            + "101,2026-05-02 10:15,lead,2026-05-02 10:15,Organic social,LinkedIn,spring,\n"
            + "102,not a date,lead,,Paid social,Facebook,sale,\n"
            + "103,2026-05-03 10:15,customer,,Direct traffic,,,lots\n");
        var parsed = new HubSpotContactsReader(new WorkspaceCalendar(TimeZoneInfo.Utc)).Read(path);
        Assert.Equal("101", Assert.Single(parsed.ToList()).ContactId);
        Assert.Equal(["Create Date", "Total Revenue"], parsed.Errors.Select(e => e.Column));
    }
}
