using Microsoft.Extensions.DependencyInjection;

namespace Payoff.Application;

/// <summary>Registers the application layer in a host's container.</summary>
public static class PayoffApplication
{
    /// <summary>
    /// Registers every <see cref="IApplicationHandler"/> of this assembly as itself, scoped (one per web
    /// request or CLI command). The host registers the store (<see cref="Core.Stores.IStore"/>) and a
    /// <see cref="TimeProvider"/>.
    /// </summary>
    /// <remarks>
    /// Listed, not discovered: the Native AOT CLI has no type discovery, and the trimmer keeps each handler's
    /// constructor because it is named here. A test checks that the list holds every handler of the assembly.
    /// </remarks>
    public static IServiceCollection AddPayoffApplication(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services
            .AddScoped<Access.ApiKeysHandler>()
            .AddScoped<Access.UsersHandler>()
            .AddScoped<Advocacy.AdvocacyHandler>()
            .AddScoped<Attribution.AttributionHandler>()
            .AddScoped<Benchmark.BenchmarkHandler>()
            .AddScoped<CostSetup.AddFeeHandler>()
            .AddScoped<CostSetup.CostSetupListsHandler>()
            .AddScoped<CostSetup.LogTimeHandler>()
            .AddScoped<CostSetup.RecurTimeHandler>()
            .AddScoped<CostSetup.RemoveCostSetupHandler>()
            .AddScoped<CostSetup.SetConversionValueHandler>()
            .AddScoped<CostSetup.SetCurrencyRateHandler>()
            .AddScoped<CostSetup.SetHourlyRateHandler>()
            .AddScoped<CostsReport.CostsHandler>()
            .AddScoped<Goals.AddGoalHandler>()
            .AddScoped<Goals.ArchiveGoalHandler>()
            .AddScoped<Goals.EditGoalHandler>()
            .AddScoped<Goals.GoalsHandler>()
            .AddScoped<Goals.GoalsReportHandler>()
            .AddScoped<Importing.ImportFileHandler>()
            .AddScoped<Importing.ImportHistoryHandler>()
            .AddScoped<Importing.UndoImportHandler>()
            .AddScoped<Kpi.KpiHandler>()
            .AddScoped<Links.CreateLinkHandler>()
            .AddScoped<Links.EnableLinkHandler>()
            .AddScoped<LinksReport.LinksReportHandler>()
            .AddScoped<Maintenance.RebuildRollupsHandler>()
            .AddScoped<Networks.NetworkPageHandler>()
            .AddScoped<Overview.NextActionsHandler>()
            .AddScoped<Overview.OverviewHandler>()
            .AddScoped<Publishing.ReportDocumentBuilder>()
            .AddScoped<Publishing.TemplatesHandler>()
            .AddScoped<Publishing.SchedulesHandler>()
            .AddScoped<Publishing.SharesHandler>()
            .AddScoped<Publishing.BrandingHandler>()
            .AddScoped<Publishing.ArchiveHandler>()
            .AddScoped<Publishing.AlertChecks>()
            .AddScoped<Publishing.AlertsHandler>()
            .AddScoped<Paths.PathsHandler>()
            .AddScoped<Roi.RoiHandler>()
            .AddScoped<Sites.AddSiteHandler>()
            .AddScoped<Social.SocialHandler>()
            .AddScoped<Content.ContentHandler>()
            .AddScoped<Content.BestTimeHandler>()
            .AddScoped<Experiments.ExperimentsHandler>()
            .AddScoped<Conversations.ConversationsHandler>()
            .AddScoped<Conversations.ConversationReportHandler>()
            .AddScoped<Conversations.ServiceReportHandler>()
            .AddScoped<Audience.AudienceHandler>()
            .AddScoped<Sources.SourcesHandler>()
            .AddScoped<Verdict.VerdictHandler>()
            .AddScoped<Workspaces.CreateWorkspaceHandler>()
            .AddScoped<Workspaces.WorkspaceSettingsHandler>();
    }
}
