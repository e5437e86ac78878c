using System.Net;
using Microsoft.AspNetCore.Http;

namespace Payoff.Web.Hosting;

/// <summary>What the service knows of the client of a request: its resolved IP, user agent and proxy-reported country.</summary>
/// <param name="Ip">The client IP: the peer, or the forwarded address when the peer is a trusted proxy.</param>
/// <param name="UserAgent">The <c>User-Agent</c> header (never stored).</param>
/// <param name="Country">The country a trusted proxy reported (<c>CF-IPCountry</c>), if any.</param>
public sealed record ClientInfo(string Ip, string UserAgent, string? Country)
{
    /// <summary>The item key under which <see cref="TrustedProxyMiddleware"/> marks requests from trusted proxies.</summary>
    public const string TrustedPeerItem = "payoff.trusted-peer";

    /// <summary>The client of <paramref name="context"/>.</summary>
    public static ClientInfo Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ip = AddressOf(context);
        string? country = null;
        if (context.Items.ContainsKey(TrustedPeerItem))
        {
            var header = context.Request.Headers["CF-IPCountry"].ToString();
            country = header.Length == 2 && header.All(char.IsAsciiLetter) && header != "XX" ? header.ToUpperInvariant() : null;
        }

        return new ClientInfo(ip.ToString(), context.Request.Headers.UserAgent.ToString(), country);
    }

    /// <summary>The client IP of <paramref name="context"/> (<see cref="Ip"/> before it is written as text): IPv4 for an IPv4-mapped peer.</summary>
    public static IPAddress AddressOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ip = context.Connection.RemoteIpAddress ?? IPAddress.None;
        return ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip;
    }
}
