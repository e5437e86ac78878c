using Payoff.Core.Collect;

namespace Payoff.Web.Tests;

public sealed class PrivacyTests
{
    [Fact]
    public async Task Neither_the_database_nor_the_spool_holds_a_raw_user_agent_or_ip()
    {
        const string Probe = "PayoffPrivacyProbe/7.7";
        await using var app = new PayoffAppFactory().WithSite(IdentityMode.Cookieless);
        var userAgent = PayoffAppFactory.Chrome + " " + Probe;
        await app.SendAsync($$"""{"site":"{{app.Site.SiteKey}}","type":"pageview","url":"https://example.com/","event_id":"a"}""", userAgent);
        await app.SendAsync(
            $$"""{"type":"lead","event_id":"b","contact_id":"c1","ip":"198.51.100.77","user_agent":"{{userAgent}}"}""",
            configure: r => r.Headers.Add("X-Payoff-Key", app.WriteKey));
        await app.FlushAsync();
        app.Run(db => db.Execute("CHECKPOINT"));
        var files = Directory.GetFiles(app.Folder, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith("lock", StringComparison.Ordinal));
        foreach (var file in files)
        {
            var bytes = await File.ReadAllBytesAsync(file);
            var text = System.Text.Encoding.Latin1.GetString(bytes);
            Assert.DoesNotContain(Probe, text, StringComparison.Ordinal);
            Assert.DoesNotContain("198.51.100.77", text, StringComparison.Ordinal);
        }

        Assert.Equal(2, app.Count("SELECT count(*) FROM events WHERE device = 'desktop' AND browser = 'Chrome'"));
    }
}
