using System.CommandLine;
using Payoff.Core.Importing;

namespace Payoff.Cli.Importing.Native;

/// <summary><c>payoff import events|contacts|metrics|costs|journeys</c>: Payoff's own CSV formats.</summary>
internal static class NativeImports
{
    /// <summary><c>payoff import events</c>.</summary>
    public static Command Events(CliContext context) => ImportFilesCommand.ForKind(context, ImportKind.Events, "events", "Tracked events CSV: event_id,timestamp,visitor_id,type,url,referrer,value,currency,contact_id,name.");

    /// <summary><c>payoff import contacts</c>.</summary>
    public static Command Contacts(CliContext context) => ImportFilesCommand.ForKind(context, ImportKind.Contacts, "contacts", "CRM contacts CSV: contact_id,created_at,lead_at,customer_at,revenue,currency[,original_source,original_source_detail_1,original_source_detail_2].");

    /// <summary><c>payoff import metrics</c>.</summary>
    public static Command Metrics(CliContext context) => ImportFilesCommand.ForKind(context, ImportKind.Metrics, "metrics", "Daily account metrics CSV from anywhere: date,network,metric,value[,account]. A re-import of an overlapping period replaces, never adds.");

    /// <summary><c>payoff import costs</c>.</summary>
    public static Command Costs(CliContext context) => ImportFilesCommand.ForKind(context, ImportKind.Costs, "costs", "Daily ad costs CSV from anywhere: date,network,campaign,amount,currency[,impressions,clicks,conversions]. Overlapping days replace.");

    /// <summary><c>payoff import journeys</c>.</summary>
    public static Command Journeys(CliContext context) => ImportFilesCommand.ForKind(context, ImportKind.Journeys, "journeys", "Conversion paths CSV (',' or ';'): path,conversions,value,nulls (or ChannelAttribution's total_conversions,total_conversion_value,total_null).");

    /// <summary><c>payoff import conversations FILE [--map …]</c>.</summary>
    public static Command Conversations(CliContext context) => ImportFilesCommand.ForKind(
        context,
        ImportKind.Conversations,
        "conversations",
        "Comments, mentions, messages and reviews CSV: message_id,thread_id,network,direction (in|out),author,created_at (ISO 8601),text,kind (comment|mention|reply|direct-message|review)[,post_id,language,sentiment,reach]; another tool's CSV with --map. A message imported again replaces itself.",
        columnMap: true);

    /// <summary><c>payoff import brand24|mention|zendesk|freshdesk FILE</c>: listening and helpdesk exports as conversations.</summary>
    public static IEnumerable<Command> Tools(CliContext context) =>
    [
        ImportFilesCommand.ForKind(context, ImportKind.Brand24, "brand24", "Brand24-style mentions export (Date, Hour, Title, Content, Source, Author, Sentiment, Reach, Url): each row an inbound mention; the tool's sentiment kept beside Payoff's."),
        ImportFilesCommand.ForKind(context, ImportKind.MentionExport, "mention", "Mention-style (mention.com) export (Date, Title, Description, Url, Source type, Author, Language, Tone, Reach): each row an inbound mention."),
        ImportFilesCommand.ForKind(context, ImportKind.Zendesk, "zendesk", "Zendesk-style tickets export (Id, Requester, Subject, Via, Created at, First reply time in minutes): each ticket a request and its first reply."),
        ImportFilesCommand.ForKind(context, ImportKind.XArchive, "x-archive", "X archive data/tweets.js: the account's replies (in the thread they answer) and mentions, as outbound messages; plain posts are skipped."),
        ImportFilesCommand.ForKind(context, ImportKind.MetaComments, "meta-comments", "Meta 'Download your information' comments JSON (Instagram post_comments_1.json, Facebook comments.json): the account's comments, Meta's mis-encoded UTF-8 decoded."),
        ImportFilesCommand.ForKind(context, ImportKind.YouTubeComments, "youtube-comments", "YouTube in Google Takeout comments.csv: the account's comments and replies."),
        ImportFilesCommand.ForKind(context, ImportKind.Freshdesk, "freshdesk", "Freshdesk-style tickets export (Ticket ID, Subject, Source, Created time, Full name, First response time (in hrs)): each ticket a request and its first response."),
    ];
}
