using System.Globalization;
using System.Security.Cryptography;
using Payoff.Application.Links;
using Payoff.Application.Requests;
using Payoff.Core.Advocacy;
using Payoff.Core.Channels;
using Payoff.Core.Links;
using Payoff.Core.Networks;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Advocacy;

/// <summary>
/// Advocates and referral programs (<c>payoff advocate …</c>, <c>payoff program …</c>; issue 19): adds and lists them, and
/// makes an advocate's personal referral link — a Payoff short link whose destination carries <c>ref=CODE</c> beside
/// <c>utm_source=referral&amp;utm_medium=advocate&amp;utm_campaign=PROGRAM</c> (and <c>utm_content=NETWORK</c> where it
/// will be shared), so a visit is credited however it arrives: the short link, the website script or an events file.
/// </summary>
/// <param name="store">The store a session is opened on.</param>
public sealed partial class AdvocacyHandler(IStore store) : IApplicationHandler
{
    /// <summary>The longest public disclosure, in characters.</summary>
    public const int MaxDisclosure = 1000;

    /// <summary>The largest reward accepted, in the workspace currency (the ledger keeps 14 digits before the point).</summary>
    public const decimal MaxReward = 1_000_000_000m;

    /// <summary>The letters of a generated referral code: no 0/O or 1/I/L, so a code read aloud or typed is not mistaken.</summary>
    public const string CodeAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    /// <summary>
    /// Adds an advocate from <c>contact</c> (required: the CRM contact id), <c>code</c> (3 to 32 letters, digits, '-' or '_';
    /// generated when absent: 7 letters of <see cref="CodeAlphabet"/>) and <c>followers</c> (a whole number ≥ 0, optional).
    /// </summary>
    /// <exception cref="RequestException">A field is missing or wrong, the code is taken or the contact already is an advocate; the message names the field.</exception>
    public async Task<Advocate> AddAdvocateAsync(Workspace workspace, RequestValues values, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(values);
        var contact = Required(values, "contact");
        if (contact.Length > 200 || contact.Any(char.IsControl))
        {
            throw new RequestException("contact", $"{values.Name("contact")} must be 1 to 200 characters without control characters.");
        }

        var code = values.Get("code") is { } given && !string.IsNullOrWhiteSpace(given) ? Code(values, given.Trim()) : null;
        var followers = WholeNumber(values, "followers", 0);

        var advocate = await store.WriteAsync(
            async session =>
            {
                try
                {
                    return await session.Advocacy.AddAdvocateAsync(workspace, contact, code ?? NewCode(), followers, cancellationToken);
                }
                catch (StoreException e)
                {
                    throw new RequestException(e.Message.Contains("code", StringComparison.Ordinal) ? "code" : "contact", e.Message);
                }
            },
            cancellationToken);
        return advocate;
    }

    /// <summary>The workspace's advocates, oldest first.</summary>
    public async Task<IReadOnlyList<Advocate>> AdvocatesAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        await using var session = await store.OpenSessionAsync(cancellationToken);
        return await session.Advocacy.AdvocatesAsync(workspace, cancellationToken);
    }

    /// <summary>
    /// Adds a program from <c>name</c>, <c>advocate-reward</c> and <c>friend-reward</c> (amounts in the workspace currency,
    /// at its minor unit), <c>on</c> (lead, customer, or a conversion's name), <c>cap</c> (rewarded actions per advocate per
    /// month), <c>from</c>/<c>to</c> (local days) and <c>disclosure</c> (the public text; a default naming both rewards).
    /// </summary>
    /// <exception cref="RequestException">A field is missing or wrong, or the name is taken; the message names the field.</exception>
    public async Task<ReferralProgram> AddProgramAsync(Workspace workspace, RequestValues values, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(values);
        async Task<string?> knownConversion(string name)
        {
            await using var session = await store.OpenSessionAsync(cancellationToken);
            return await session.Journeys.ConversionErrorAsync(workspace, name, cancellationToken);
        }

        var name = Required(values, "name");
        if (name.Length > 100 || name.Any(c => char.IsControl(c) || c is '/' or '?' or '#' or '&' or '<' or '>' or '"' or '%'))
        {
            throw new RequestException("name", $"{values.Name("name")} must be 1 to 100 characters without control characters or / ? # & % < > \" (it is the links' utm_campaign and part of the program's public address).");
        }

        var on = Required(values, "on");
        var trigger = on.ToLowerInvariant() switch { "lead" => RewardTrigger.Lead, "customer" => RewardTrigger.Customer, _ => RewardTrigger.Conversion };
        if (trigger == RewardTrigger.Conversion && (on.Length > 100 || on.Any(char.IsControl)))
        {
            throw new RequestException("on", $"{values.Name("on")} must be lead, customer or a conversion's name of 1 to 100 characters without control characters.");
        }

        // "leed" is a typo of lead, not a conversion of that name.
        if (trigger == RewardTrigger.Conversion && NetworkSuggestion.Closest(on, ["lead", "customer"]) is { } meant)
        {
            throw new RequestException("on", $"{values.Name("on")} '{Text.Visible(on)}': did you mean {meant}? (A conversion's name this close to lead or customer is refused.)");
        }

        if (trigger == RewardTrigger.Conversion && await knownConversion(on) is { } unknown)
        {
            throw new RequestException("on", $"{values.Name("on")}: {unknown} A program rewards what Payoff can see happen.");
        }

        if (values.Get("disclosure") is { } text && (text.Length > MaxDisclosure || text.Any(c => char.IsControl(c) && c is not '\n')))
        {
            throw new RequestException("disclosure", string.Create(CultureInfo.InvariantCulture, $"{values.Name("disclosure")} must be at most {MaxDisclosure:N0} characters without control characters."));
        }
        var program = new ReferralProgram
        {
            Name = name,
            AdvocateReward = Amount(values, "advocate-reward"),
            FriendReward = Amount(values, "friend-reward"),
            Currency = workspace.Currency,
            On = trigger,
            Conversion = trigger == RewardTrigger.Conversion ? on : null,
            Cap = WholeNumber(values, "cap", 1),
            From = values.Get("from") is { } from && !string.IsNullOrWhiteSpace(from) ? ReportPeriod.Day(values, "from", from) : null,
            To = values.Get("to") is { } to && !string.IsNullOrWhiteSpace(to) ? ReportPeriod.Day(values, "to", to) : null,
        };
        program = program with { Disclosure = values.Get("disclosure") is { } d && !string.IsNullOrWhiteSpace(d) ? d.Trim() : DefaultDisclosure(program) };
        try
        {
            program.Validate();
        }
        catch (ArgumentException e)
        {
            throw new RequestException(e.ParamName ?? "name", e.Message.Split(" (Parameter", 2)[0].Replace("--", values.Name(string.Empty), StringComparison.Ordinal));
        }

        return await store.WriteAsync(
            async session =>
            {
                try
                {
                    return await session.Advocacy.AddProgramAsync(workspace, program, cancellationToken);
                }
                catch (StoreException e)
                {
                    throw new RequestException("name", e.Message);
                }
            },
            cancellationToken);
    }

    /// <summary>The workspace's programs, oldest first.</summary>
    public async Task<IReadOnlyList<ReferralProgram>> ProgramsAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        await using var session = await store.OpenSessionAsync(cancellationToken);
        return await session.Advocacy.ProgramsAsync(workspace, cancellationToken);
    }

    /// <summary>
    /// Makes advocate <c>code</c>'s short link for program <c>program</c> to <c>to</c> (a page of one of the workspace's
    /// sites), shared on <c>network</c> (optional: the network named in <c>utm_content</c>).
    /// </summary>
    /// <exception cref="RequestException">The advocate or program is unknown, or the destination is refused (as for any link).</exception>
    public async Task<CreatedLink> LinkAsync(Workspace workspace, RequestValues values, CreateLinkHandler links, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(links);
        var code = Required(values, "code").ToUpperInvariant();
        var programName = Required(values, "program");
        var to = Required(values, "to");
        Advocate advocate;
        ReferralProgram program;
        await using (var session = await store.OpenSessionAsync(cancellationToken))
        {
            advocate = (await session.Advocacy.AdvocatesAsync(workspace, cancellationToken)).FirstOrDefault(a => a.Code == code)
                ?? throw new RequestException("code", $"No advocate has the code {Text.Visible(code)}: see payoff advocate list.");
            program = (await session.Advocacy.ProgramsAsync(workspace, cancellationToken)).FirstOrDefault(p => string.Equals(p.Name, programName, StringComparison.OrdinalIgnoreCase))
                ?? throw new RequestException("program", $"No program is named '{Text.Visible(programName)}': see payoff program list.");
        }

        string? network = null;
        if (values.Get("network") is { } n && !string.IsNullOrWhiteSpace(n))
        {
            network = NetworkCatalog.Default.Canonical(n) ?? throw new RequestException("network", $"{values.Name("network")}: '{Text.Visible(n)}' is not a network Payoff knows{(NetworkSuggestion.Closest(n, NetworkCatalog.Default.Networks) is { } near ? $" — did you mean {near}?" : ".")}");
        }

        var destination = WithRef(to, advocate.Code);
        return await links.HandleAsync(workspace, new LinkRequest(destination, "referral", ChannelClassifier.AdvocateMedium, program.Name, network?.ToLowerInvariant()), cancellationToken);
    }

    /// <summary>The default public disclosure: both rewards and what earns them, in the program's currency.</summary>
    public static string DefaultDisclosure(ReferralProgram program)
    {
        ArgumentNullException.ThrowIfNull(program);
        var what = program.On switch { RewardTrigger.Lead => "signs up", RewardTrigger.Customer => "becomes a customer", _ => $"completes '{program.Conversion}'" };
        return string.Create(CultureInfo.InvariantCulture, $"This is a referral link: when a friend who follows it {what}, the friend gets {Core.Money.Currencies.Format(program.FriendReward, program.Currency)} {program.Currency} and the person who shared it gets {Core.Money.Currencies.Format(program.AdvocateReward, program.Currency)} {program.Currency}.");
    }

    // ref=CODE added to the destination's query (replacing one already there), before any fragment.
    private static string WithRef(string url, string code)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var (path, fragment) = hash >= 0 ? (url[..hash], url[hash..]) : (url, string.Empty);
        var question = path.IndexOf('?', StringComparison.Ordinal);
        var query = question >= 0 ? path[(question + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries).Where(p => !p.StartsWith("ref=", StringComparison.OrdinalIgnoreCase)).ToList() : [];
        query.Add("ref=" + Uri.EscapeDataString(code));
        return $"{(question >= 0 ? path[..question] : path)}?{string.Join('&', query)}{fragment}";
    }

    private static string Code(RequestValues values, string code) =>
        code.Length is >= 3 and <= 32 && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? code.ToUpperInvariant()
            : throw new RequestException("code", $"{values.Name("code")} must be 3 to 32 letters, digits, '-' or '_', not '{Text.Visible(code)}'.");

    // An optional whole number (digits only); the message names the least the field takes.
    private static int? WholeNumber(RequestValues values, string field, int least) =>
        values.Get(field) is not { } text || string.IsNullOrWhiteSpace(text) ? null
        : int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
        : throw new RequestException(field, string.Create(CultureInfo.InvariantCulture, $"{values.Name(field)} must be a whole number of {least} or more, not '{Text.Visible(text)}'."));

    private static string NewCode() => RandomNumberGenerator.GetString(CodeAlphabet, 7);

    private static decimal Amount(RequestValues values, string field)
    {
        var text = Required(values, field);
        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) && amount <= MaxReward
            ? amount
            : throw new RequestException(field, $"{values.Name(field)} must be an amount from 0 to {MaxReward:N0} with a dot for decimals (12.50), not '{Text.Visible(text)}'.");
    }

    private static string Required(RequestValues values, string field) =>
        values.Get(field) is { } text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : throw new RequestException(field, $"{values.Name(field)} is required.");
}
