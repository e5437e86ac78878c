using System.IO.Compression;
using System.Reflection;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Payoff.Web.Components;

/// <summary>
/// A file embedded in Payoff.Web and served by it (no CDN, nothing fetched at build time). It is compressed once, on its
/// first request, with Brotli and gzip, and sent in the one the client accepts (<c>Accept-Encoding</c>), else as it is;
/// every answer carries its ETag (the content's hash) and a request that names it in <c>If-None-Match</c> gets a 304.
/// </summary>
/// <remarks>
/// Pages link it by <see cref="Url"/>, which carries the version (<c>?v=</c> and the same hash). Unless
/// <see cref="Map"/> is given a fixed policy, a request for the current version is kept a year (<c>immutable</c>: a new
/// build's file has a new address); any other request (no version, an older one) is revalidated every time
/// (<c>no-cache</c>), so it never keeps a stale file either.
/// </remarks>
/// <param name="path">The address it is served at (<c>/app.css</c>).</param>
/// <param name="resource">The embedded resource's logical name (see Payoff.Web.csproj).</param>
/// <param name="contentType">Its <c>Content-Type</c>.</param>
internal sealed class EmbeddedAsset(string path, string resource, string contentType)
{
    /// <summary>The <c>Cache-Control</c> of an address that changes with the content: a year, never revalidated.</summary>
    public const string Immutable = "public, max-age=31536000, immutable";

    private const string Revalidate = "no-cache";

    private readonly Lazy<Content> content = new(() => Content.Of(resource), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The address with the content's version (<c>/app.css?v=3f2a…</c>): what pages link.</summary>
    public string Url => $"{path}?v={content.Value.Version}";

    /// <summary>
    /// Maps <c>GET</c> of the path: with <paramref name="cacheControl"/> always (for an address whose path names the version),
    /// else <see cref="Immutable"/> for the current <see cref="Url"/> and <c>no-cache</c> for the rest.
    /// </summary>
    public void Map(IEndpointRouteBuilder app, string? cacheControl = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(path, (HttpContext context) =>
        {
            var file = content.Value;
            return file.Write(context, cacheControl ?? (context.Request.Query["v"] == file.Version ? Immutable : Revalidate), contentType);
        }).ExcludeFromDescription();
    }

    private sealed record Content(byte[] Plain, byte[] Brotli, byte[] Gzip, string Version)
    {
        private string ETag => $"\"{Version}\"";

        public static Content Of(string resource)
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"The embedded resource {resource} is missing from Payoff.Web: the build did not embed it (see Payoff.Web.csproj).");
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var plain = copy.ToArray();
            return new Content(plain, Compress(plain, s => new BrotliStream(s, CompressionLevel.SmallestSize)), Compress(plain, s => new GZipStream(s, CompressionLevel.SmallestSize)), Convert.ToHexStringLower(SHA256.HashData(plain))[..16]);
        }

        public IResult Write(HttpContext context, string cacheControl, string contentType)
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

            return Results.Bytes(body, contentType);
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
