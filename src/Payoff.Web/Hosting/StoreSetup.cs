using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Payoff.Application;
using Payoff.Core.Stores;

namespace Payoff.Web.Hosting;

/// <summary>
/// The service's data: the store (one DuckDB file, opened at build time so a second process fails before
/// anything listens), the application layer's handlers over it, and the data version that cached report
/// pages are checked against. With <see cref="StoreGate"/>, the one place of Web that names the storage engine.
/// </summary>
public static class StoreSetup
{
    /// <summary>Registers <see cref="StoreGate"/> as the <see cref="IStore"/>, the clock and every application handler.</summary>
    /// <exception cref="StoreException">The database cannot be opened (another process holds it, or it is newer).</exception>
    public static IServiceCollection AddPayoffStore(this IServiceCollection services, WebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        using (var bootstrap = LoggerFactory.Create(l => l.AddJsonConsole()))
        {
            services.AddSingleton(new StoreGate(options, bootstrap.CreateLogger<StoreGate>()));
        }

        services.AddSingleton<IStore>(sp => sp.GetRequiredService<StoreGate>());
        if (options.Store is not null)
        {
            services.AddStoreKeyRing();
        }

        services.AddSingleton(options.Time);
        services.AddPayoffApplication();
        return services;
    }

    /// <summary>
    /// Marks the data changed after every request that may have written (anything but GET, HEAD, OPTIONS,
    /// collected events and sign-in), so cached report pages are recomputed.
    /// </summary>
    public static IApplicationBuilder UseDataVersion(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            await next(context);
            if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method) && !HttpMethods.IsOptions(context.Request.Method)
                && context.Request.Path != "/api/event" && context.Request.Path != "/login")
            {
                context.RequestServices.GetRequiredService<IStore>().Changed();
            }
        });
}
