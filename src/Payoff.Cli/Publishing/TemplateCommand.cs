using System.CommandLine;
using Payoff.Application.Json;
using Payoff.Application.Publishing;
using Payoff.Application.Requests;
using Payoff.Application.Tables;
using Payoff.Cli.Output;
using Payoff.Cli.Reports;
using Payoff.Core.Publishing;
using Spectre.Console;
using TableRow = Payoff.Application.Tables.TableRow;

namespace Payoff.Cli.Publishing;

/// <summary><c>payoff template add|list|show|edit</c>: report templates through <see cref="TemplatesHandler"/>.</summary>
public static class TemplateCommand
{
    /// <summary>Builds <c>payoff template</c>.</summary>
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var template = new Command("template", "Report templates: which sections a PDF, an e-mail or a shared view shows, over which period, for whom.");
        template.Add(Add(context));
        template.Add(List(context));
        template.Add(Show(context));
        template.Add(Edit(context));
        template.Add(Remove(context));
        return template;
    }

    private static string SectionNames => string.Join(", ", ReportSections.All.Select(ReportSections.Name));

    private static string RangeNames => string.Join(", ", ReportRanges.All.Select(ReportRanges.Name));

    private static Command Add(CliContext context)
    {
        var name = new Option<string?>("--name") { Description = "Its name: lower-case letters, digits and '-' (monthly-client-kawa).", Required = true };
        var (title, sections, range, paper) = Fields();
        var copy = new Option<string?>("--from-template") { Description = "Start from this template's fields (a built-in one to change it)." };
        var command = new Command("add", "Add a report template.") { name, title, sections, range, paper, copy };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var values = ReportOptions.Values(parse, name, title, sections, range, paper, copy);
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var added = await scope.Handler<TemplatesHandler>().AddAsync(scope.Workspace, values, cancellationToken);
            context.Console.MarkupLine($"Added template [bold]{Display.Text(added.Name)}[/]: {Display.Text(Describe(added))}.");
            context.Console.MarkupLine($"Make its PDF: [bold]payoff report pdf --template {Display.Text(added.Name)} -o report.pdf[/]");
            return 0;
        });
        return command;
    }

    private static Command Edit(CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "The template's name (payoff template list)." };
        var (title, sections, range, paper) = Fields();
        var command = new Command("edit", "Change a template of the workspace's own (built-in ones are read-only: copy one with template add --from-template).") { name, title, sections, range, paper };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var values = ReportOptions.Values(parse, title, sections, range, paper);
            var fields = values.Values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
            fields["name"] = parse.GetValue(name);
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var edited = await scope.Handler<TemplatesHandler>().EditAsync(scope.Workspace, values with { Values = fields }, cancellationToken);
            context.Console.MarkupLine($"Changed template [bold]{Display.Text(edited.Name)}[/]: {Display.Text(Describe(edited))}.");
            return 0;
        });
        return command;
    }

    private static Command Remove(CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "The template's name (payoff template list)." };
        var command = new Command("remove", "Remove a template of the workspace's own (not a built-in one, not one a schedule sends or a live share link shows).") { name };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var fields = new Dictionary<string, string?>(StringComparer.Ordinal) { ["name"] = parse.GetValue(name) };
            var removed = await scope.Handler<TemplatesHandler>().RemoveAsync(scope.Workspace, new RequestValues(fields), cancellationToken);
            context.Console.MarkupLine($"Removed template [bold]{Display.Text(removed.Name)}[/]; the files made from it stay in the archive.");
            return 0;
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        var format = FormatOption.Create();
        var command = new Command("list", "List the templates: the three built-in ones, then the workspace's own.") { format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, holdSession: true, cancellationToken);
            var all = await TemplatesHandler.ListAsync(scope.Session, scope.Workspace, cancellationToken);
            TableOutput.Write(
                context,
                parse.GetValue(format),
                () => new System.Text.Json.Nodes.JsonObject { ["workspace"] = scope.Workspace.Name, ["templates"] = new System.Text.Json.Nodes.JsonArray([.. all.Select(t => (System.Text.Json.Nodes.JsonNode)TemplatesHandler.Json(t))]) },
                () => Table(all),
                $"Report templates · {Display.Text(scope.Workspace.Name)}",
                "No templates.");
            return 0;
        });
        return command;
    }

    private static Command Show(CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "The template's name." };
        var format = FormatOption.Create(allowCsv: false);
        var command = new Command("show", "Show a template: its title, sections, period and paper.") { name, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, holdSession: true, cancellationToken);
            var template = await TemplatesHandler.FindAsync(scope.Session, scope.Workspace, parse.GetValue(name), cancellationToken);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                context.Out.WriteLine(ReportJson.Text(TemplatesHandler.Json(template)));
                return 0;
            }

            context.Console.MarkupLine($"[bold]{Display.Text(template.Name)}[/]{(template.BuiltIn ? " (built in)" : string.Empty)}: {Display.Text(template.Title)}");
            context.Console.MarkupLine($"Period: {ReportRanges.Name(template.Range)} (weeks start on Monday); paper: {template.Paper}.");
            foreach (var section in template.Sections)
            {
                context.Console.MarkupLine($"  • {ReportSections.Name(section)} — {Display.Text(ReportSections.Title(section))}");
            }

            return 0;
        });
        return command;
    }

    private static (Option<string?> Title, Option<string?> Sections, Option<string?> Range, Option<string?> Paper) Fields() =>
        (new Option<string?>("--title") { Description = "The audience title printed at the top (\"Monthly report for Kawa Bar\")." },
         new Option<string?>("--sections") { Description = $"The sections in order, separated by commas: {SectionNames}." },
         new Option<string?>("--range") { Description = $"The period it reports by default: {RangeNames} (weeks start on Monday)." },
         new Option<string?>("--paper") { Description = "a4 (default) or letter." });

    private static string Describe(ReportTemplate t) =>
        $"\"{t.Title}\", {ReportRanges.Name(t.Range)}, {t.Paper}, sections {string.Join(", ", t.Sections.Select(ReportSections.Name))}";

    private static ReportTable Table(IReadOnlyList<ReportTemplate> all) => new(
        "templates",
        "Report templates",
        [new("Name"), new("Title"), new("Period"), new("Paper"), new("Sections"), new("Built in")],
        [.. all.Select(t => new TableRow([t.Name, t.Title, ReportRanges.Name(t.Range), t.Paper.ToString(), string.Join(", ", t.Sections.Select(ReportSections.Name)), t.BuiltIn ? "yes" : "no"]))]);
}
