using System.IO.Compression;
using System.Net;

namespace Payoff.Web.Tests;

/// <summary>The charts' scripts come from Payoff itself: compressed when the client accepts it, cached, revalidated by their ETag.</summary>
public sealed class ChartAssetsTests
{
    [Fact]
    public async Task ECharts_is_served_by_payoff_in_brotli_gzip_or_plain_and_kept_a_year()
    {
        await using var app = new PayoffAppFactory();
        var client = app.Client();

        var plain = await GetAsync(client, "/echarts-6.1.0.min.js", null);
        var bytes = await plain.Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Equal("text/javascript; charset=utf-8", plain.Content.Headers.ContentType!.ToString());
        Assert.Contains("max-age=31536000", plain.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Contains("immutable", plain.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("\n/*\n* Licensed to the Apache Software Foundation", System.Text.Encoding.UTF8.GetString(bytes, 0, 60).Replace("\r", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);

        var br = await GetAsync(client, "/echarts-6.1.0.min.js", "gzip, deflate, br");
        Assert.Equal("br", Assert.Single(br.Content.Headers.ContentEncoding));
        var compressed = await br.Content.ReadAsByteArrayAsync();
        Assert.True(compressed.Length < bytes.Length / 3, $"{compressed.Length} of {bytes.Length} bytes");
        Assert.Equal(bytes, Decompress(compressed, s => new BrotliStream(s, CompressionMode.Decompress)));

        var gzip = await GetAsync(client, "/echarts-6.1.0.min.js", "gzip, br;q=0");
        Assert.Equal("gzip", Assert.Single(gzip.Content.Headers.ContentEncoding));
        Assert.Equal(bytes, Decompress(await gzip.Content.ReadAsByteArrayAsync(), s => new GZipStream(s, CompressionMode.Decompress)));
        Assert.Contains("Accept-Encoding", gzip.Headers.Vary);

        // Payoff's own chart script: revalidated every time, 304 while unchanged.
        var charts = await GetAsync(client, "/charts.js", null);
        Assert.Contains("no-cache", charts.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Contains("echarts.init", await charts.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var again = new HttpRequestMessage(HttpMethod.Get, "/charts.js");
        again.Headers.TryAddWithoutValidation("If-None-Match", charts.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string? acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        return await client.SendAsync(request);
    }

    private static byte[] Decompress(byte[] data, Func<Stream, Stream> decompressor)
    {
        using var input = new MemoryStream(data);
        using var stream = decompressor(input);
        using var output = new MemoryStream();
        stream.CopyTo(output);
        return output.ToArray();
    }
}
