using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Payoff.Core.Collect;
using Payoff.Storage.DuckDb;
using Payoff.Web.Hosting;

namespace Payoff.Web.Tests;

public sealed class ProxyAndWalTests
{
    [Theory]
    [InlineData("10.0.0.5", 2)]
    [InlineData("192.0.2.9", 1)]
    public async Task Forwarded_addresses_are_believed_only_from_a_trusted_proxy(string peer, long visitors)
    {
        await using var factory = new PayoffAppFactory();
        factory.Options = factory.Options with { TrustedProxies = [IPNetwork.Parse("10.0.0.0/8")] };
        factory.WithSite(IdentityMode.Cookieless);
        await using var app = PayoffWeb.Build(factory.Options, b =>
        {
            b.WebHost.UseTestServer();
            b.Logging.ClearProviders();
            b.Services.AddSingleton<IStartupFilter>(new PeerAddress(IPAddress.Parse(peer)));
        });
        await app.StartAsync();
        var client = app.GetTestClient();
        foreach (var (id, forwarded) in new[] { ("a", "203.0.113.1"), ("b", "203.0.113.2") })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/event")
            {
                Content = PayoffAppFactory.Json($$"""{"site":"{{factory.Site.SiteKey}}","type":"pageview","url":"https://example.com/","event_id":"{{id}}"}"""),
            };
            request.Headers.TryAddWithoutValidation("User-Agent", PayoffAppFactory.Chrome);
            request.Headers.Add("X-Forwarded-For", forwarded);
            request.Headers.Add("CF-IPCountry", "PL");
            Assert.Equal(HttpStatusCode.Accepted, (await client.SendAsync(request)).StatusCode);
        }

        await app.StopAsync();
        using var db = DuckDbDatabase.Open(factory.Options.DatabasePath, TimeProvider.System);
        Assert.Equal(visitors, db.Scalar<long>("SELECT count(DISTINCT visitor_id) FROM events"));
        Assert.Equal(visitors == 2 ? 2L : 0L, db.Scalar<long>("SELECT count(*) FROM events WHERE country = 'PL'"));
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("torn")]
    public void The_service_starts_on_a_corrupt_or_torn_write_ahead_log_and_keeps_what_was_checkpointed(string damage)
    {
        var folder = Directory.CreateTempSubdirectory("payoff-wal-").FullName;
        var source = Path.Combine(folder, "source.duckdb");
        var options = new WebOptions { DatabasePath = Path.Combine(folder, "p.duckdb") };
        using (var db = DuckDbDatabase.Open(source, TimeProvider.System))
        {
            db.Execute("CREATE TABLE t (x INTEGER)");
            db.Execute("INSERT INTO t VALUES (1)");
            db.Execute("CHECKPOINT");
            db.Execute("INSERT INTO t SELECT range FROM range(2, 5000)");
            File.Copy(source, options.DatabasePath);
            var wal = File.Exists(source + ".wal") ? File.ReadAllBytes(source + ".wal") : [];
            var bytes = damage == "torn" && wal.Length > 100 ? wal[..(wal.Length / 2)] : Enumerable.Range(0, 4096).Select(i => (byte)(i * 37)).ToArray();
            File.WriteAllBytes(options.DatabasePath + ".wal", bytes);
        }

        using (var gate = new StoreGate(options, NullLogger<StoreGate>.Instance))
        {
            Assert.Equal(Migrations.Latest, gate.Run(db => db.SchemaVersion()));
            Assert.True(gate.Run(db => db.Scalar<long>("SELECT count(*) FROM t WHERE x = 1")) == 1, "the checkpointed row survives");
        }

        Directory.Delete(folder, recursive: true);
    }

    private sealed class PeerAddress(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                context.Connection.RemoteIpAddress = address;
                return following(context);
            });
            next(app);
        };
    }
}
