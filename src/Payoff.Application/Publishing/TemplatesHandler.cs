using System.Globalization;
using Payoff.Application.Requests;
using Payoff.Core.Publishing;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Publishing;

/// <summary>
/// Report templates: the three built-in ones and the workspace's own (<c>payoff template add|list|show|edit</c>, the API and
/// the Reports page), and the one rule that turns a template and a request's <c>range</c>/<c>from</c>/<c>to</c> into days.
/// </summary>
/// <param name="store">The store a session is opened on.</param>
/// <param name="time">The clock (a range is relative to today in the workspace's time zone).</param>
public sealed class TemplatesHandler(IStore store, TimeProvider time) : IApplicationHandler
{
    /// <summary>The built-in templates, then the workspace's own by name.</summary>
    public static async Task<IReadOnlyList<ReportTemplate>> ListAsync(IStoreSession session, Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        return [.. BuiltInTemplates.All, .. await session.Publishing.TemplatesAsync(workspace, cancellationToken)];
    }

    /// <summary>The template named <paramref name="name"/>.</summary>
    /// <exception cref="RequestException">No template has the name (field <c>template</c>).</exception>
    public static async Task<ReportTemplate> FindAsync(IStoreSession session, Workspace workspace, string? name, CancellationToken cancellationToken = default)
    {
        var all = await ListAsync(session, workspace, cancellationToken);
        var wanted = name?.Trim() ?? string.Empty;
        return all.FirstOrDefault(t => string.Equals(t.Name, wanted, StringComparison.OrdinalIgnoreCase))
            ?? throw new RequestException("template", $"No template is named '{Text.Visible(wanted)}'; there are {string.Join(", ", all.Select(t => t.Name))} (payoff template list).");
    }

    /// <summary>
    /// Adds a template from <c>name</c>, <c>title</c>, <c>sections</c> (comma-separated section names), <c>range</c> and
    /// <c>paper</c>; <c>from-template</c> copies another's fields first (a built-in one to change it).
    /// </summary>
    /// <exception cref="RequestException">A field is missing or wrong, the name is a built-in one's, or it is taken (field named).</exception>
    public async Task<ReportTemplate> AddAsync(Workspace workspace, RequestValues values, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        await using var session = await store.OpenSessionAsync(cancellationToken);
        var name = values.Get("name")?.Trim() ?? throw new RequestException("name", $"Give the template's {values.Name("name")} (monthly-client-kawa).");
        if (BuiltInTemplates.Find(name) is not null)
        {
            throw new RequestException("name", $"'{name}' is a built-in template's name; choose another (e.g. {name}-2).");
        }

        var basis = values.Get("from-template") is { } from ? await FindAsync(session, workspace, from, cancellationToken) : null;
        var template = Read(values, basis, name);
        try
        {
            await session.Publishing.SaveTemplateAsync(workspace, template, replace: false, cancellationToken);
        }
        catch (StoreException e)
        {
            throw new RequestException("name", e.Message);
        }

        return template;
    }

    /// <summary>Changes the fields given of the workspace's own template <c>name</c>; built-in templates are read-only.</summary>
    /// <exception cref="RequestException">No own template has the name, it is built in, or a field is wrong.</exception>
    public async Task<ReportTemplate> EditAsync(Workspace workspace, RequestValues values, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        await using var session = await store.OpenSessionAsync(cancellationToken);
        var current = await FindAsync(session, workspace, values.Get("name"), cancellationToken);
        if (current.BuiltIn)
        {
            throw new RequestException("name", $"'{current.Name}' is built in and cannot be changed; copy it: payoff template add --name {current.Name}-copy --from-template {current.Name}.");
        }

        var template = Read(values, current, current.Name);
        await session.Publishing.SaveTemplateAsync(workspace, template, replace: true, cancellationToken);
        return template;
    }

    /// <summary>
    /// Removes the workspace's own template <c>name</c>. Built-in templates stay; a template a schedule sends or a live share
    /// link shows stays until they are removed or revoked (they would otherwise fail or show nothing).
    /// </summary>
    /// <exception cref="RequestException">No template has the name (field <c>template</c>), or it is built in or a schedule or live share link uses it (field <c>name</c>).</exception>
    public async Task<ReportTemplate> RemoveAsync(Workspace workspace, RequestValues values, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        await using var session = await store.OpenSessionAsync(cancellationToken);
        var current = await FindAsync(session, workspace, values.Get("name"), cancellationToken);

        if (current.BuiltIn)
        {
            throw new RequestException("name", $"'{current.Name}' is built in and cannot be removed.");
        }

        var schedules = (await session.Publishing.SchedulesAsync(workspace, cancellationToken)).Where(s => string.Equals(s.Spec.Template, current.Name, StringComparison.OrdinalIgnoreCase)).Select(s => s.Spec.Name).ToList();
        if (schedules.Count > 0)
        {
            throw new RequestException("name", $"'{current.Name}' is sent by the schedule(s) {string.Join(", ", schedules)}; remove them first (payoff schedule remove NAME).");
        }

        var now = time.GetUtcNow();
        var shares = (await session.Publishing.SharesAsync(workspace, cancellationToken)).Where(s => s.IsLive(now) && string.Equals(s.Spec.Template, current.Name, StringComparison.OrdinalIgnoreCase)).Select(s => s.Id.ToString(CultureInfo.InvariantCulture)).ToList();
        if (shares.Count > 0)
        {
            throw new RequestException("name", $"'{current.Name}' is shown by the live share link(s) {string.Join(", ", shares)}; revoke them first (payoff share revoke ID).");
        }

        await session.Publishing.RemoveTemplateAsync(workspace, current.Name, cancellationToken);
        return current;
    }

    /// <summary>
    /// The days a report of <paramref name="template"/> covers: <c>from</c>/<c>to</c> when given (<see cref="ReportPeriod"/>),
    /// else the <c>range</c> given (<c>last-week</c>, <c>last-month</c>, <c>month-to-date</c>, <c>last-quarter</c>) or the template's,
    /// relative to today in the workspace's time zone (weeks start on Monday).
    /// </summary>
    /// <exception cref="RequestException">A wrong day or range, or <c>range</c> given with <c>from</c>/<c>to</c>.</exception>
    public DateRange Period(RequestValues values, ReportTemplate template, Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(workspace);
        var range = values.Get("range");
        if (values.Get("from") is not null || values.Get("to") is not null)
        {
            return range is null
                ? ReportPeriod.Parse(values, workspace, time)
                : throw new RequestException("range", $"Give {values.Name("range")} or {values.Name("from")}/{values.Name("to")}, not both.");
        }

        var chosen = range is null ? template.Range : ReportRanges.Find(range) ?? throw new RequestException("range", RangeProblem(values, range));
        return ReportRanges.Days(chosen, workspace.Calendar.Today(time));
    }

    private static string RangeProblem(RequestValues values, string text) =>
        $"{values.Name("range")} must be one of {string.Join(", ", ReportRanges.All.Select(ReportRanges.Name))}, not '{Text.Visible(text)}'.";

    private static ReportTemplate Read(RequestValues values, ReportTemplate? basis, string name)
    {
        var title = values.Get("title")?.Trim() ?? basis?.Title ?? throw new RequestException("title", $"Give the report's {values.Name("title")}, the audience it is for (\"Monthly report for Kawa Bar\").");
        IReadOnlyList<ReportSection> sections = basis?.Sections ?? [];
        if (values.Get("sections") is { } list)
        {
            var parsed = new List<ReportSection>();
            foreach (var word in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                parsed.Add(ReportSections.Find(word) ?? throw new RequestException("sections", $"'{Text.Visible(word)}' is not a section; use {string.Join(", ", ReportSections.All.Select(ReportSections.Name))}."));
            }

            sections = parsed;
        }

        var range = values.Get("range") is { } r ? ReportRanges.Find(r) ?? throw new RequestException("range", RangeProblem(values, r)) : basis?.Range ?? ReportRange.LastMonth;
        var paper = FieldChoice.Parse(values, "paper", basis?.Paper ?? PaperSize.A4, ("a4", PaperSize.A4), ("letter", PaperSize.Letter));
        var template = new ReportTemplate(name, title, sections, range) { Paper = paper };
        return template.Problem() is { } problem
            ? throw FieldProblem.Of(values, problem)
            : template;
    }

    /// <summary>A template as the CLI's and API's JSON: name, title, sections, range, paper, built_in.</summary>
    public static System.Text.Json.Nodes.JsonObject Json(ReportTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return new()
        {
            ["name"] = template.Name,
            ["title"] = template.Title,
            ["sections"] = new System.Text.Json.Nodes.JsonArray([.. template.Sections.Select(s => (System.Text.Json.Nodes.JsonNode)ReportSections.Name(s))]),
            ["range"] = ReportRanges.Name(template.Range),
            ["paper"] = template.Paper.ToString().ToUpper(CultureInfo.InvariantCulture),
            ["built_in"] = template.BuiltIn,
        };
    }
}
