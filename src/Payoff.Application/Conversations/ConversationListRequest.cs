using System.Globalization;
using Payoff.Application.Requests;
using Payoff.Core.Conversations;
using Payoff.Core.Conversations.SentimentAnalysis;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Conversations;

/// <summary>What <c>conversations list</c> is asked for, on every surface (CLI, API, the Conversations page).</summary>
/// <param name="Filter">The local days, network, sentiment and direction.</param>
/// <param name="Limit">At most this many messages, newest first: 1 to <see cref="MaxLimit"/> (default <see cref="DefaultLimit"/>).</param>
public sealed record ConversationListRequest(ConversationFilter Filter, int Limit)
{
    /// <summary>The network field as the host spells it (<c>--network</c>, <c>network</c>), for errors.</summary>
    public string NetworkName { get; init; } = "network";

    /// <summary>Messages listed unless asked otherwise: 100.</summary>
    public const int DefaultLimit = 100;

    /// <summary>The most messages one list gives: 10,000.</summary>
    public const int MaxLimit = 10_000;

    /// <summary>Reads <c>from</c>, <c>to</c>, <c>network</c>, <c>sentiment</c> (negative, neutral, positive), <c>direction</c> (inbound, outbound) and <c>limit</c>.</summary>
    /// <exception cref="RequestException">A day is wrong, <c>sentiment</c> or <c>direction</c> is not one of its words, or <c>limit</c> is not a whole number from 1 to 10,000.</exception>
    public static ConversationListRequest Parse(RequestValues values, Workspace workspace, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(values);
        var range = ReportPeriod.Parse(values, workspace, time);
        var sentiment = FieldChoice.Parse<Sentiment?>(values, "sentiment", null, ("negative", Sentiment.Negative), ("neutral", Sentiment.Neutral), ("positive", Sentiment.Positive));
        var direction = FieldChoice.Parse<MessageDirection?>(values, "direction", null, ("inbound", MessageDirection.Inbound), ("outbound", MessageDirection.Outbound));
        var limit = RequestNumber.Whole(values, "limit", DefaultLimit);
        if (limit is < 1 or > MaxLimit)
        {
            throw new RequestException("limit", string.Create(CultureInfo.InvariantCulture, $"{values.Name("limit")} must be between 1 and {MaxLimit:N0} (got {limit})."));
        }

        return new ConversationListRequest(new ConversationFilter(range, values.Get("network"), sentiment, direction), limit) { NetworkName = values.Name("network") };
    }
}
