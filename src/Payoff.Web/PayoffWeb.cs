using Payoff.Application;
using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Payoff.Web.Access;
using Payoff.Web.Attribution;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Payoff.Web.Collect;
using Payoff.Web.Components;
using Payoff.Web.Costs;
using Payoff.Web.Goals;
using Payoff.Web.Hosting;
using Payoff.Web.Links;
using Payoff.Web.Reports;
using Payoff.Web.Script;
using Payoff.Web.Status;
using Payoff.Web.Uploading;

namespace Payoff.Web;

/// <summary>Builds the <c>payoff serve</c> application. Reads as the table of contents of the service.</summary>
public static class PayoffWeb
{
    /// <summary>Builds the app; <paramref name="configure"/> lets tests swap the server (TestServer) or logging.</summary>
    /// <exception cref="Core.Stores.StoreException">The database cannot be opened (another process holds it, or it is newer).</exception>
    public static WebApplication Build(WebOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = "Payoff" });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(o =>
        {
            o.UseUtcTimestamp = true;
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
        });
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));

        using (var bootstrap = LoggerFactory.Create(l => l.AddJsonConsole()))
        {
            // Opened now so a second process fails before anything listens.
            builder.Services.AddSingleton(new StoreGate(options, bootstrap.CreateLogger<StoreGate>()));
        }

        builder.Services.AddSingleton<Core.Stores.IStore>(sp => sp.GetRequiredService<StoreGate>());
        builder.Services.AddSingleton(options.Time);
        builder.Services.AddPayoffApplication();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<IngestService>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<IngestService>());
        builder.Services.AddSingleton<SiteDirectory>();
        builder.Services.AddSingleton<LinkDirectory>();
        builder.Services.AddSingleton<ApiKeyDirectory>();
        builder.Services.AddSingleton<VisitorIdentity>();
        builder.Services.AddSingleton<CollectHandler>();
        builder.Services.AddSingleton<SiteRateLimiter>();
        builder.Services.AddAuthentication(ApiKeyDefaults.Scheme)
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
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(ApiKeyDefaults.ReadPolicy, p => p.RequireClaim(ApiKeyDefaults.WorkspaceClaim))
            .AddPolicy(ApiKeyDefaults.WritePolicy, p => p.RequireClaim(ApiKeyDefaults.ScopeClaim, "write"))
            .SetDefaultPolicy(new AuthorizationPolicyBuilder(CookieAuthenticationDefaults.AuthenticationScheme).RequireAuthenticatedUser().Build());
        builder.Services.AddSingleton<LoginThrottle>();
        builder.Services.AddSingleton<SessionStamps>();
        builder.Services.AddSingleton<DashboardCache>();
        builder.Services.AddSingleton<FirstRun>();
        builder.Services.AddRazorComponents();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "payoff_antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        builder.Services.AddRateLimiter(o =>
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
            o.AddPolicy(LinkEndpoints.RedirectPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                ClientInfo.Of(context).Ip,
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.LinkRequestsPerMinutePerIp, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.Request.Path.StartsWithSegments("/api") && context.Request.Path != "/api/event"
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        ApiKeyDefaults.RateLimitPartition(context),
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = options.ApiRequestsPerMinutePerKey, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter(string.Empty));
        });
        if (options.TrustedProxies.Count > 0)
        {
            builder.Services.Configure<ForwardedHeadersOptions>(o =>
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

        builder.Services.AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.KebabCaseLower));
        });
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseMiddleware<TrustedProxyMiddleware>();
        if (options.TrustedProxies.Count > 0)
        {
            app.UseForwardedHeaders();
        }

        app.Use(async (context, next) =>
        {
            // Pages run no inline script: the policy forbids it, along with framing and foreign forms.
            if ((!context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/api/docs")) && context.Request.Path != "/p.js")
            {
                context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
                context.Response.Headers.XContentTypeOptions = "nosniff";
                context.Response.Headers["Referrer-Policy"] = "same-origin";
            }

            await next(context);

            // A request that may have written marks the data changed, so cached report pages are recomputed.
            if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method) && !HttpMethods.IsOptions(context.Request.Method)
                && context.Request.Path != "/api/event" && context.Request.Path != "/login")
            {
                context.RequestServices.GetRequiredService<StoreGate>().Changed();
            }
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<QueryValueCheck>();
        app.UseAntiforgery();
        app.UseRateLimiter();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.UseSwaggerUI(o =>
        {
            // The API's reference, browsable: Swagger UI over the OpenAPI document, served from this server (no CDN).
            o.RoutePrefix = "api/docs";
            o.DocumentTitle = "Payoff API";
            o.SwaggerEndpoint("/openapi/v1.json", "Payoff API v1");
        });
        app.MapStatus();
        app.MapScript();
        app.MapCollect();
        app.MapLinks();
        app.MapReports();
        app.MapImports();
        app.MapGoals();
        app.MapMoney();
        app.MapCostSetup();
        app.MapAttribution();
        app.MapDashboard();
        return app;
    }

}
