using Payoff.Storage.DuckDb;

/// <summary>Raw SQL baselines for the benchmarks.</summary>
internal static class BenchSql
{
    /// <summary>Runs <paramref name="sql"/> and reads every value of every row (what any report over it must at least do); returns the rows.</summary>
    public static long ReadToEnd(DuckDbDatabase db, string sql, params object?[] parameters)
    {
        using var command = db.Command(sql, parameters);
        using var reader = command.ExecuteReader();
        var rows = 0L;
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                _ = reader.GetValue(i);
            }

            rows++;
        }

        return rows;
    }
}
