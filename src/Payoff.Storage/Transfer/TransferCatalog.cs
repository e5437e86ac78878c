using System.Globalization;

namespace Payoff.Storage.Transfer;

/// <summary>The kind of a value in a <see cref="TransferTable"/> row, and the .NET type it travels as.</summary>
public enum TransferKind
{
    /// <summary>A 64-bit integer (<see cref="long"/>).</summary>
    Whole,

    /// <summary>A 32-bit integer (<see cref="int"/>).</summary>
    Small,

    /// <summary>Text (<see cref="string"/>).</summary>
    Text,

    /// <summary>An exact number (<see cref="decimal"/>, scale kept).</summary>
    Exact,

    /// <summary>A calendar day (<see cref="DateOnly"/>).</summary>
    Day,

    /// <summary>An instant, exact to the microsecond (<see cref="DateTimeOffset"/> in UTC).</summary>
    Instant,

    /// <summary>A flag (<see cref="bool"/>).</summary>
    Flag,

    /// <summary>A floating-point number (<see cref="double"/>).</summary>
    Real,

    /// <summary>Binary content (<see cref="byte"/>[]).</summary>
    Bytes,
}

/// <summary>How an engine keeps a table's rows, which decides how a copy reads and writes them.</summary>
public enum TransferForm
{
    /// <summary>Changing rows, one current row per key (ClickHouse: a ReplacingMergeTree with version and deleted).</summary>
    State,

    /// <summary>Rows only ever added.</summary>
    Append,

    /// <summary>
    /// Imported rows whose newer import replaces the rows of the same key (or scope): the copy carries every import's rows
    /// that are current or restorable by an undo, oldest first, so the target's undo gives back what the source's would.
    /// </summary>
    History,

    /// <summary>Tracked and imported events (ClickHouse: sharded by visitor, with the idempotency index).</summary>
    Events,
}

/// <summary>A column of a <see cref="TransferTable"/>.</summary>
/// <param name="Name">The column's name in the embedded store.</param>
/// <param name="Kind">Its value's kind.</param>
/// <param name="Nullable">Whether it may hold null.</param>
/// <param name="Family">The id sequence its values come from (<c>import_ids</c>, <c>link_ids</c> …), remapped by a copy; null for a plain value.</param>
/// <param name="UniqueInStore">Whether its value is unique across every workspace of a store (a link's slug, a site's domain): a copy refuses a target holding it already.</param>
public sealed record TransferColumn(string Name, TransferKind Kind, bool Nullable, string? Family, bool UniqueInStore);

/// <summary>
/// One table of a workspace as a copy between stores sees it: its columns in the embedded store's layout (without
/// <c>workspace_id</c>, which the engines fill) and how it is kept.
/// </summary>
/// <param name="Name">The table's name in both engines.</param>
/// <param name="Form">How it is kept.</param>
/// <param name="Columns">Its columns, in order.</param>
/// <param name="Key">For <see cref="TransferForm.History"/>: the columns a newer import replaces as a whole (empty: the whole data set).</param>
public sealed record TransferTable(string Name, TransferForm Form, IReadOnlyList<TransferColumn> Columns, IReadOnlyList<string> Key)
{
    /// <summary>The position of column <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">The table has no such column.</exception>
    public int IndexOf(string name)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Name == name)
            {
                return i;
            }
        }

        throw new ArgumentException($"Table {Name} has no column {name}.", nameof(name));
    }
}

/// <summary>
/// Every table of a workspace a copy moves, in an order where a row's ids are remapped before rows that refer to them.
/// What either engine derives (sessions, people, revenue, conversions, daily rollups, the conversation days) is not copied:
/// the target derives it again from what was copied, by its own rules, and the copy's check compares the derived totals too.
/// </summary>
public static class TransferCatalog
{
    /// <summary>The id sequence of workspaces (the target's workspace gets a new id).</summary>
    public const string Workspaces = "workspace_ids";

    /// <summary>The id sequence of users (a member is matched by e-mail in the target, or added).</summary>
    public const string Users = "user_ids";

    /// <summary>The tables, in copy order.</summary>
    public static IReadOnlyList<TransferTable> Tables { get; } =
    [
        T("imports", TransferForm.State, "id:L@import_ids kind:S file_name:S file_sha256:S rows:L imported:L rejected:L duplicates:L imported_at:T undone_at:T?"),
        T("sites", TransferForm.State, "id:L@site_ids domain:S! site_key:S! identity_mode:S honour_dnt:B created_at:T"),
        T("links", TransferForm.State, "id:L@link_ids slug:S! destination:S source:S medium:S campaign:S content:S? term:S? enabled:B created_at:T"),
        T("api_keys", TransferForm.State, "id:L@api_key_ids name:S prefix:S! secret_sha256:S scope:S created_at:T revoked_at:T?"),
        T("memberships", TransferForm.State, "user_id:L@user_ids role:S"),
        T("invitations", TransferForm.State, "selector:S! secret_hash:S kind:S email:S role:S? invited_by:L?@user_ids created_at:T expires_at:T used_at:T?"),
        T("goals", TransferForm.State, "id:L@goal_ids name:S metric:S network:S? campaign:S? label:S? target:D? target_percent:D? baseline:D? start_day:DATE deadline:DATE budget:D? created_at:T archived_at:T?"),
        T("time_entries", TransferForm.State, "id:L@time_ids network:S person:S day:DATE minutes:I note:S? created_at:T"),
        T("time_recurrences", TransferForm.State, "id:L@time_ids network:S person:S minutes:I days:S start_day:DATE end_day:DATE? created_at:T"),
        T("hourly_rates", TransferForm.State, "person:S rate:D currency:S"),
        T("fees", TransferForm.State, "id:L@fee_ids name:S monthly_amount:D currency:S shares:S start_month:DATE end_month:DATE?"),
        T("currency_rates", TransferForm.State, "currency:S valid_from:DATE rate:D"),
        T("assigned_values", TransferForm.State, "conversion:S value:D currency:S"),
        T("experiments", TransferForm.State, "id:L@experiment_ids network:S name:S variants:S assign:S metric:S from_day:DATE until_day:DATE created_at:T ended_at:T? outcome:S? winner:S? summary:S?"),
        T("events", TransferForm.Events, "event_id:S ts:T visitor_id:S? type:S url:S? referrer:S? value:D? currency:S? contact_id:S? name:S? channel:S network:S? source:S medium:S campaign:S? content:S? term:S? click_id_type:S? click_id:S? import_id:L?@import_ids site_id:L?@site_ids device:S? browser:S? country:S?"),
        T("dropped_hits", TransferForm.Append, "hit_id:S ts:T site_id:L?@site_ids reason:S"),
        T("link_clicks", TransferForm.State, "click_id:S link_id:L@link_ids ts:T visitor_id:S unique_key:S drop_reason:S? destination:S"),
        T("contacts", TransferForm.History, "contact_id:S created_at:T? lead_at:T? customer_at:T? revenue:D? currency:S? original_source:S? channel:S? network:S? source:S? medium:S? campaign:S? import_id:L@import_ids", "contact_id"),
        T("account_metrics", TransferForm.History, "network:S account:S day:DATE metric:S platform_metric:S value:D import_id:L@import_ids", "network account metric day"),
        T("costs", TransferForm.History, "network:S campaign:S day:DATE amount:D currency:S impressions:L? clicks:L? conversions:D? import_id:L@import_ids", "network campaign day"),
        T("traffic", TransferForm.History, "dimension:S value:S period_start:DATE period_end:DATE sessions:L engaged_sessions:L? key_events:D? revenue:D? import_id:L@import_ids", "dimension value period_start period_end"),
        T("journey_paths", TransferForm.History, "import_id:L@import_ids line:L path:S conversions:L value:D nulls:L", string.Empty),
        T("posts", TransferForm.History, "network:S post_id:S account:S? permalink:S? published_at:T? type:S text:S? labels:S? impressions:L? views:L? reach:L? likes:L? comments:L? shares:L? saves:L? clicks:L? video_views:L? follows:L? exported_at:T import_id:L@import_ids", "network post_id"),
        T("post_links", TransferForm.Append, "network:S post_id:S import_id:L@import_ids utm_content:S? slug:S?"),
        T("post_times_unknown", TransferForm.Append, "network:S post_id:S import_id:L@import_ids"),
        T("post_hashtag_clicks", TransferForm.Append, "network:S post_id:S import_id:L@import_ids clicks:L"),
        T("audience", TransferForm.History, "network:S account:S audience:S dimension:S value:S position:I count:L? share:D? as_of:DATE? platform_dimension:S exported_at:T import_id:L@import_ids", "network account audience dimension"),
        T("conversation_settings", TransferForm.State, "author_salt:BLOB keep_handles:B retention_months:I response_target_minutes:I business_hours:S? languages:S?"),
        T("conversation_messages", TransferForm.History, "network:S message_id:S thread_id:S direction:S kind:S created_at:T author_hash:S? author_handle:S? text:S? post_id:S? language:S? sentiment:S? score:F? tool_sentiment:S? reach:L? import_id:L@import_ids", "network message_id"),
        T("conversation_corrections", TransferForm.State, "network:S message_id:S sentiment:S corrected_by:S corrected_at:T"),
        T("advocates", TransferForm.State, "id:L@advocate_ids contact_id:S code:S followers:I? created_at:T"),
        T("referral_programs", TransferForm.State, "id:L@referral_program_ids name:S advocate_reward:D friend_reward:D currency:S trigger:S conversion:S? cap:I? from_day:DATE? to_day:DATE? disclosure:S? created_at:T"),
        T("rewards", TransferForm.State, "id:L@reward_ids program_id:L@referral_program_ids advocate_id:L@advocate_ids side:S action_key:S friend_contact_id:S amount:D currency:S earned_at:T day:DATE status:S reason:S? import_id:L?@import_ids network:S"),
        T("reward_history", TransferForm.Append, "reward_id:L@reward_ids status:S changed_at:T changed_by:S reason:S?"),
        T("workspace_handles", TransferForm.State, "handle:S!"),
        T("bio_links", TransferForm.State, "link_id:L@link_ids title:S image_url:S? position:I"),
        T("report_templates", TransferForm.State, "name:S title:S sections:S range_name:S paper:S"),
        T("workspace_branding", TransferForm.State, "agency_name:S? contact:S? footer:S? primary_color:S? accent_color:S? logo:BLOB? hide_payoff:B"),
        T("report_schedules", TransferForm.State, "id:L@report_schedule_ids name:S template:S every:S day:I at_minute:I recipients:S attach_csv:B attach_xlsx:B enabled:B created_at:T"),
        T("schedule_runs", TransferForm.State, "schedule_id:L@report_schedule_ids period_key:S status:S attempts:I last_attempt_at:T next_attempt_at:T? result:S? message_id:S sent_at:T?"),
        T("share_links", TransferForm.State, "id:L@share_link_ids token_hash:S! template:S? page:S? range_name:S? from_day:DATE? to_day:DATE? expires_at:T label:S? created_by:S created_at:T revoked_at:T?"),
        T("share_opens", TransferForm.Append, "link_id:L@share_link_ids opened_at:T user_agent:S?"),
        T("report_archive", TransferForm.State, "id:L@report_archive_ids file_name:S content_type:S content:BLOB template:S from_day:DATE to_day:DATE channel:S recipients:S made_by:S people:S created_at:T erased_at:T?"),
        T("alert_rules", TransferForm.State, "id:L@alert_rule_ids kind:S recipients:S enabled:B checked_at:T? last_result:S?"),
        T("alert_holding", TransferForm.State, "rule_id:L@alert_rule_ids subject:S since:T"),
    ];

    /// <summary>
    /// The embedded store's workspace tables a copy does not move, each with the reason: derived again by the target, or
    /// kept in another table's rows (<see cref="TransferTable"/>s cover the rest; a test holds the two lists to the schema).
    /// </summary>
    public static IReadOnlyDictionary<string, string> NotCopied { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["sessions"] = "derived from events",
        ["people"] = "derived from events and contacts",
        ["revenue"] = "derived from events and contacts",
        ["conversions"] = "derived from events",
        ["daily_rollups"] = "derived from sessions, people, revenue, conversions and costs",
        ["conversation_days"] = "derived from conversation messages",
        ["conversation_days_state"] = "derived from conversation messages",
        ["workspace_locales"] = "the workspace's own settings, copied with it",
        ["contacts_replaced"] = "part of contacts' history",
        ["account_metrics_replaced"] = "part of account_metrics' history",
        ["costs_replaced"] = "part of costs' history",
        ["traffic_replaced"] = "part of traffic's history",
        ["journey_paths_replaced"] = "part of journey_paths' history",
        ["posts_replaced"] = "part of posts' history",
        ["audience_replaced"] = "part of audience's history",
        ["conversation_messages_replaced"] = "part of conversation_messages' history",
    };

    /// <summary>The table called <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such table.</exception>
    public static TransferTable Table(string name) =>
        Tables.FirstOrDefault(t => t.Name == name) ?? throw new KeyNotFoundException($"No transfer table {name}.");

    /// <summary>
    /// A table from a compact spec: <c>name:KIND</c> per column, <c>?</c> nullable, <c>!</c> unique in the store,
    /// <c>@sequence</c> an id family; kinds <c>L</c> Int64, <c>I</c> Int32, <c>S</c> text, <c>D</c> decimal, <c>DATE</c>,
    /// <c>T</c> instant, <c>B</c> flag, <c>F</c> real, <c>BLOB</c> bytes.
    /// </summary>
    private static TransferTable T(string name, TransferForm form, string spec, string key = "") =>
        new(name, form, [.. spec.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Column)], key.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static TransferColumn Column(string spec)
    {
        var colon = spec.IndexOf(':', StringComparison.Ordinal);
        var rest = spec[(colon + 1)..];
        var at = rest.IndexOf('@', StringComparison.Ordinal);
        var family = at < 0 ? null : rest[(at + 1)..];
        var type = at < 0 ? rest : rest[..at];
        var unique = type.EndsWith('!');
        var nullable = type.TrimEnd('!').EndsWith('?');
        var kind = type.TrimEnd('!', '?') switch
        {
            "L" => TransferKind.Whole,
            "I" => TransferKind.Small,
            "S" => TransferKind.Text,
            "D" => TransferKind.Exact,
            "DATE" => TransferKind.Day,
            "T" => TransferKind.Instant,
            "B" => TransferKind.Flag,
            "F" => TransferKind.Real,
            "BLOB" => TransferKind.Bytes,
            var other => throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Unknown kind {other} in {spec}."), nameof(spec)),
        };
        return new TransferColumn(spec[..colon], kind, nullable, family, unique);
    }
}
