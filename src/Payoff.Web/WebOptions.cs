using System.Net;

namespace Payoff.Web;

/// <summary>How <c>payoff serve</c> runs. Every limit has the default the docs state.</summary>
public sealed record WebOptions
{
    /// <summary>
    /// The DuckDB file; with a ClickHouse <see cref="Store"/>, the local base path of this node's own files (its spool and
    /// uploads: <c>PATH.spool</c>, <c>PATH.uploads</c>).
    /// </summary>
    public required string DatabasePath { get; init; }

    /// <summary>
    /// A ClickHouse store address (<c>clickhouse://HOST:PORT/DATABASE[?cluster=NAME]</c>, <c>Payoff.Storage.StoreAddress</c>)
    /// several nodes serve at once, each with its own spool; null (the default) for the DuckDB file at <see cref="DatabasePath"/>.
    /// </summary>
    public string? Store { get; init; }

    /// <summary>Addresses to listen on.</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>The public base URL of short links and the script (default: the first of <see cref="Urls"/>).</summary>
    public string? PublicUrl { get; init; }

    /// <summary>The folder of the ingest spool (default: the database path plus <c>.spool</c>).</summary>
    public string? SpoolDirectory { get; init; }

    /// <summary>Proxies whose <c>X-Forwarded-For</c>, <c>X-Forwarded-Proto</c> and <c>CF-IPCountry</c> are believed.</summary>
    public IReadOnlyList<IPNetwork> TrustedProxies { get; init; } = [];

    /// <summary>Reads the e-mail settings (<c>PAYOFF_SMTP_*</c>, <c>PAYOFF_CONFIG</c>) at each send: the process's environment by default.</summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    /// <summary>The clock (tests use a fake one).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Largest collect request body, in bytes (413 beyond).</summary>
    public int MaxBodyBytes { get; init; } = 64 * 1024;

    /// <summary>Largest page URL and referrer, in characters (400 beyond).</summary>
    public int MaxUrlLength { get; init; } = 2000;

    /// <summary>Largest user agent, in characters (400 beyond).</summary>
    public int MaxUserAgentLength { get; init; } = 512;

    /// <summary>Most events in one batch request.</summary>
    public int MaxBatch { get; init; } = 100;

    /// <summary>Events a site may send per second, sustained (token bucket; 429 beyond).</summary>
    public int SiteEventsPerSecond { get; init; } = 1000;

    /// <summary>Events a site may send at once above the sustained rate.</summary>
    public int SiteBurst { get; init; } = 5000;

    /// <summary>Short-link requests one IP address may make per minute (429 beyond).</summary>
    public int LinkRequestsPerMinutePerIp { get; init; } = 600;

    /// <summary>API requests one key may make per minute (429 beyond).</summary>
    public int ApiRequestsPerMinutePerKey { get; init; } = 600;

    /// <summary>
    /// For the collect benchmark only (<c>PAYOFF_COLLECT_DEFER_APPLY=1</c> for <c>payoff serve</c>): events are spooled and
    /// acknowledged as always, but applied to the database only once no request has been appended for a second, so
    /// the acknowledged rate is measured without DuckDB's share of the CPU. Not for production: the data lags
    /// the whole load. Default false.
    /// </summary>
    public bool DeferApply { get; init; }

    /// <summary>Spool size on disk at which collect answers 503 until the store catches up.</summary>
    public long SpoolQuotaBytes { get; init; } = 1L << 30;

    /// <summary>Spool segment size at which a new segment starts.</summary>
    public long SpoolSegmentBytes { get; init; } = 16L << 20;

    /// <summary>The spool folder in effect.</summary>
    public string SpoolPath => SpoolDirectory ?? DatabasePath + ".spool";

    /// <summary>The largest request <c>POST /api/imports</c> accepts (all its files together): 1 GiB.</summary>
    public long MaxUploadBytes { get; init; } = 1L << 30;

    /// <summary>Where uploaded files wait while they are imported (deleted after each request).</summary>
    public string UploadPath => DatabasePath + ".uploads";

    /// <summary>The public base URL in effect, without a trailing slash.</summary>
    public string PublicBase => (PublicUrl ?? Urls.Split(';', StringSplitOptions.RemoveEmptyEntries)[0]).TrimEnd('/');
}
