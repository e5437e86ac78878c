using Payoff.Core.Contacts;
using Payoff.Core.Workspaces;
using Payoff.Import.Csv;

namespace Payoff.Import.Native;

/// <summary>
/// Reads Payoff's contacts CSV: <c>contact_id,created_at,lead_at,customer_at,revenue,currency,
/// original_source,original_source_detail_1,original_source_detail_2</c>.
/// </summary>
/// <remarks>
/// <c>contact_id</c> is required, and every row needs at least one of the three dates. Revenue is a
/// decimal with a dot. When <c>original_source</c> is given it overrides the computed original source
/// (see <see cref="CrmOriginalSource"/>).
/// </remarks>
public sealed class ContactsFileReader(WorkspaceCalendar calendar)
{
    /// <summary>The columns that must be present.</summary>
    public static readonly IReadOnlyList<string> Required = ["contact_id", "created_at", "lead_at", "customer_at", "revenue", "currency"];

    /// <summary>Every accepted column.</summary>
    public static readonly IReadOnlyList<string> Known =
        ["contact_id", "created_at", "lead_at", "customer_at", "revenue", "currency", "original_source", "original_source_detail_1", "original_source_detail_2"];

    private static readonly string[] DateColumns = ["created_at", "lead_at", "customer_at"];

    /// <summary>Reads and validates the file, lazily (see <see cref="ParsedFile{T}"/>); <paramref name="options"/> name its encoding and date format when they cannot be detected.</summary>
    public ParsedFile<CrmContact> Read(string path, ImportOptions? options = null)
    {
        var table = CsvTable.Open(path, options);
        table.RequireColumns(Required, Known);
        return NativeRows.Read(table, ReadRow);
    }

    private CrmContact? ReadRow(CsvRow r, RowErrors row)
    {
        var id = r["contact_id"];
        if (id is null)
        {
            row.Add("contact_id", "contact_id is empty.");
        }
        else if (id.Length > FieldParser.MaxIdLength)
        {
            row.Add("contact_id", $"contact_id is longer than {FieldParser.MaxIdLength} characters.");
        }

        var dates = new DateTimeOffset?[3];
        for (var i = 0; i < DateColumns.Length; i++)
        {
            if (r[DateColumns[i]] is not { } text)
            {
                continue;
            }

            if (FieldParser.TryParseInstant(text, calendar, out var instant, out var error))
            {
                dates[i] = instant;
            }
            else
            {
                row.Add(DateColumns[i], error);
            }
        }

        if (row.Count == 0 && dates.All(d => d is null))
        {
            row.Add("created_at", "a contact needs at least one of created_at, lead_at or customer_at.");
        }

        decimal? revenue = null;
        if (r["revenue"] is { } revenueText)
        {
            if (FieldParser.TryParseDecimal(revenueText, out var parsed, out var error))
            {
                revenue = parsed;
            }
            else
            {
                row.Add("revenue", error);
            }
        }

        string? currency = null;
        if (r["currency"] is { } currencyText)
        {
            if (FieldParser.TryParseCurrency(currencyText, out var code, out var error))
            {
                currency = code;
            }
            else
            {
                row.Add("currency", error);
            }
        }

        if (row.Count > 0 || id is null)
        {
            return null;
        }

        var original = r["original_source"];
        return new CrmContact
        {
            ContactId = id,
            CreatedAt = dates[0],
            LeadAt = dates[1],
            CustomerAt = dates[2],
            Revenue = revenue,
            Currency = currency,
            OriginalSourceLabel = original,
            OriginalSource = original is null ? null : CrmOriginalSource.Map(original, r["original_source_detail_1"], r["original_source_detail_2"]),
        };
    }
}
