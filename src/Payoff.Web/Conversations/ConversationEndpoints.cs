using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Payoff.Application.Conversations;
using Payoff.Application.Requests;
using Payoff.Core.Conversations;
using Payoff.Core.Stores;
using Payoff.Import.Conversations;
using Payoff.Web.Access;
using Payoff.Web.Hosting;

namespace Payoff.Web.Conversations;

/// <summary>One message as <c>POST /api/conversations</c> takes it: the columns of Payoff's conversations CSV.</summary>
/// <param name="MessageId">Unique within its network (at most 200 characters).</param>
/// <param name="ThreadId">The thread; empty or absent: the message's own id.</param>
/// <param name="Network">The network or channel.</param>
/// <param name="Direction">in or out (inbound, outbound).</param>
/// <param name="Author">The author's handle (pseudonymised when stored unless the workspace keeps handles).</param>
/// <param name="CreatedAt">ISO 8601; without an offset, UTC.</param>
/// <param name="Text">The text (at most 20,000 characters).</param>
/// <param name="Kind">comment, mention, reply, direct-message or review.</param>
/// <param name="PostId">The post it belongs to, if any.</param>
/// <param name="Language">ISO 639-1, or absent to detect it.</param>
/// <param name="Reach">The people who could see it (a listening tool's estimate), a whole number; absent when unknown.</param>
/// <param name="Sentiment">The sending tool's own sentiment label (at most 50 characters), kept beside Payoff's.</param>
/// <remarks>A field this record does not name is refused (a misspelt <c>created_at</c> would otherwise be dropped silently).</remarks>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record PushedMessage(string? MessageId, string? Network, string? Direction, string? CreatedAt, string? Text, string? Kind, string? ThreadId = null, string? Author = null, string? PostId = null, string? Language = null, long? Reach = null, string? Sentiment = null);

/// <summary>The body of <c>POST /api/conversations</c>: <c>{"messages": […]}</c>, one to 1,000 messages.</summary>
/// <param name="Messages">The messages.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record PushBody(IReadOnlyList<PushedMessage>? Messages);

/// <summary>A sentiment correction: <c>negative</c>, <c>neutral</c> or <c>positive</c>.</summary>
/// <param name="Sentiment">The corrected class.</param>
public sealed record CorrectionBody(string? Sentiment);

/// <summary>The conversations API, mirroring <c>payoff conversations list|correct</c> and a push for scripts and helpdesk webhooks.</summary>
public static class ConversationEndpoints
{
    /// <summary>The most messages one push takes.</summary>
    public const int MaxPushed = 1000;

    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapConversations(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Conversations");
        api.MapGet("/conversations", async (HttpContext context, ClaimsPrincipal user, IStore store, ConversationsHandler handler, TimeProvider time, CancellationToken cancellationToken) =>
                {
                    var workspace = await ApiKeyClaims.WorkspaceAsync(store, user, cancellationToken);
                    var values = new RequestValues(context.Request.Query.ToDictionary(q => q.Key, q => (string?)q.Value.ToString(), StringComparer.Ordinal));
                    var request = ConversationListRequest.Parse(values, workspace, time);
                    return TypedResults.Ok(ConversationJson.List(workspace, request, await handler.ListAsync(workspace, request, cancellationToken)));
                })
            .AnswerRequestErrors()
            .WithName("ListConversations").WithSummary("Messages, newest first, with language, sentiment and score (from, to, network, sentiment, direction, limit ≤ 10,000). Authors are pseudonyms unless the workspace keeps handles.").RequireAuthorization(ApiKeyDefaults.ReadPolicy);
        api.MapPost("/conversations", async Task<Ok<JsonObject>> (PushBody body, ClaimsPrincipal user, IStore store, ConversationsHandler handler, TimeProvider time, CancellationToken cancellationToken) =>
                {
                    var workspace = await ApiKeyClaims.WorkspaceAsync(store, user, cancellationToken);
                    if (body.Messages is not { Count: > 0 } messages || messages.Count > MaxPushed)
                    {
                        throw new RequestException("messages", string.Create(CultureInfo.InvariantCulture, $"messages must hold 1 to {MaxPushed:N0} messages (got {body.Messages?.Count ?? 0})."));
                    }

                    var reader = new ConversationsFileReader(workspace.Calendar) { Latest = time.GetUtcNow() + ConversationsFileReader.ClockSkew };
                    var read = new List<ConversationMessage>();
                    for (var i = 0; i < messages.Count; i++)
                    {
                        var m = messages[i] ?? throw new RequestException($"messages[{i}]", $"messages[{i}] is null.");
                        var (message, errors) = reader.Read(new Dictionary<string, string?>(StringComparer.Ordinal)
                        {
                            ["message_id"] = m.MessageId, ["thread_id"] = m.ThreadId, ["network"] = m.Network, ["direction"] = m.Direction, ["author"] = m.Author,
                            ["created_at"] = m.CreatedAt, ["text"] = m.Text, ["kind"] = m.Kind, ["post_id"] = m.PostId, ["language"] = m.Language,
                            ["reach"] = m.Reach?.ToString(CultureInfo.InvariantCulture), ["sentiment"] = m.Sentiment,
                        });
                        if (errors.Count > 0)
                        {
                            var field = $"messages[{i}].{errors[0].Column}";
                            throw new RequestException(field, $"{field}: {errors[0].Message}");
                        }

                        read.Add(message!);
                    }

                    var added = await handler.PushAsync(workspace, read, cancellationToken);
                    return TypedResults.Ok(new JsonObject { ["received"] = read.Count, ["new"] = added, ["replaced"] = read.Count - added });
                })
            .AnswerRequestErrors()
            .WithName("PushConversations").WithSummary("Push messages live (a script, a helpdesk webhook): each is pseudonymised and scored; a message already stored (same network and id) is replaced, never counted twice.").RequireAuthorization(ApiKeyDefaults.WritePolicy);
        api.MapPost("/conversations/{network}/{id}/sentiment", async Task<NoContent> (string network, string id, HttpContext context, CorrectionBody body, ClaimsPrincipal user, IStore store, ConversationsHandler handler, CancellationToken cancellationToken) =>
                {
                    var workspace = await ApiKeyClaims.WorkspaceAsync(store, user, cancellationToken);
                    if (!ConversationNames.TrySentiment(body.Sentiment, out var sentiment))
                    {
                        throw new RequestException("sentiment", $"sentiment must be negative, neutral or positive, not '{Text.Visible(body.Sentiment ?? string.Empty)}'.");
                    }

                    await handler.CorrectAsync(workspace, PathSegments.Decoded(context, network), PathSegments.Decoded(context, id), sentiment, user.Identity?.Name ?? "api", cancellationToken);
                    return TypedResults.NoContent();
                })
            .AnswerRequestErrors()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("CorrectSentiment").WithSummary("Correct a message's sentiment; kept across re-imports and counted by the reports.").RequireAuthorization(ApiKeyDefaults.WritePolicy);
        app.MapConversationsExport();
        return app;
    }
}
