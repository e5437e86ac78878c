using Payoff.Storage.DuckDb;

namespace Payoff.Cli.Tests;

public sealed class HubSpotImportTests
{
    [Fact]
    public void A_hubspot_export_is_detected_its_sources_mapped_and_no_personal_data_kept()
    {
        using var cli = new CliRun();
        var file = Path.Combine(AppContext.BaseDirectory, "Data", "HubSpot", "hubspot-crm-exports-all-contacts-2026-06-01.csv");
        var (code, output, _) = cli.Run("import", "auto", file);
        Assert.Equal(0, code);
        Assert.Contains("detected HubSpot contacts export", output, StringComparison.Ordinal);
        using var db = DuckDbDatabase.Open(cli.Database, cli.Time);
        Assert.Equal("101 Organic Social LinkedIn spring-launch 1250", db.Scalar<string>("SELECT concat_ws(' ', contact_id, channel, network, campaign, revenue::INTEGER) FROM contacts WHERE contact_id = '101'"));
        Assert.Equal("Paid Social Facebook", db.Scalar<string>("SELECT concat_ws(' ', channel, network) FROM contacts WHERE contact_id = '102'"));
        Assert.Equal(3, db.Scalar<long>("SELECT count(*) FROM contacts"));
        Assert.Equal(0, db.Scalar<long>("SELECT count(*) FROM contacts WHERE concat(contact_id, channel, network, campaign, original_source) LIKE '%example.com%' OR concat(contact_id, original_source) LIKE '%Kowalska%'"));
        Assert.Equal(1, db.Scalar<long>("SELECT count(*) FROM people WHERE customer_at IS NOT NULL AND network = 'LinkedIn'"));
    }
}
