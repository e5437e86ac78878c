using Payoff.Application.Requests;
using Payoff.Core.Conversations;
using Payoff.Core.Conversations.SentimentAnalysis;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Conversations;

/// <summary>
/// Conversations (<c>payoff conversations …</c>, <c>/api/conversations</c>, the Conversations page): the list of messages
/// with their language and sentiment, messages pushed live, sentiment corrections, and erasure requests.
/// </summary>
/// <param name="store">The store a session is opened on.</param>
public sealed class ConversationsHandler(IStore store) : IApplicationHandler
{
    /// <summary>The messages of <paramref name="request"/>, newest first.</summary>
    public async Task<IReadOnlyList<StoredMessage>> ListAsync(Workspace workspace, ConversationListRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(request);
        await using var session = await store.OpenSessionAsync(cancellationToken);
        var filter = request.Filter with { Network = await NetworkField.ResolveAsync(session, workspace, request.Filter.Network, request.NetworkName, cancellationToken) };
        return await session.Conversations.ListAsync(workspace, filter, request.Limit, cancellationToken);
    }

    /// <summary>
    /// Stores messages pushed live (<c>POST /api/conversations</c>), pseudonymised and scored under the workspace's
    /// settings; a message already stored (same network and id) is replaced, never counted twice. Returns how many were new.
    /// </summary>
    public async Task<long> PushAsync(Workspace workspace, IReadOnlyList<ConversationMessage> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(messages);
        long added;
        await using (var session = await store.OpenSessionAsync(cancellationToken))
        {
            var scorer = new ConversationScorer(await session.Conversations.SettingsAsync(workspace, cancellationToken));
            added = await session.Conversations.PushAsync(workspace, [.. messages.Select(scorer.Score)], cancellationToken);
        }

        store.Changed();
        return added;
    }

    /// <summary>Records <paramref name="by"/>'s correction of an inbound message's sentiment; returns the network's name as stored.</summary>
    /// <exception cref="RequestException">The network is unknown (field <c>network</c>, with the closest name), or no inbound message has that network and id (field <c>message_id</c>).</exception>
    public async Task<string> CorrectAsync(Workspace workspace, string network, string messageId, Sentiment sentiment, string by, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        bool found;
        await using (var session = await store.OpenSessionAsync(cancellationToken))
        {
            // "FB", "fb" and "Facebook" name one network, as in every other field; an unknown name gets the closest one.
            network = await NetworkField.ResolveAsync(session, workspace, network, "network", cancellationToken) ?? network;
            found = await session.Conversations.CorrectAsync(workspace, network, messageId, sentiment, by, cancellationToken);
        }

        if (!found)
        {
            throw new RequestException("message_id", $"Workspace {workspace.Name} has no inbound message {messageId} on {network} (only inbound messages have a sentiment; the brand's own replies do not); 'payoff conversations list' shows them with their ids.") { IsNotFound = true };
        }

        store.Changed();
        return network;
    }

    /// <summary>
    /// An erasure request: deletes the text, handle and pseudonym of every message by the author given as a handle
    /// (<c>@name</c>, hashed with the workspace's salt as at import) or as a pseudonym (<c>a_…</c>). Returns how many
    /// messages were erased.
    /// </summary>
    public async Task<long> PurgeAsync(Workspace workspace, string author, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        if (string.IsNullOrWhiteSpace(author))
        {
            throw new RequestException("author", "Name the author to erase: the handle (@name) or the pseudonym (a_…).");
        }

        long erased;
        await using (var session = await store.OpenSessionAsync(cancellationToken))
        {
            var hash = AuthorPseudonym.IsPseudonym(author.Trim())
                ? author.Trim()
                : AuthorPseudonym.Of((await session.Conversations.SettingsAsync(workspace, cancellationToken)).AuthorSalt, author)!;
            erased = await session.Conversations.PurgeAuthorAsync(workspace, hash, cancellationToken);
        }

        store.Changed();
        return erased;
    }

    // "en, pl,de" → [en, pl, de], each checked; "default" → the default four.
    private static IReadOnlyList<string> Languages(string text)
    {
        if (text.Trim().Equals("default", StringComparison.OrdinalIgnoreCase))
        {
            return ConversationSettings.DefaultLanguages;
        }

        var codes = new List<string>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var rules = LanguageRules.Find(part)
                ?? throw new RequestException("languages", $"'{part}' is not a language Payoff detects; use ISO 639-1 codes among {string.Join(", ", LanguageRules.Supported.Select(l => l.Code))}.");
            if (!codes.Contains(rules.Code))
            {
                codes.Add(rules.Code);
            }
        }

        return codes.Count == 0 ? throw new RequestException("languages", "Name at least one language (ISO 639-1 codes joined by commas), or default.") : codes;
    }

    /// <summary>The workspace's conversation settings (created with their secret salt the first time).</summary>
    public async Task<ConversationSettings> SettingsAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        await using var session = await store.OpenSessionAsync(cancellationToken);
        return await session.Conversations.SettingsAsync(workspace, cancellationToken);
    }

    /// <summary>
    /// Changes the settings given (null keeps one): the response target (1 minute to 30 days), the opening hours
    /// (<see cref="BusinessHours.Parse"/>; <c>none</c> counts every hour), whether handles are kept, and the retention
    /// in months (1–120), and the languages messages are detected among (ISO 639-1 codes joined by commas, each one of
    /// <see cref="LanguageRules.Supported"/>; <c>default</c> for en, id, ms, pl). Returns the settings as saved.
    /// </summary>
    /// <exception cref="RequestException">A value is out of range, the hours cannot be read or a language is not one Payoff has (the field is named).</exception>
    public async Task<ConversationSettings> ChangeSettingsAsync(Workspace workspace, TimeSpan? target, string? businessHours, bool? keepHandles, int? retentionMonths, string? languages = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var codes = languages is null ? null : Languages(languages);
        if (target is { } t && (t < TimeSpan.FromMinutes(1) || t > TimeSpan.FromDays(30)))
        {
            throw new RequestException("response_target", "The response target must be between 1 minute and 30 days.");
        }

        if (retentionMonths is < 1 or > 120)
        {
            throw new RequestException("retention_months", "Retention must be between 1 and 120 months.");
        }

        BusinessHours? hours = null;
        if (businessHours is not null && !businessHours.Trim().Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                hours = BusinessHours.Parse(businessHours);
            }
            catch (FormatException ex)
            {
                throw new RequestException("business_hours", ex.Message);
            }
        }

        ConversationSettings saved;
        await using (var session = await store.OpenSessionAsync(cancellationToken))
        {
            var current = await session.Conversations.SettingsAsync(workspace, cancellationToken);
            saved = current with
            {
                ResponseTarget = target ?? current.ResponseTarget,
                BusinessHours = businessHours is null ? current.BusinessHours : hours,
                KeepAuthorHandles = keepHandles ?? current.KeepAuthorHandles,
                RetentionMonths = retentionMonths ?? current.RetentionMonths,
                Languages = codes ?? current.Languages,
            };
            await session.Conversations.SaveSettingsAsync(workspace, saved, cancellationToken);
        }

        store.Changed();
        return saved;
    }

    /// <summary>
    /// Applies the workspace's retention: messages written before the start of the local day
    /// <see cref="ConversationSettings.RetentionMonths"/> months before <paramref name="now"/> lose their text, handle and
    /// pseudonym (counts, times and sentiment stay). Returns how many messages lost them.
    /// </summary>
    public async Task<long> ApplyRetentionAsync(Workspace workspace, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        long expired;
        await using (var session = await store.OpenSessionAsync(cancellationToken))
        {
            // A workspace without settings has no messages yet (an import creates them): nothing to expire, nothing written.
            if (await session.Conversations.FindSettingsAsync(workspace, cancellationToken) is not { } settings)
            {
                return 0;
            }

            var before = workspace.Calendar.StartOfDay(workspace.Calendar.DateOf(now).AddMonths(-settings.RetentionMonths));
            expired = await session.Conversations.ExpireAsync(workspace, before, cancellationToken);
        }

        if (expired > 0)
        {
            store.Changed();
        }

        return expired;
    }
}
