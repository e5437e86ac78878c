using System.Text.Json.Nodes;
using Payoff.Application.Json;
using Payoff.Application.Tables;
using Payoff.Core.Advocacy;

namespace Payoff.Application.Advocacy;

/// <summary>
/// Advocates and programs as tables and JSON (CLI <c>advocate list</c>, <c>program list</c>, their <c>--format json</c>,
/// the API and the Advocates page). JSON: an advocate's <c>id</c>, <c>contact_id</c>, <c>code</c>, <c>followers</c> (null
/// when unknown) and <c>created_at</c>; a program's <c>id</c>, <c>name</c>, <c>advocate_reward</c> and <c>friend_reward</c>
/// (amounts in <c>currency</c>, ISO 4217), <c>on</c>, <c>cap</c>, <c>from</c>, <c>to</c> and <c>disclosure</c>.
/// </summary>
public static class AdvocacyOutput
{
    /// <summary>The advocates table (named <c>advocates</c>): code, contact, followers, added.</summary>
    public static ReportTable Advocates(IReadOnlyList<Advocate> advocates)
    {
        ArgumentNullException.ThrowIfNull(advocates);
        return new ReportTable(
            "advocates",
            "Advocates",
            [new("Code"), new("Contact"), new("Followers", CellKind.Count), new("Added")],
            [.. advocates.Select(a => new TableRow([a.Code, a.ContactId, a.Followers is { } f ? (long)f : null, JsonDocuments.Day(DateOnly.FromDateTime(a.CreatedAt.UtcDateTime))]))]);
    }

    /// <summary>
    /// The programs table (named <c>programs</c>): name, each reward in its program's own currency (a program keeps the
    /// currency it was added in), trigger, cap, window and the public disclosure.
    /// </summary>
    public static ReportTable Programs(IReadOnlyList<ReferralProgram> programs)
    {
        ArgumentNullException.ThrowIfNull(programs);
        return new ReportTable(
            "programs",
            "Referral programs",
            [new("Program"), new("Advocate's reward", CellKind.Number), new("Friend's reward", CellKind.Number), new("Currency"), new("On"), new("Cap a month", CellKind.Count), new("From"), new("To"), new("Disclosure") { DropRank = 1 }],
            [.. programs.Select(p => new TableRow([p.Name, new PriceCell(p.AdvocateReward, p.Currency), new PriceCell(p.FriendReward, p.Currency), p.Currency, p.Trigger, p.Cap is { } c ? (long)c : null, p.From is { } f ? JsonDocuments.Day(f) : null, p.To is { } t ? JsonDocuments.Day(t) : null, p.Disclosure]))]);
    }

    /// <summary>An advocate as JSON.</summary>
    public static JsonObject Advocate(Advocate advocate)
    {
        ArgumentNullException.ThrowIfNull(advocate);
        return new JsonObject
        {
            ["id"] = advocate.Id,
            ["contact_id"] = advocate.ContactId,
            ["code"] = advocate.Code,
            ["followers"] = advocate.Followers,
            ["created_at"] = advocate.CreatedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    /// <summary>A program as JSON.</summary>
    public static JsonObject Program(ReferralProgram program)
    {
        ArgumentNullException.ThrowIfNull(program);
        return new JsonObject
        {
            ["id"] = program.Id,
            ["name"] = program.Name,
            ["advocate_reward"] = Core.Money.Currencies.Round(program.AdvocateReward, program.Currency),
            ["friend_reward"] = Core.Money.Currencies.Round(program.FriendReward, program.Currency),
            ["currency"] = program.Currency,
            ["on"] = program.Trigger,
            ["cap"] = program.Cap,
            ["from"] = program.From is { } f ? JsonDocuments.Day(f) : null,
            ["to"] = program.To is { } t ? JsonDocuments.Day(t) : null,
            ["disclosure"] = program.Disclosure,
        };
    }

    /// <summary>The advocates document: <c>{workspace, advocates: […]}</c>.</summary>
    public static JsonObject AdvocatesJson(string workspace, IReadOnlyList<Advocate> advocates) => new()
    {
        ["workspace"] = workspace,
        ["advocates"] = new JsonArray([.. advocates.Select(a => (JsonNode)Advocate(a))]),
    };

    /// <summary>The programs document: <c>{workspace, programs: […]}</c>.</summary>
    public static JsonObject ProgramsJson(string workspace, IReadOnlyList<ReferralProgram> programs) => new()
    {
        ["workspace"] = workspace,
        ["programs"] = new JsonArray([.. programs.Select(p => (JsonNode)Program(p))]),
    };
}
