using Microsoft.AspNetCore.Routing;
using Payoff.Web.Components;

namespace Payoff.Web.Content;

/// <summary>The Content page's exports.</summary>
public static class ContentExport
{
    /// <summary>
    /// Maps <c>/export/content?table=posts|groups|hashtags|best-time|experiments|audience&amp;format=csv|xlsx&amp;…</c>: a
    /// table of the page's own model (the same cache entry the page shows; a network page's content tables too).
    /// </summary>
    public static IEndpointRouteBuilder MapContentExport(this IEndpointRouteBuilder app) =>
        app.MapPageExport<ContentHandlers, ContentModel>("content", (handlers, scope, ct) => ContentModel.BuildAsync(scope, handlers, ct), m => m.Tables);
}
