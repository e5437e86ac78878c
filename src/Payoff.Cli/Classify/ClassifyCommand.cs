using System.CommandLine;
using System.Text.Json.Nodes;
using Payoff.Cli.Output;
using Payoff.Core.Channels;
using Payoff.Import.Native;
using Spectre.Console;

namespace Payoff.Cli.Classify;

/// <summary><c>payoff classify --url URL [--referrer URL]</c>: how Payoff reads one hit, to check tagging.</summary>
public static class ClassifyCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var url = new Option<string>("--url") { Description = "The landing page URL, with its UTM tags.", Required = true };
        var referrer = new Option<string?>("--referrer") { Description = "The referrer URL, if any." };
        var format = FormatOption.Create(allowCsv: false);
        var command = new Command("classify", "Show the channel, network, source, medium, campaign, content, term and click id Payoff reads from a URL.") { url, referrer, format };
        command.SetAction(parse =>
        {
            var landing = parse.GetValue(url)!.Trim();
            if (!FieldParser.TryParseUrl(landing, allowApp: false, out var error))
            {
                throw new CliException($"--url: {error}");
            }

            var from = parse.GetValue(referrer);
            if (!string.IsNullOrWhiteSpace(from) && !FieldParser.TryParseUrl(from.Trim(), allowApp: true, out var referrerError))
            {
                throw new CliException($"--referrer: {referrerError}");
            }

            var source = ChannelClassifier.Default.Classify(landing, string.IsNullOrWhiteSpace(from) ? null : from.Trim());
            var fields = new (string Name, string? Value)[]
            {
                ("channel", source.Channel), ("network", source.Network), ("source", source.Source), ("medium", source.Medium),
                ("campaign", source.Campaign), ("content", source.Content), ("term", source.Term),
                ("clickIdType", source.ClickId?.Parameter), ("clickId", source.ClickId?.Value),
            };
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                var json = new JsonObject();
                foreach (var (name, value) in fields)
                {
                    json[name] = value;
                }

                Json.Write(context.Out, json);
                return 0;
            }

            var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
            foreach (var (name, value) in fields)
            {
                grid.AddRow($"[bold]{name}[/]", value is null ? "[grey]—[/]" : Display.Text(value));
            }

            context.Console.Write(grid);
            return 0;
        });
        return command;
    }
}
