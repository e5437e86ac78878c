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

    /// <summary>The programs table (named <c>programs</c>): name, rewards in the workspace currency, trigger, cap, window.</summary>
    public static ReportTable Programs(IReadOnlyList<ReferralProgram> programs, string currency)
    {
        ArgumentNullException.ThrowIfNull(programs);
        return new ReportTable(
            "programs",
            "Referral programs",
            [new("Program"), new("Advocate's reward", CellKind.Money, currency), new("Friend's reward", CellKind.Money, currency), new("On"), new("Cap a month", CellKind.Count), new("From"), new("To")],
            [.. programs.Select(p => new TableRow([p.Name, p.AdvocateReward, p.FriendReward, p.Trigger, p.Cap is { } c ? (long)c : null, p.From is { } f ? JsonDocuments.Day(f) : null, p.To is { } t ? JsonDocuments.Day(t) : null]))])
        {
            Notes = [.. programs.Where(p => p.Disclosure is not null).Select(p => $"{p.Name}: {p.Disclosure}")],
        };
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
            ["advocate_reward"] = program.AdvocateReward,
            ["friend_reward"] = program.FriendReward,
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
