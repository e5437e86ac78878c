using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Payoff.Core.Access;
using Payoff.Core.Stores;

namespace Payoff.Web.Hosting;

/// <summary>
/// ASP.NET Core's data-protection key ring kept in the store (<see cref="IKeyRingStore"/>) when several nodes serve one
/// ClickHouse store (issue 21 §6): every node reads and writes the same ring under the one application name
/// <see cref="ApplicationName"/>, so a sign-in cookie or antiforgery token one node wrote opens on every other. A single
/// server of the embedded file keeps ASP.NET Core's own file-system ring (its store admits one session at a time, and the
/// ring is read while a request may hold it).
/// </summary>
public static class StoreKeyRing
{
    /// <summary>The data-protection application name every node shares (ASP.NET Core's default is the content root, which differs per node).</summary>
    public const string ApplicationName = "Payoff";

    /// <summary>Keeps the key ring in the store.</summary>
    public static IServiceCollection AddStoreKeyRing(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = new Repository(sp.GetRequiredService<IStore>())));
        return services;
    }

    /// <summary>The ring's elements through short sessions of the store (ASP.NET Core calls these synchronously and caches the ring).</summary>
    private sealed class Repository(IStore store) : IXmlRepository
    {
        public IReadOnlyCollection<XElement> GetAllElements() => Task.Run(async () =>
        {
            await using var session = await store.OpenSessionAsync().ConfigureAwait(false);
            return (IReadOnlyCollection<XElement>)[.. (await session.KeyRing.ReadAsync().ConfigureAwait(false)).Select(e => XElement.Parse(e.Xml))];
        }).GetAwaiter().GetResult();

        public void StoreElement(XElement element, string friendlyName) => Task.Run(async () =>
        {
            await using var session = await store.OpenSessionAsync().ConfigureAwait(false);
            await session.KeyRing.AddAsync(new KeyRingElement(friendlyName, element.ToString(SaveOptions.DisableFormatting))).ConfigureAwait(false);
        }).GetAwaiter().GetResult();
    }
}
