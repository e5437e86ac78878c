using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Payoff.Web.Script;

/// <summary>Serves the website script at <c>/p.js</c>.</summary>
public static class ScriptEndpoints
{
    private static readonly Lazy<byte[]> Script = new(() =>
    {
        using var stream = typeof(ScriptEndpoints).Assembly.GetManifestResourceStream("Payoff.Web.Script.p.js")
            ?? throw new InvalidOperationException("The embedded script is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapScript(this IEndpointRouteBuilder app)
    {
        app.MapGet("/p.js", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=3600";
            context.Response.Headers.AccessControlAllowOrigin = "*";
            return Results.Bytes(Script.Value, "text/javascript; charset=utf-8");
        }).WithName("Script").WithTags("Collect").WithSummary("The website script (no dependencies; one <script> tag to install).");
        return app;
    }
}
