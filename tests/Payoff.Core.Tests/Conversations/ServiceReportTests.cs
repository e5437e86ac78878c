using Payoff.Core.Conversations;
using Payoff.Core.Workspaces;

namespace Payoff.Core.Tests.Conversations;

/// <summary>The service report: which requests count against the rate, and sentences that agree with the table.</summary>
public sealed class ServiceReportTests
{
    private static readonly Workspace Shop = new(1, "shop", "UTC", "USD");
    private static readonly DateTimeOffset Now = new(2026, 3, 20, 12, 0, 0, TimeSpan.Zero);
    private static readonly ConversationSettings Settings = new() { AuthorSalt = new byte[32] };

    [Fact]
    public void A_request_still_within_its_target_waits_outside_the_rate_and_the_sentence_says_both_counts()
    {
        var report = Build(
            Request("a", Now.AddDays(-5), Now.AddDays(-5).AddHours(2)),   // answered in 2 h
            Request("b", Now.AddDays(-4), Now.AddDays(-4).AddHours(30)),  // answered in 30 h: late
            Request("c", Now.AddDays(-3), Now.AddDays(-3).AddMinutes(30)), // answered in 30 min
            Request("d", Now.AddDays(-2), null),                            // unanswered for 2 days: late
            Request("e", Now.AddHours(-3), null));                          // unanswered for 3 h: waiting

        Assert.Equal((4L, 3L, 2L, 1L), (report.All.Requests, report.All.Answered, report.All.InTarget, report.All.Waiting));
        Assert.Equal(0.5, report.All.ResponseRate.Rate);
        Assert.Equal(TimeSpan.FromHours(2), report.All.Median);
        Assert.Equal(TimeSpan.FromMinutes((120 + 1800 + 30) / 3.0), report.All.Mean); // the response-time goal's figure
        Assert.Equal(["d", "e"], report.Unanswered.Select(u => u.MessageId));
        Assert.Contains(report.Summary, s => s.StartsWith("2 of 4 requests were answered within 24 h", StringComparison.Ordinal));
        Assert.Contains(report.Summary, s => s.StartsWith("2 requests are still unanswered: 1 past the 24 h target (counted in the rate) and 1 still within it;", StringComparison.Ordinal));
    }

    [Fact]
    public void Requests_that_all_wait_give_no_rate_yet()
    {
        var report = Build(Request("a", Now.AddHours(-1), null), Request("b", Now.AddHours(-2), null));

        Assert.Equal((0L, 2L), (report.All.Requests, report.All.Waiting));
        Assert.Null(report.All.ResponseRate.Rate);
        Assert.Equal("2 requests are waiting for an answer, none past the 24 h target yet: no response rate until one is due.", Assert.Single(report.Summary));
    }

    private static ServiceRequest Request(string id, DateTimeOffset asked, DateTimeOffset? answered) =>
        new("Instagram", "t-" + id, id, MessageKind.DirectMessage, asked, answered);

    private static ServiceReport Build(params ServiceRequest[] requests) =>
        ServiceReport.BuildAsync(new Reader(requests), Shop, new ConversationFilter(new(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 20))), Settings, Now).GetAwaiter().GetResult();

    private sealed class Reader(IReadOnlyList<ServiceRequest> requests) : IServiceReader
    {
        public Task<IReadOnlyList<ServiceRequest>> ReadRequestsAsync(Workspace workspace, ConversationFilter filter, CancellationToken cancellationToken = default) => Task.FromResult(requests);
    }
}
