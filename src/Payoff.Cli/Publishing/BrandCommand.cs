using System.CommandLine;
using Payoff.Application.Json;
using Payoff.Application.Publishing;
using Payoff.Cli.Output;
using Payoff.Cli.Reports;
using Spectre.Console;

namespace Payoff.Cli.Publishing;

/// <summary><c>payoff brand show|set</c>: the workspace's white-label settings for PDFs, e-mails and shared views.</summary>
public static class BrandCommand
{
    /// <summary>Builds <c>payoff brand</c>.</summary>
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var brand = new Command("brand", "White-label: the logo, colours, agency name, contact and footer line of PDFs, e-mails and shared views.");
        var format = FormatOption.Create(allowCsv: false);
        var show = new Command("show", "Show the workspace's white-label settings.") { format };
        show.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var branding = await scope.Handler<BrandingHandler>().GetAsync(scope.Workspace, cancellationToken);
            var json = PublishingJson.Branding(branding);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                context.Out.WriteLine(ReportJson.Text(json));
                return 0;
            }

            foreach (var (key, value) in json)
            {
                // Text as it reads ("Łódź", not "\u0141ódź"); numbers, booleans and lists as JSON writes them.
                var text = value is null ? "—" : value.GetValueKind() == System.Text.Json.JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString(Output.Json.Options);
                context.Console.MarkupLine($"{key}: {Display.Text(text)}");
            }

            return 0;
        });
        brand.Add(show);
        brand.Add(Set(context));
        return brand;
    }

    private static Command Set(CliContext context)
    {
        var agency = new Option<string?>("--agency") { Description = "The agency's name, shown as the sender (empty to clear)." };
        var contact = new Option<string?>("--contact") { Description = "A contact line: e-mail, phone or site (empty to clear)." };
        var footer = new Option<string?>("--footer") { Description = "A footer line on every page (empty to clear)." };
        var primary = new Option<string?>("--primary") { Description = "Headings and the first chart colour, #RRGGBB (empty for Payoff's)." };
        var accent = new Option<string?>("--accent") { Description = "Rules and the second chart colour, #RRGGBB (empty for Payoff's)." };
        var hide = new Option<string?>("--hide-payoff") { Description = "true to leave out every mention of Payoff, false to show it." };
        var logo = new Option<FileInfo?>("--logo") { Description = "A PNG or JPEG file of at most 512 KiB." };
        var noLogo = new Option<bool>("--no-logo") { Description = "Remove the logo." };
        var command = new Command("set", "Change white-label settings; options not given stay as they are.") { agency, contact, footer, primary, accent, hide, logo, noLogo };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var values = ReportOptions.Values(parse, agency, contact, footer, primary, accent, hide);
            byte[]? bytes = null;
            if (parse.GetValue(logo) is { } file)
            {
                if (!file.Exists)
                {
                    throw new CliException($"--logo: {file.FullName} does not exist.");
                }

                if (file.Length > Core.Publishing.WorkspaceBranding.MaxLogoBytes)
                {
                    throw new CliException($"--logo: {file.FullName} is {file.Length / 1024} KiB; the logo must be a PNG or JPEG of at most 512 KiB.");
                }

                bytes = await File.ReadAllBytesAsync(file.FullName, cancellationToken);
            }

            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var saved = await scope.Handler<BrandingHandler>().SetAsync(scope.Workspace, values, bytes, parse.GetValue(noLogo), cancellationToken);
            context.Console.MarkupLine($"White-label settings saved: {Display.Text(saved.AgencyName ?? scope.Workspace.Name)}, {saved.Primary}/{saved.Accent}{(saved.Logo is null ? string.Empty : ", logo")}{(saved.HidePayoff ? ", Payoff's name hidden" : string.Empty)}.");
            return 0;
        });
        return command;
    }
}
