using System.IO.Compression;
using System.Reflection;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Payoff.Web.Components.Charts;

/// <summary>
/// The charts' two script files, embedded in Payoff and served by it (no CDN, nothing fetched at build time):
/// <c>/charts.js</c> (Payoff's own, revalidated by its ETag) and <c>/echarts-6.1.0.min.js</c> (Apache ECharts
/// 6.1.0's <c>dist/echarts.common.min.js</c>, Apache-2.0, its LICENSE and NOTICE beside it in <c>Charts/vendor/</c>;
/// the version is in the path, so browsers keep it a year). Each is compressed once, on its first request, with
/// Brotli and gzip, and sent in the one the client accepts (<c>Accept-Encoding</c>), else as it is.
/// </summary>
public static class ChartAssets
{
    /// <summary>The path of the ECharts bundle: its version is in it, so a new version is a new address.</summary>
    public const string EChartsPath = "/echarts-6.1.0.min.js";

    /// <summary>Maps <c>/charts.js</c> and <see cref="EChartsPath"/>.</summary>
    public static IEndpointRouteBuilder MapChartAssets(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        Map(app, "/charts.js", "Payoff.Web.Components.Charts.charts.js", "no-cache");
        Map(app, EChartsPath, "Payoff.Web.Components.Charts.vendor.echarts.common.min.js", "public, max-age=31536000, immutable");
        return app;
    }

    private static void Map(IEndpointRouteBuilder app, string path, string resource, string cacheControl)
    {
        var file = new Lazy<Asset>(() => Asset.Of(resource), LazyThreadSafetyMode.ExecutionAndPublication);
        app.MapGet(path, (HttpContext context) => file.Value.Write(context, cacheControl)).ExcludeFromDescription();
    }

    private sealed record Asset(byte[] Plain, byte[] Brotli, byte[] Gzip, string ETag)
    {
        public static Asset Of(string resource)
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"The embedded resource {resource} is missing from Payoff.Web: the build did not embed it (see Payoff.Web.csproj).");
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var plain = copy.ToArray();
            return new Asset(plain, Compress(plain, s => new BrotliStream(s, CompressionLevel.SmallestSize)), Compress(plain, s => new GZipStream(s, CompressionLevel.SmallestSize)), $"\"{Convert.ToHexStringLower(SHA256.HashData(plain))[..16]}\"");
        }

        public IResult Write(HttpContext context, string cacheControl)
        {
            var headers = context.Response.Headers;
            headers.CacheControl = cacheControl;
            headers.ETag = ETag;
            headers.Vary = "Accept-Encoding";
            if (context.Request.Headers.IfNoneMatch == ETag)
            {
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }

            var accepted = context.Request.Headers.AcceptEncoding.ToString();
            var (body, encoding) = Accepts(accepted, "br") ? (Brotli, "br") : Accepts(accepted, "gzip") ? (Gzip, "gzip") : (Plain, null);
            if (encoding is not null)
            {
                headers.ContentEncoding = encoding;
            }

            return Results.Bytes(body, "text/javascript; charset=utf-8");
        }

        // "br" in "gzip, deflate, br" (a q=0 refuses it).
        private static bool Accepts(string header, string coding) => header.Split(',').Select(p => p.Split(';')).Any(p =>
            string.Equals(p[0].Trim(), coding, StringComparison.OrdinalIgnoreCase) && !p.Skip(1).Any(q => q.Replace(" ", string.Empty, StringComparison.Ordinal) is "q=0" or "q=0.0" or "q=0.00" or "q=0.000"));

        private static byte[] Compress(byte[] plain, Func<Stream, Stream> compressor)
        {
            using var output = new MemoryStream();
            using (var compress = compressor(output))
            {
                compress.Write(plain);
            }

            return output.ToArray();
        }
    }
}
