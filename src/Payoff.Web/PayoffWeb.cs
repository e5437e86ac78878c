using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Payoff.Publishing;
using Payoff.Web.Advocacy;
using Payoff.Web.Attribution;
using Payoff.Web.Collect;
using Payoff.Web.Components;
using Payoff.Web.Costs;
using Payoff.Web.Conversations;
using Payoff.Web.Experiments;
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

        // JSON lines for a log collector (stdout redirected, or PAYOFF_LOG_FORMAT=json); one readable line per event on a terminal.
        var format = Environment.GetEnvironmentVariable("PAYOFF_LOG_FORMAT");
        if (string.Equals(format, "json", StringComparison.OrdinalIgnoreCase) || (format is null && Console.IsOutputRedirected))
        {
            builder.Logging.AddJsonConsole(o =>
            {
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
        }
        else
        {
            builder.Logging.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "HH:mm:ss ";
            });
        }

        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));

        builder.Services.AddPayoffStore(options);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<IngestService>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<IngestService>());
        builder.Services.AddHostedService<RetentionService>();
        builder.Services.AddPayoffPublishing(options.Environment);
        builder.Services.AddHostedService<PublishingService>();
        builder.Services.AddSingleton<SiteDirectory>();
        builder.Services.AddSingleton<LinkDirectory>();
        builder.Services.AddSingleton<VisitorIdentity>();
        builder.Services.AddSingleton(_ => new HitClassifier());
        builder.Services.AddSingleton<CollectHandler>();
        builder.Services.AddSingleton<SiteRateLimiter>();
        builder.Services.AddSingleton<LinkRateLimiter>();
        builder.Services.AddPayoffSecurity(options);
        builder.Services.AddSingleton<DashboardCache>();
        builder.Services.AddScoped<Content.ContentHandlers>();
        builder.Services.AddRazorComponents();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddPayoffOpenApi();
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.KebabCaseLower));
        });
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UsePayoffProxiesAndHeaders(options);

        // Routing right after the client's address is settled, so that the collect endpoint (public, no cookie, its
        // own rate limit and key check) answers straight from routing, past the middleware below that it never needs.
        app.UseRouting();
        app.UseDataVersion();
        app.UsePayoffSecurity();
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
        app.MapReportFiles();
        app.MapImports();
        app.MapGoals();
        app.MapExperiments();
        app.MapConversations();
        app.MapAdvocacy();
        app.MapMoney();
        app.MapCostSetup();
        app.MapAttribution();
        app.MapDashboard();
        return app;
    }
}
