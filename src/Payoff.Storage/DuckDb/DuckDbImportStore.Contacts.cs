using Payoff.Core.Contacts;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.DuckDb;

/// <content>Writing CRM contacts: upserted by contact id.</content>
public sealed partial class DuckDbImportStore
{
    private long UpsertContacts(Workspace workspace, long importId, IReadOnlyList<CrmContact> contacts)
    {
        db.Execute("DROP TABLE IF EXISTS temp.payoff_contacts");
        db.Execute("CREATE TEMP TABLE payoff_contacts AS SELECT *, 0::BIGINT AS ord FROM contacts LIMIT 0");
        using (var appender = db.Connection.CreateAppender("temp", "main", "payoff_contacts"))
        {
            var ord = 0L;
            foreach (var c in contacts)
            {
                appender.CreateRow()
                    .AppendValue(workspace.Id)
                    .AppendValue(c.ContactId)
                    .AppendValue(c.CreatedAt is { } created ? DuckDbDatabase.ToDb(created) : (DateTime?)null)
                    .AppendValue(c.LeadAt is { } lead ? DuckDbDatabase.ToDb(lead) : (DateTime?)null)
                    .AppendValue(c.CustomerAt is { } customer ? DuckDbDatabase.ToDb(customer) : (DateTime?)null)
                    .AppendValue(c.Revenue)
                    .AppendValue(c.Revenue is null ? c.Currency : c.Currency ?? workspace.Currency)
                    .AppendValue(c.OriginalSourceLabel)
                    .AppendValue(c.OriginalSource?.Channel)
                    .AppendValue(c.OriginalSource?.Network)
                    .AppendValue(c.OriginalSource?.Source)
                    .AppendValue(c.OriginalSource?.Medium)
                    .AppendValue(c.OriginalSource?.Campaign)
                    .AppendValue(importId)
                    .AppendValue(ord++)
                    .EndRow();
            }
        }

        // The last row of a contact id in the file wins, as a later CRM export would. The versions it
        // replaces are archived so the import can be undone exactly.
        db.Execute(
            "INSERT INTO contacts_replaced SELECT c.*, $1 FROM contacts c WHERE c.workspace_id = $2 AND c.contact_id IN (SELECT contact_id FROM payoff_contacts)",
            importId,
            workspace.Id);
        db.Execute(
            """
            INSERT OR REPLACE INTO contacts
            SELECT * EXCLUDE (ord) FROM payoff_contacts
            QUALIFY row_number() OVER (PARTITION BY contact_id ORDER BY ord DESC) = 1
            """);
        var distinct = db.Scalar<long>("SELECT count(DISTINCT contact_id) FROM payoff_contacts");
        db.Execute("DROP TABLE IF EXISTS temp.payoff_contacts");
        return distinct;
    }
}
