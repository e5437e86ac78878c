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

    /// <summary>
    /// The advocates report's table (named <c>advocate-results</c>): each advocate ranked by their friends' results — link
    /// clicks, friends reached, visits, leads, customers, revenue, value, rewards, net and the conversion of friends reached —
    /// with the total as footer; the report's sentences and the crediting as notes.
    /// </summary>
    public static ReportTable Results(AdvocacyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var cur = report.Currency;
        var money = (string h, int drop) => TableColumn.Money($"{h} ({cur})", cur) with { DropRank = drop };
        object?[] Cells(AdvocateResult r, object? rank) =>
        [
            rank, r.Advocate.Code, r.Advocate.ContactId.Length == 0 ? null : r.Advocate.ContactId, r.Advocate.Followers is { } f ? (long)f : null, r.LinkClicks, r.FriendsReached, r.Visits,
            (decimal)r.Leads, (decimal)r.Customers, r.Revenue, r.Value, r.Rewards, r.Net, r.Conversion.Rate is { } rate ? (decimal)rate : null,
        ];
        var notes = new List<string>(Core.Advocacy.AdvocacyFindings.Of(report))
        {
            $"Ranked by friends' revenue, then customers, leads and friends reached — never by followers. Credited by {(report.Model == ReferralCrediting.FirstReferral ? "first referral (a friend is the advocate's whose referral reached them first)" : $"the {Core.Attribution.AttributionModels.Label(report.Model)} model over friends' journeys (90-day lookback)")}{(report.Program is null ? string.Empty : $"; program {report.Program}")}. Converted: {report.Conversion}. Amounts in {cur}; rewards are both sides, earned and not voided.",
        };
        return new ReportTable(
            "advocate-results",
            "Advocates by what their friends did",
            [new("Rank", CellKind.Count), new("Code"), new("Contact") { DropRank = 5 }, new("Followers", CellKind.Count) { DropRank = 6 }, new("Link clicks", CellKind.Count) { DropRank = 4 }, new("Friends reached", CellKind.Count),
                new("Visits", CellKind.Count) { DropRank = 3 }, new("Leads", CellKind.Number), new("Customers", CellKind.Number), money("Revenue", 0), money("Value", 7), money("Rewards", 2), money("Net", 1), new("Conversion", CellKind.Percent) { DropRank = 2 }],
            [.. report.Rows.Select((r, i) => new TableRow(Cells(r, (long)(i + 1))))],
            report.Total is { } t ? new TableRow(Cells(t, null)) : null)
        {
            Notes = notes,
            Warnings = report.Warnings,
        };
    }

    /// <summary>The exchange figures' table (named <c>exchange</c>): invitations per advocate, conversion and K with their 95 % intervals.</summary>
    public static ReportTable Exchange(AdvocacyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var x = report.Exchange;
        TableRow Row(string figure, Estimate? e, string how) => new([figure, e is null ? null : (decimal)Math.Round(e.Value, 4), e is null ? null : (decimal)Math.Round(e.Low, 4), e is null ? null : (decimal)Math.Round(e.High, 4), how]);
        return new ReportTable(
            "exchange",
            "Exchange",
            [new("Figure"), new("Value", CellKind.Number), new("Low (95 %)", CellKind.Number), new("High (95 %)", CellKind.Number), new("How") { DropRank = 1 }],
            [
                Row("Advocates", new Estimate(x.Advocates, x.Advocates, x.Advocates), "advocates counted"),
                Row("Invitations per advocate", x.InvitationsPerAdvocate, "friends reached ÷ advocates; bootstrap over advocates"),
                Row("Conversion of invitations", x.Conversion.Rate is { } r ? new Estimate(r, x.Conversion.Low ?? r, x.Conversion.High ?? r) : null, $"friends who converted ({report.Conversion}) ÷ friends reached; Wilson"),
                Row("K (viral coefficient)", x.K, "invitations per advocate × conversion; bootstrap over advocates"),
            ]);
    }

    /// <summary>
    /// The advocates report as JSON: <c>workspace</c>, <c>from</c>, <c>to</c>, <c>program</c>, <c>model</c>,
    /// <c>conversion</c>, <c>currency</c>, <c>findings</c> (the sentences), <c>advocates</c> (rank order: <c>code</c>,
    /// <c>contact_id</c>, <c>followers</c>, <c>link_clicks</c>, <c>friends_reached</c>, <c>visits</c>, <c>leads</c>,
    /// <c>customers</c>, <c>converted</c>, <c>revenue</c>, <c>value</c>, <c>rewards</c>, <c>net</c>, <c>conversion</c> with
    /// <c>low</c>/<c>high</c>), <c>exchange</c> (<c>advocates</c>, <c>invitations_per_advocate</c>, <c>conversion</c>, <c>k</c>,
    /// each <c>{value, low, high}</c>) and <c>warnings</c>. Money in <c>currency</c>, fractions 0–1.
    /// </summary>
    public static JsonObject ReportJson(string workspace, AdvocacyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var cur = report.Currency;
        static JsonObject? Est(Estimate? e) => e is null ? null : new JsonObject { ["value"] = Math.Round(e.Value, 6), ["low"] = Math.Round(e.Low, 6), ["high"] = Math.Round(e.High, 6) };
        static JsonObject Wilson(Core.Statistics.WilsonInterval w) => w.Trials == 0
            ? new() { ["value"] = null, ["low"] = null, ["high"] = null }
            : new() { ["value"] = w.Rate is { } r ? Math.Round(r, 6) : null, ["low"] = w.Low is { } l ? Math.Round(l, 6) : null, ["high"] = w.High is { } h ? Math.Round(h, 6) : null };
        return new JsonObject
        {
            ["workspace"] = workspace,
            ["from"] = JsonDocuments.Day(report.Range.From),
            ["to"] = JsonDocuments.Day(report.Range.To),
            ["program"] = report.Program,
            ["model"] = report.Model,
            ["conversion"] = report.Conversion,
            ["currency"] = cur,
            ["findings"] = new JsonArray([.. Core.Advocacy.AdvocacyFindings.Of(report).Select(s => (JsonNode)s)]),
            ["advocates"] = new JsonArray([.. report.Rows.Select((r, i) => (JsonNode)new JsonObject
            {
                ["rank"] = i + 1,
                ["code"] = r.Advocate.Code,
                ["contact_id"] = r.Advocate.ContactId,
                ["followers"] = r.Advocate.Followers,
                ["link_clicks"] = r.LinkClicks,
                ["friends_reached"] = r.FriendsReached,
                ["visits"] = r.Visits,
                ["leads"] = Math.Round(r.Leads, 6),
                ["customers"] = Math.Round(r.Customers, 6),
                ["converted"] = Math.Round(r.Converted, 6),
                ["revenue"] = Json.ReportJson.Money(Core.Money.Currencies.Round(r.Revenue, cur)),
                ["value"] = Json.ReportJson.Money(Core.Money.Currencies.Round(r.Value, cur)),
                ["rewards"] = Json.ReportJson.Money(Core.Money.Currencies.Round(r.Rewards, cur)),
                ["net"] = Json.ReportJson.Money(Core.Money.Currencies.Round(r.Net, cur)),
                ["conversion"] = Wilson(r.Conversion),
            })]),
            ["exchange"] = new JsonObject
            {
                ["advocates"] = report.Exchange.Advocates,
                ["invitations_per_advocate"] = Est(report.Exchange.InvitationsPerAdvocate),
                ["conversion"] = Wilson(report.Exchange.Conversion),
                ["k"] = Est(report.Exchange.K),
            },
            ["warnings"] = new JsonArray([.. report.Warnings.Select(w => (JsonNode)w)]),
        };
    }

    /// <summary>The reward ledger's table (named <c>rewards</c>): id, day, program, advocate, side, friend, amount, status and reason; the cost total as footer.</summary>
    public static ReportTable Rewards(RewardLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var programs = ledger.Programs.ToDictionary(p => p.Id, p => p.Name);
        var codes = ledger.Advocates.ToDictionary(a => a.Id, a => a.Code);
        var cost = ledger.Rewards.Where(r => r.IsCost).GroupBy(r => r.Currency).Select(g => (g.Key, g.Sum(r => r.Amount))).ToList();
        return new ReportTable(
            "rewards",
            "Reward ledger",
            [new("Id", CellKind.Count), new("Day"), new("Program"), new("Advocate"), new("Side"), new("Friend") { DropRank = 3 }, new("Network") { DropRank = 4 }, new("Amount", CellKind.Number), new("Currency"), new("Status"), new("Reason") { DropRank = 1 }],
            [.. ledger.Rewards.Select(r => new TableRow([r.Id, JsonDocuments.Day(r.Day), programs.GetValueOrDefault(r.ProgramId), codes.GetValueOrDefault(r.AdvocateId), Side(r.Side), r.FriendContactId, r.Network, new PriceCell(r.Amount, r.Currency), r.Currency, Status(r.Status), r.Reason]))],
            cost.Count == 1 ? new TableRow([null, null, "Cost (not voided)", null, null, null, null, new PriceCell(cost[0].Item2, cost[0].Key), cost[0].Key, null, null]) : null)
        {
            Notes = ["Each qualifying friend action makes two entries, the advocate's and the friend's; earned, approved and paid rewards are the program's cost (Other in the ROI report), voided ones are not. payoff reward approve|pay|void ID changes one, keeping its history."],
        };
    }

    /// <summary>The ledger as JSON: <c>{workspace, currency, rewards: [{id, day, earned_at, program, advocate, side, friend_contact_id, network, amount, currency, status, reason, import_id}]}</c>.</summary>
    public static JsonObject RewardsJson(string workspace, RewardLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var programs = ledger.Programs.ToDictionary(p => p.Id, p => p.Name);
        var codes = ledger.Advocates.ToDictionary(a => a.Id, a => a.Code);
        return new JsonObject
        {
            ["workspace"] = workspace,
            ["currency"] = ledger.Currency,
            ["rewards"] = new JsonArray([.. ledger.Rewards.Select(r => (JsonNode)new JsonObject
            {
                ["id"] = r.Id,
                ["day"] = JsonDocuments.Day(r.Day),
                ["earned_at"] = r.EarnedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                ["program"] = programs.GetValueOrDefault(r.ProgramId),
                ["advocate"] = codes.GetValueOrDefault(r.AdvocateId),
                ["side"] = Side(r.Side),
                ["friend_contact_id"] = r.FriendContactId,
                ["network"] = r.Network,
                ["amount"] = Json.ReportJson.Money(Core.Money.Currencies.Round(r.Amount, r.Currency)),
                ["currency"] = r.Currency,
                ["status"] = Status(r.Status),
                ["reason"] = r.Reason,
                ["import_id"] = r.ImportId,
            })]),
        };
    }

    /// <summary>A reward's history as a table (named <c>reward-history</c>): when, status, by whom, why.</summary>
    public static ReportTable History(IReadOnlyList<RewardChange> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        return new ReportTable(
            "reward-history",
            "Reward history",
            [new("When"), new("Status"), new("By"), new("Reason")],
            [.. history.Select(h => new TableRow([h.At.ToString("yyyy-MM-dd HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture), Status(h.Status), h.By, h.Reason]))]);
    }

    /// <summary>A reward side as written: <c>advocate</c> or <c>friend</c>.</summary>
    public static string Side(RewardSide side) => side == RewardSide.Advocate ? "advocate" : "friend";

    /// <summary>A status as written: <c>earned</c>, <c>approved</c>, <c>paid</c>, <c>voided</c>.</summary>
    public static string Status(RewardStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>
    /// The advocate candidates' table (named <c>advocate-candidates</c>): rank, contact, score (0–100), customer since,
    /// purchases, revenue in <paramref name="currency"/>, last purchase, visits in the last 90 days and the reasons — a list
    /// to invite (its CSV export is spreadsheet-safe).
    /// </summary>
    public static ReportTable Candidates(IReadOnlyList<AdvocateCandidate> candidates, string currency)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        return new ReportTable(
            "advocate-candidates",
            "Advocate candidates",
            [new("Rank", CellKind.Count), new("Contact"), new("Score", CellKind.Number), new("Customer since") { DropRank = 4 }, new("Purchases", CellKind.Count) { DropRank = 3 }, TableColumn.Money($"Revenue ({currency})", currency) with { DropRank = 2 },
                new("Last purchase") { DropRank = 5 }, new("Visits (90 days)", CellKind.Count) { DropRank = 6 }, new("Reasons") { DropRank = 1 }],
            [.. candidates.Select((c, i) => new TableRow([(long)(i + 1), c.Facts.ContactId, (decimal)c.Score, JsonDocuments.Day(DateOnly.FromDateTime(c.Facts.CustomerAt.UtcDateTime)), (long)c.Facts.Purchases, c.Revenue,
                c.Facts.LastPurchaseAt is { } l ? JsonDocuments.Day(DateOnly.FromDateTime(l.UtcDateTime)) : null, (long)c.Facts.RecentSessions, string.Join("; ", c.Reasons)]))])
        {
            Notes = ["Score 0–100: the weighted mean of each customer's percentile rank among all customers on recency (0.25), purchases (0.25), revenue (0.20), visits in the last 90 days (0.20) and time as a customer (0.10) — never followers. Existing advocates are left out. Invite them with payoff advocate add --contact ID."],
        };
    }

    /// <summary>The candidates as JSON: <c>{workspace, currency, candidates: [{rank, contact_id, score, customer_since, purchases, revenue, last_purchase, recent_visits, reasons}]}</c>.</summary>
    public static JsonObject CandidatesJson(string workspace, string currency, IReadOnlyList<AdvocateCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        return new JsonObject
        {
            ["workspace"] = workspace,
            ["currency"] = currency,
            ["candidates"] = new JsonArray([.. candidates.Select((c, i) => (JsonNode)new JsonObject
            {
                ["rank"] = i + 1,
                ["contact_id"] = c.Facts.ContactId,
                ["score"] = c.Score,
                ["customer_since"] = JsonDocuments.Day(DateOnly.FromDateTime(c.Facts.CustomerAt.UtcDateTime)),
                ["purchases"] = c.Facts.Purchases,
                ["revenue"] = Json.ReportJson.Money(Core.Money.Currencies.Round(c.Revenue, currency)),
                ["last_purchase"] = c.Facts.LastPurchaseAt is { } l ? JsonDocuments.Day(DateOnly.FromDateTime(l.UtcDateTime)) : null,
                ["recent_visits"] = c.Facts.RecentSessions,
                ["reasons"] = new JsonArray([.. c.Reasons.Select(r => (JsonNode)r)]),
            })]),
        };
    }
}
