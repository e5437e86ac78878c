using System.Data.Common;
using System.Globalization;
using System.Text;

namespace Payoff.Storage.Tests.Schema;

/// <summary>
/// A database's schema as canonical text (tables with their columns in order, types, nullability,
/// defaults, keys and checks; indexes; sequences; views), the committed snapshot it is compared with,
/// and a readable diff between the two.
/// </summary>
/// <remarks>
/// Regenerate the snapshot after adding a migration with <c>PAYOFF_UPDATE_SCHEMA=1 dotnet test
/// tests/Payoff.Storage.Tests --filter FullyQualifiedName~SchemaSnapshotTests</c> and review its diff with the migration.
/// </remarks>
public static class SchemaSnapshot
{
    /// <summary>The environment variable that makes the snapshot tests rewrite the committed files instead of comparing.</summary>
    public const string UpdateVariable = "PAYOFF_UPDATE_SCHEMA";

    /// <summary>Whether <see cref="UpdateVariable"/> is set to 1.</summary>
    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <summary>The committed snapshot of the latest schema.</summary>
    public static string SnapshotPath => RepositoryFile("src", "Payoff.Storage", "DuckDb", "Migrations", "schema.snapshot.txt");

    /// <summary>The schema of the database open on <paramref name="connection"/>, one line per fact, in a fixed order.</summary>
    public static string Dump(DbConnection connection)
    {
        var text = new StringBuilder();
        var where = "database_name = current_database() AND schema_name = 'main'";
        foreach (var table in Rows(connection, $"SELECT table_name FROM duckdb_tables() WHERE {where} AND NOT internal AND NOT temporary ORDER BY table_name"))
        {
            var name = table[0];
            text.Append("table ").AppendLine(name);
            foreach (var column in Rows(connection, $"""
                SELECT column_name, data_type, CASE WHEN is_nullable THEN 'NULL' ELSE 'NOT NULL' END, coalesce('DEFAULT ' || column_default, '')
                FROM duckdb_columns() WHERE {where} AND table_name = '{name}' ORDER BY column_index
                """))
            {
                text.Append("  column ").AppendLine(string.Join(' ', column.Where(c => c.Length > 0)));
            }

            foreach (var constraint in Rows(connection, $"""
                SELECT constraint_type, '(' || array_to_string(constraint_column_names, ', ') || ')', coalesce(expression, ''),
                       coalesce('REFERENCES ' || referenced_table || '(' || array_to_string(referenced_column_names, ', ') || ')', '')
                FROM duckdb_constraints() WHERE {where} AND table_name = '{name}' AND constraint_type <> 'NOT NULL'
                ORDER BY constraint_type, 2, 3
                """))
            {
                text.Append("  ").AppendLine(string.Join(' ', constraint.Where(c => c.Length > 0)));
            }
        }

        foreach (var index in Rows(connection, $"""
            SELECT table_name, index_name, CASE WHEN is_unique THEN 'UNIQUE' ELSE '' END, CASE WHEN is_primary THEN 'PRIMARY' ELSE '' END, coalesce(expressions::VARCHAR, '')
            FROM duckdb_indexes() WHERE {where} ORDER BY table_name, index_name
            """))
        {
            text.Append("index ").AppendLine(string.Join(' ', index.Where(c => c.Length > 0)));
        }

        // Not start_value: DuckDB stores a used sequence with its next value as the start, which is state, not schema.
        foreach (var sequence in Rows(connection, $"""
            SELECT sequence_name, 'INCREMENT ' || increment_by, 'MIN ' || min_value, 'MAX ' || max_value, CASE WHEN cycle THEN 'CYCLE' ELSE 'NO CYCLE' END
            FROM duckdb_sequences() WHERE {where} AND NOT temporary ORDER BY sequence_name
            """))
        {
            text.Append("sequence ").AppendLine(string.Join(' ', sequence));
        }

        foreach (var view in Rows(connection, $"SELECT view_name, sql FROM duckdb_views() WHERE {where} AND NOT internal AND NOT temporary ORDER BY view_name"))
        {
            text.Append("view ").Append(view[0]).Append(": ").AppendLine(view[1].ReplaceLineEndings(" "));
        }

        return text.ToString();
    }

    /// <summary>
    /// The lines that differ between <paramref name="expected"/> and <paramref name="actual"/>, as
    /// <c>- </c> (only in the expected) and <c>+ </c> (only in the actual) with two lines of context;
    /// empty when they are equal.
    /// </summary>
    public static string Diff(string expected, string actual)
    {
        var a = expected.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        var b = actual.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');

        // Longest common subsequence of lines, then a walk that prints the changes.
        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var lines = new List<(char Mark, string Text)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                lines.Add((' ', a[x++]));
                y++;
            }
            else if (x < a.Length && (y == b.Length || common[x + 1, y] >= common[x, y + 1]))
            {
                lines.Add(('-', a[x++]));
            }
            else
            {
                lines.Add(('+', b[y++]));
            }
        }

        var shown = new StringBuilder();
        var last = -1;
        for (var k = 0; k < lines.Count; k++)
        {
            var near = Enumerable.Range(Math.Max(0, k - 2), Math.Min(lines.Count, k + 3) - Math.Max(0, k - 2)).Any(n => lines[n].Mark != ' ');
            if (!near)
            {
                continue;
            }

            if (last >= 0 && k > last + 1)
            {
                shown.AppendLine("  …");
            }

            shown.Append(lines[k].Mark).Append(' ').AppendLine(lines[k].Text);
            last = k;
        }

        return shown.ToString();
    }

    /// <summary>Fails with the diff when <paramref name="actual"/> is not the committed file at <paramref name="path"/>; rewrites the file instead when <see cref="Updating"/>.</summary>
    public static void AssertMatchesFile(string path, string actual, string what)
    {
        if (Updating)
        {
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"{path} is missing: run the test with {UpdateVariable}=1 to write it, then review and commit it.");
        var diff = Diff(File.ReadAllText(path), actual);
        Assert.True(
            diff.Length == 0,
            $"{what} differs from {Path.GetFileName(path)} (- committed, + now):\n{diff}\nIf the change is intended (a new migration), rerun with {UpdateVariable}=1 and commit the updated {Path.GetFileName(path)}.");
    }

    /// <summary>The full path of a file of this repository, from its path parts below the root.</summary>
    public static string RepositoryFile(params string[] parts)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Payoff.slnx")))
        {
            folder = folder.Parent;
        }

        var root = folder?.FullName ?? throw new InvalidOperationException($"No Payoff.slnx above {AppContext.BaseDirectory}.");
        return Path.Combine([root, .. parts]);
    }

    private static List<string[]> Rows(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string[]>();
        while (reader.Read())
        {
            var row = new string[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)!;
            }

            rows.Add(row);
        }

        return rows;
    }
}
