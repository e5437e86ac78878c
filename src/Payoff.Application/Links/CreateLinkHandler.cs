using Payoff.Application.Requests;
using Payoff.Core.Channels;
using Payoff.Core.Links;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Links;

/// <summary>Creates a tracked short link (<c>payoff link create</c>, <c>POST /api/links</c>, the Links page's form).</summary>
public sealed class CreateLinkHandler(IStore store) : IApplicationHandler
{
    /// <summary>Plans the link (<see cref="PlanAsync"/>) and stores it in one session.</summary>
    /// <exception cref="RequestException">The destination or the tags are wrong (<see cref="LinkPlan.Error"/>'s sentence).</exception>
    /// <exception cref="StoreException">The slug is taken (the API answers 409).</exception>
    public Task<CreatedLink> HandleAsync(Workspace workspace, LinkRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(request);
        return store.WriteAsync(async session =>
        {
            var plan = await PlanAsync(session, workspace, request, cancellationToken);
            return plan.Error is not null
                ? throw new RequestException(plan.Error)
                : new CreatedLink(await session.Links.AddAsync(workspace, plan.Slug, plan.Destination!, plan.Tags!, cancellationToken), plan.Warnings);
        }, cancellationToken);
    }

    /// <summary>
    /// What the link would be, without storing it: the tagged URL or the error, and the consistency warnings against the
    /// workspace's sites and existing links (the one plan of the CLI, the API, the page and its live preview).
    /// </summary>
    public static async Task<LinkPlan> PlanAsync(IStoreSession session, Workspace workspace, LinkRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var domains = (await session.Sites.ListAsync(workspace, cancellationToken)).Select(s => s.Domain).ToList();
        var existing = await session.Links.ListAsync(workspace, cancellationToken);
        return LinkPlanner.Plan(request, domains, existing.Select(l => l.Tags), ChannelClassifier.Default);
    }
}
