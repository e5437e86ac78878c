using Microsoft.Extensions.DependencyInjection;
using System.CommandLine;
using System.Net;
using Microsoft.Extensions.Hosting;
using Payoff.Web;

namespace Payoff.Cli.Serve;

/// <summary><c>payoff serve</c>: the live service (collect endpoint, script, short links, API).</summary>
public static class ServeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var urls = new Option<string>("--urls") { Description = "Addresses to listen on, ';'-separated.", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var publicUrl = new Option<string?>("--public-url") { Description = "The public base URL of short links and the script (env PAYOFF_PUBLIC_URL; default: the first --urls)." };
        var proxies = new Option<string[]>("--trust-proxy") { Description = "IP or CIDR of a reverse proxy whose X-Forwarded-For is believed (repeatable). Without it, forwarded headers are ignored.", AllowMultipleArgumentsPerToken = true };
        var siteRate = new Option<int>("--site-rate") { Description = "Events per second each site may send (token bucket; burst 5×).", DefaultValueFactory = _ => 1000 };
        var linkRate = new Option<int>("--link-rate") { Description = "Short-link requests per minute per IP.", DefaultValueFactory = _ => 600 };
        var spoolQuota = new Option<int>("--spool-quota") { Description = "The most MiB this node's spool may hold while the store is behind (events past it get 503 and are retried by the tracker). Size it as events per second × seconds of store outage to ride out × about 0.5 KiB (docs/SCALE.md).", DefaultValueFactory = _ => 1024 };
        var spool = new Option<string?>("--spool") { Description = "Folder of this node's ingest spool (default: the database path + .spool; on a ClickHouse store payoff-DATABASE-PORT.spool in the current folder)." };
        var command = new Command("serve", "Run the live service: website script (/p.js), collect endpoint (/api/event), short links (/l/slug), API, /health and /openapi/v1.json.")
        {
            urls, publicUrl, proxies, siteRate, linkRate, spool, spoolQuota,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var trusted = (parse.GetValue(proxies) ?? []).Select(ParseNetwork).ToList();
            var rate = parse.GetValue(siteRate);
            var store = Storage.StoreAddress.Parse(context.StoreAddress(parse));
            var options = new WebOptions
            {
                DatabasePath = NodePath(store, parse.GetValue(urls)!),
                Store = store.IsClickHouse ? store.Text : null,
                Urls = parse.GetValue(urls)!,
                PublicUrl = parse.GetValue(publicUrl) ?? context.Environment.GetValueOrDefault("PAYOFF_PUBLIC_URL"),
                TrustedProxies = trusted,
                SiteEventsPerSecond = rate > 0 ? rate : throw new CliException("--site-rate must be positive."),
                SiteBurst = rate * 5,
                LinkRequestsPerMinutePerIp = parse.GetValue(linkRate) > 0 ? parse.GetValue(linkRate) : throw new CliException("--link-rate must be positive."),
                SpoolDirectory = parse.GetValue(spool),
                SpoolQuotaBytes = parse.GetValue(spoolQuota) is > 0 and var quota ? quota * (1L << 20) : throw new CliException("--spool-quota must be a positive number of MiB."),
                DeferApply = context.Environment.GetValueOrDefault("PAYOFF_COLLECT_DEFER_APPLY") == "1",
                Time = context.Time,
            };
            await using var app = PayoffWeb.Build(options);
            context.Error.WriteLine(store.IsClickHouse
                ? $"Payoff is listening on {options.Urls} (store {store}, this node's spool {options.SpoolPath}). Ctrl+C stops it after applying every spooled event."
                : $"Payoff is listening on {options.Urls} (database {options.DatabasePath}). Ctrl+C stops it after flushing every event.");
            var firstRun = app.Services.GetRequiredService<Web.Access.FirstRun>();
            if (await firstRun.OpenAsync(cancellationToken))
            {
                // No account yet: the one person who can read this console creates the owner.
                context.Error.WriteLine($"No account yet. Create the owner account at {options.Urls.Split(';')[0].TrimEnd('/')}/setup?token={firstRun.Token} (or with payoff user add).");
            }
            await app.StartAsync(cancellationToken);
            if (store.IsClickHouse)
            {
                // Any number of nodes and CLI processes use a ClickHouse store at once: nothing to forward.
                await app.WaitForShutdownAsync(cancellationToken);
                return 0;
            }

            await using var remote = Remote.RemoteServer.Start(app.Services.GetRequiredService<Core.Stores.IStore>(), options.DatabasePath, context, options.PublicBase);
            context.Error.WriteLine($"While this server holds {options.DatabasePath}, every Payoff command on this machine runs through it (socket {remote.SocketPath}).");
            await app.WaitForShutdownAsync(cancellationToken);
            return 0;
        });
        return command;
    }

    /// <summary>
    /// The DuckDB file; for a ClickHouse store, the base path of this node's own spool and uploads in the current folder,
    /// named by the database and the first listening port (<c>payoff-DATABASE-PORT</c>), so two nodes on one machine never
    /// share a spool.
    /// </summary>
    internal static string NodePath(Storage.StoreAddress store, string urls)
    {
        if (store.ClickHouse is not { } address)
        {
            return store.FilePath!;
        }

        var first = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? string.Empty;
        var port = Uri.TryCreate(first.Replace("*", "localhost", StringComparison.Ordinal).Replace("+", "localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri) ? uri.Port : 0;
        return Path.GetFullPath(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"payoff-{address.Database}-{port}"));
    }

    private static IPNetwork ParseNetwork(string text)
    {
        if (IPNetwork.TryParse(text, out var network))
        {
            return network;
        }

        return IPAddress.TryParse(text, out var address)
            ? new IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128)
            : throw new CliException($"--trust-proxy '{text}' is not an IP address or CIDR network (10.0.0.1, 10.0.0.0/8).");
    }
}
