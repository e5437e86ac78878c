using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Payoff.Web.Access;

namespace Payoff.Web.Hosting;

/// <summary>
/// Who may do what, declared once: the API-key scheme and the dashboard's sign-in cookie, the read and write
/// policies, antiforgery, rate limits (per API key; short links and collect check their own), trusted proxies and the response
/// headers that keep pages from running foreign script or being framed.
/// </summary>
public static class SecuritySetup
{
    /// <summary>Registers authentication, authorization, antiforgery, rate limits, forwarded headers, and endpoint binding that throws (answered by <see cref="BodyErrors"/>).</summary>
    public static IServiceCollection AddPayoffSecurity(this IServiceCollection services, WebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // A body an endpoint cannot bind throws, in every environment, so that BodyErrors answers it with a sentence.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddSingleton<ApiKeyDirectory>();
        services.AddSingleton<LoginThrottle>();
        services.AddSingleton<SessionStamps>();
        services.AddSingleton<FirstRun>();
        services.AddAuthentication(ApiKeyDefaults.Scheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyHandler>(ApiKeyDefaults.Scheme, null)
            .AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, o =>
            {
                // The dashboard's sign-in cookie: not readable by script, sent to this site only, Secure whenever the request is HTTPS.
                o.LoginPath = "/login";
                o.Cookie.Name = "payoff_session";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.Events.OnValidatePrincipal = context => context.HttpContext.RequestServices.GetRequiredService<SessionStamps>().ValidateAsync(context);
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(ApiKeyDefaults.ReadPolicy, p => p.RequireClaim(ApiKeyDefaults.WorkspaceClaim))
            .AddPolicy(ApiKeyDefaults.WritePolicy, p => p.RequireClaim(ApiKeyDefaults.ScopeClaim, "write"))
            .SetDefaultPolicy(new AuthorizationPolicyBuilder(CookieAuthenticationDefaults.AuthenticationScheme).RequireAuthenticatedUser().Build());
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "payoff_antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddMemoryCache();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
                {
                    context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)retry.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                }

                return ValueTask.CompletedTask;
            };
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.Request.Path.StartsWithSegments("/api") && context.Request.Path != "/api/event"
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        ApiKeyDefaults.RateLimitPartition(context),
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = options.ApiRequestsPerMinutePerKey, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : context.Request.Path.StartsWithSegments("/share")
                        // Public share views: at most two built at once, a short queue, then 429 with Retry-After, so a burst
                        // of openings (or of guessed tokens) cannot hold the store from collect and the dashboard.
                        ? RateLimitPartition.GetConcurrencyLimiter("share", _ => new ConcurrencyLimiterOptions { PermitLimit = 2, QueueLimit = 16, QueueProcessingOrder = QueueProcessingOrder.OldestFirst })
                        : RateLimitPartition.GetNoLimiter(string.Empty));
        });
        if (options.TrustedProxies.Count > 0)
        {
            services.Configure<ForwardedHeadersOptions>(o =>
            {
                o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
                o.KnownProxies.Clear();
                o.KnownIPNetworks.Clear();
                foreach (var network in options.TrustedProxies)
                {
                    o.KnownIPNetworks.Add(network);
                }
            });
        }

        return services;
    }

    /// <summary>Trusted proxies' forwarded headers and the response headers of pages (no inline script, no framing, no foreign forms).</summary>
    public static IApplicationBuilder UsePayoffProxiesAndHeaders(this IApplicationBuilder app, WebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        app.UseMiddleware<TrustedProxyMiddleware>();
        if (options.TrustedProxies.Count > 0)
        {
            app.UseForwardedHeaders();
        }

        return app.Use(async (context, next) =>
        {
            // Pages run no inline script: the policy forbids it, along with framing and foreign forms.
            if ((!context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/api/docs")) && context.Request.Path != "/p.js")
            {
                context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
                context.Response.Headers.XContentTypeOptions = "nosniff";
                context.Response.Headers["Referrer-Policy"] = "same-origin";
            }

            await next(context);
        });
    }

    /// <summary>Authentication, authorization, the query-value check, the body-binding answer (<see cref="BodyErrors"/>), antiforgery and rate limits, in that order.</summary>
    public static IApplicationBuilder UsePayoffSecurity(this IApplicationBuilder app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<QueryValueCheck>();
        app.UseMiddleware<BodyErrors>();
        app.UseAntiforgery();
        app.UseRateLimiter();
        if (app.ApplicationServices.GetRequiredService<WebOptions>().Store is not null)
        {
            // Several nodes serve the store: the API's limit counts every node's requests.
            app.UseMiddleware<SharedApiRateLimit>();
        }

        return app;
    }
}
