using System.Text.RegularExpressions;
using Payoff.Storage.DuckDb;
using Payoff.Storage.Tests.Schema;
using Payoff.Storage.Transfer;

namespace Payoff.Storage.Tests.Transfer;

/// <summary>
/// <see cref="TransferCatalog"/> held to the embedded store's committed schema: every workspace table is copied or named as
/// not copied with its reason, and every copied table's columns are the schema's (names, order, kinds, nullability) — so a
/// migration that adds a table or a column fails here until <c>payoff store copy</c> carries it.
/// </summary>
public sealed partial class TransferCatalogTests
{
    // Kept by the embedded store only, from share_opens: the copy sets them again there (FinishAsync).
    private static readonly HashSet<string> Recomputed = ["share_links.last_used_at", "share_links.opens"];

    [Fact]
    public void Every_workspace_table_is_copied_or_named_as_not_copied()
    {
        var copied = TransferCatalog.Tables.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var missing = DuckDbWorkspaceStore.ScopedTables.Where(t => !copied.Contains(t) && !TransferCatalog.NotCopied.ContainsKey(t)).ToList();
        Assert.True(missing.Count == 0, $"Not in the transfer catalog: {string.Join(", ", missing)}");
        Assert.Empty(copied.Intersect(TransferCatalog.NotCopied.Keys));
        Assert.Equal(copied.Count, TransferCatalog.Tables.Count);
    }

    [Fact]
    public void Every_copied_table_has_the_schemas_columns_in_order_with_their_kinds()
    {
        var schema = Schema();
        foreach (var table in TransferCatalog.Tables)
        {
            Assert.True(schema.TryGetValue(table.Name, out var columns), $"{table.Name} is not in schema.snapshot.txt");
            var expected = columns.Where(c => c.Name != "workspace_id" && !Recomputed.Contains($"{table.Name}.{c.Name}")).ToList();
            Assert.Equal(expected.Select(c => c.Name), table.Columns.Select(c => c.Name));
            foreach (var (column, (_, type, nullable)) in table.Columns.Zip(expected))
            {
                Assert.True(Kind(type) == column.Kind, $"{table.Name}.{column.Name} is {type}, not {column.Kind}");
                Assert.True(nullable == column.Nullable, $"{table.Name}.{column.Name}: nullable {nullable} in the schema");
            }

            Assert.All(table.Key, k => table.IndexOf(k));
            Assert.Equal(table.Form == TransferForm.History, TransferCatalog.NotCopied.ContainsKey(table.Name + "_replaced"));
        }
    }

    [Fact]
    public void Every_id_family_is_a_sequence_of_the_schema()
    {
        var sequences = SequenceLine().Matches(File.ReadAllText(SchemaSnapshot.SnapshotPath)).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var families = TransferCatalog.Tables.SelectMany(t => t.Columns).Select(c => c.Family).OfType<string>().Distinct().ToList();
        Assert.NotEmpty(families);
        Assert.All(families, f => Assert.Contains(f, sequences));
    }

    private static TransferKind Kind(string type) => type switch
    {
        "BIGINT" => TransferKind.Whole,
        "INTEGER" => TransferKind.Small,
        "VARCHAR" => TransferKind.Text,
        "DATE" => TransferKind.Day,
        "TIMESTAMP" => TransferKind.Instant,
        "BOOLEAN" => TransferKind.Flag,
        "DOUBLE" => TransferKind.Real,
        "BLOB" => TransferKind.Bytes,
        _ when type.StartsWith("DECIMAL", StringComparison.Ordinal) => TransferKind.Exact,
        _ => throw new ArgumentException($"No transfer kind for {type}.", nameof(type)),
    };

    private static Dictionary<string, List<(string Name, string Type, bool Nullable)>> Schema()
    {
        var tables = new Dictionary<string, List<(string, string, bool)>>(StringComparer.Ordinal);
        List<(string, string, bool)>? current = null;
        foreach (var line in File.ReadLines(SchemaSnapshot.SnapshotPath))
        {
            if (line.StartsWith("table ", StringComparison.Ordinal))
            {
                tables[line["table ".Length..].Trim()] = current = [];
            }
            else if (ColumnLine().Match(line) is { Success: true } m && current is not null)
            {
                current.Add((m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value == "NULL"));
            }
            else if (!line.StartsWith("  ", StringComparison.Ordinal))
            {
                current = null;
            }
        }

        return tables;
    }

    [GeneratedRegex(@"^  column (\w+) (\S+) (NOT NULL|NULL)")]
    private static partial Regex ColumnLine();

    [GeneratedRegex(@"(?m)^sequence (\w+)")]
    private static partial Regex SequenceLine();
}
