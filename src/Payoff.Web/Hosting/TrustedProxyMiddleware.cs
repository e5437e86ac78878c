using Microsoft.AspNetCore.Http;

namespace Payoff.Web.Hosting;

/// <summary>Marks requests whose immediate peer is a configured proxy, before forwarded headers rewrite the peer address.</summary>
public sealed class TrustedProxyMiddleware(RequestDelegate next, WebOptions options)
{
    /// <summary>Runs the middleware.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var peer = context.Connection.RemoteIpAddress;
        if (peer is not null && options.TrustedProxies.Count > 0 && options.TrustedProxies.Any(n => n.Contains(peer.IsIPv4MappedToIPv6 ? peer.MapToIPv4() : peer)))
        {
            context.Items[ClientInfo.TrustedPeerItem] = true;
        }

        return next(context);
    }

}
