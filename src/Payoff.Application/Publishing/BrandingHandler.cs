using Payoff.Application.Requests;
using Payoff.Core.Publishing;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Publishing;

/// <summary>White-label settings per workspace (<c>payoff brand show|set</c>, the settings page), used by PDFs, e-mails and shared views.</summary>
/// <param name="store">The store a session is opened on.</param>
public sealed class BrandingHandler(IStore store) : IApplicationHandler
{
    /// <summary>The workspace's settings.</summary>
    public async Task<WorkspaceBranding> GetAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        await using var session = await store.OpenSessionAsync(cancellationToken);
        return await session.Publishing.BrandingAsync(workspace, cancellationToken);
    }

    /// <summary>
    /// Changes the fields given — <c>agency</c>, <c>contact</c>, <c>footer</c>, <c>primary</c>, <c>accent</c> (<c>#RRGGBB</c>),
    /// <c>hide-payoff</c> (<c>true</c>/<c>false</c>) — and the logo when <paramref name="logo"/> is given; an empty value clears a
    /// field, and <paramref name="clearLogo"/> removes the logo.
    /// </summary>
    /// <exception cref="RequestException">A value is wrong (field named).</exception>
    public async Task<WorkspaceBranding> SetAsync(Workspace workspace, RequestValues values, byte[]? logo, bool clearLogo, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        await using var session = await store.OpenSessionAsync(cancellationToken);
        var now = await session.Publishing.BrandingAsync(workspace, cancellationToken);
        string? Field(string field, string? current) => values.Get(field) is { } given ? (given.Trim().Length == 0 ? null : given.Trim()) : current;
        var hide = FieldChoice.Parse(values, "hide-payoff", now.HidePayoff, ("true", true), ("false", false), ("yes", true), ("no", false), ("on", true), ("off", false));
        var branding = new WorkspaceBranding(
            Field("agency", now.AgencyName),
            Field("contact", now.Contact),
            Field("footer", now.Footer),
            Field("primary", now.PrimaryColor)?.ToUpperInvariant(),
            Field("accent", now.AccentColor)?.ToUpperInvariant(),
            clearLogo ? null : logo ?? now.Logo,
            hide);
        if (branding.Problem() is { } problem)
        {
            throw FieldProblem.Of(values, problem);
        }

        await session.Publishing.SetBrandingAsync(workspace, branding, cancellationToken);
        return branding;
    }
}
