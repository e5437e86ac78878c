using Payoff.Storage.DuckDb;

namespace Payoff.Storage.Tests;

/// <summary>Statements may reference their positional parameters in any order, repeat or skip them.</summary>
public sealed class PositionalParametersTests
{
    [Fact]
    public void A_statement_that_skips_a_positional_parameter_binds_the_ones_it_uses()
    {
        // The kind of fault behind issue 13 §3.6: DuckDB numbers a statement's parameters by those it references.
        using var test = new TestDatabase();
        var db = test.Db;
        Assert.Equal(31L, db.Scalar<long>("SELECT $1 + $3", 1L, 20L, 30L));
        Assert.Equal(60L, db.Scalar<long>("SELECT $3 + $3", 1L, 20L, 30L));
        Assert.Equal("$2 stays text", db.Scalar<string>("SELECT '$2 stays text' WHERE $3 > $1", 1L, 2L, 3L));
    }

    [Fact]
    public void A_statement_that_references_a_parameter_it_was_not_given_says_so()
    {
        using var test = new TestDatabase();
        var db = test.Db;
        var error = Assert.Throws<ArgumentException>(() => db.Scalar<long>("SELECT $1 + $4", 1L, 2L));
        Assert.Contains("$4 but 2 parameter(s)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parameters_referenced_out_of_order_and_repeated_are_renumbered_in_their_order()
    {
        var (sql, values) = PositionalParameters.Bind("SELECT $4, $2, $4, '$3', \"$3\"", [1L, 2L, 3L, 4L]);

        Assert.Equal("SELECT $2, $1, $2, '$3', \"$3\"", sql);
        Assert.Equal(new object?[] { 2L, 4L }, values);
    }

    [Fact]
    public void A_statement_that_references_parameter_zero_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => PositionalParameters.Bind("SELECT $0", [1L]));
        Assert.Contains("$0 but 1 parameter(s)", error.Message, StringComparison.Ordinal);
    }
}
