using System.Text.Json.Nodes;

namespace Payoff.Cli.Tests.Baseline;

/// <summary>The baseline's comparer fails on every changed figure and on nothing else.</summary>
public sealed class BaselineJsonTests
{
    private const string Golden = """{"workspace":"demo","rows":[{"network":"LinkedIn","contactRate":0.25,"revenue":12.50,"sessions":40,"note":null}],"totals":{"sessions":40}}""";

    private static string? Difference(string actual, params string[] excluded) =>
        BaselineJson.FirstDifference(JsonNode.Parse(Golden), JsonNode.Parse(actual), excluded);

    [Fact]
    public void The_same_figures_under_snake_case_or_pascal_case_keys_pass()
    {
        Assert.Null(Difference("""{"workspace":"demo","rows":[{"network":"LinkedIn","contact_rate":0.25,"revenue":12.5,"sessions":40,"note":null}],"totals":{"sessions":40}}"""));
        Assert.Null(Difference("""{"Totals":{"Sessions":40},"Rows":[{"Sessions":40,"Note":null,"Revenue":12.500,"ContactRate":2.5E-1,"Network":"LinkedIn"}],"Workspace":"demo"}"""));
    }

    [Fact]
    public void A_changed_number_fails_and_names_its_path()
    {
        Assert.Equal("$.rows[0].contactrate: expected 0.25, got 0.2551", Difference("""{"workspace":"demo","rows":[{"network":"LinkedIn","contact_rate":0.2551,"revenue":12.5,"sessions":40,"note":null}],"totals":{"sessions":40}}"""));
        Assert.Equal("$.totals.sessions: expected 40, got 41", Difference("""{"workspace":"demo","rows":[{"network":"LinkedIn","contactRate":0.25,"revenue":12.5,"sessions":40,"note":null}],"totals":{"sessions":41}}"""));
    }

    [Fact]
    public void A_figure_compares_at_the_precision_it_was_recorded_with()
    {
        // The CLI wrote 0.25 for 0.2500001 (rounded); the one document writes it unrounded: the same figure.
        Assert.Null(Difference("""{"workspace":"demo","rows":[{"network":"LinkedIn","contactRate":0.2500001,"revenue":12.5,"sessions":40,"note":null}],"totals":{"sessions":40}}"""));
        // A double written in full may differ in its last digit (summation order), not in its twelfth.
        var credit = JsonNode.Parse("""{"credit":5.492784959948969}""");
        Assert.Null(BaselineJson.FirstDifference(credit, JsonNode.Parse("""{"credit":5.492784959948968}"""), []));
        Assert.Equal("$.credit: expected 5.492784959948969, got 5.4927849599", BaselineJson.FirstDifference(credit, JsonNode.Parse("""{"credit":5.4927849599}"""), []));
        Assert.Equal("$.totals.sessions: expected 40, got 40.5", Difference("""{"workspace":"demo","rows":[{"network":"LinkedIn","contactRate":0.25,"revenue":12.5,"sessions":40,"note":null}],"totals":{"sessions":40.5}}"""));
    }

    [Fact]
    public void A_missing_field_row_or_null_fails_and_a_field_the_report_gained_does_not()
    {
        Assert.Equal("$.rows[0].revenue: missing (expected 12.50)", Difference("""{"workspace":"demo","rows":[{"network":"LinkedIn","contactRate":0.25,"sessions":40,"note":null}],"totals":{"sessions":40}}"""));
        Assert.Null(Difference("""{"workspace":"demo","rows":[{"network":"LinkedIn","contactRate":0.25,"revenue":12.5,"sessions":40,"note":null,"extra":1}],"totals":{"sessions":40}}"""));
        Assert.Equal("$.rows: expected 1 items, got 0", Difference("""{"workspace":"demo","rows":[],"totals":{"sessions":40}}"""));
        Assert.Equal("$.rows[0].note: expected null, got 0", Difference("""{"workspace":"demo","rows":[{"network":"LinkedIn","contactRate":0.25,"revenue":12.5,"sessions":40,"note":0}],"totals":{"sessions":40}}"""));
    }

    [Fact]
    public void Strings_compare_exactly_and_a_number_is_not_its_text()
    {
        Assert.Equal("$.rows[0].network: expected \"LinkedIn\", got \"linkedin\"", Difference("""{"workspace":"demo","rows":[{"network":"linkedin","contactRate":0.25,"revenue":12.5,"sessions":40,"note":null}],"totals":{"sessions":40}}"""));
        Assert.Equal("$.totals.sessions: expected 40, got \"40\"", Difference("""{"workspace":"demo","rows":[{"network":"LinkedIn","contactRate":0.25,"revenue":12.5,"sessions":40,"note":null}],"totals":{"sessions":"40"}}"""));
    }

    [Fact]
    public void Rows_in_another_order_fail()
    {
        const string two = """[{"network":"A","sessions":1},{"network":"B","sessions":2}]""";
        Assert.Equal("$[0].network: expected \"A\", got \"B\"", BaselineJson.FirstDifference(JsonNode.Parse(two), JsonNode.Parse("""[{"network":"B","sessions":2},{"network":"A","sessions":1}]""")));
    }

    [Fact]
    public void Only_an_excluded_path_may_differ()
    {
        const string changed = """{"workspace":"demo","rows":[{"network":"LinkedIn","contactRate":0.25,"revenue":12.5,"sessions":40,"note":"built 12:01"}],"totals":{"sessions":40}}""";
        Assert.NotNull(Difference(changed));
        Assert.Null(Difference(changed, "$.rows[*].note"));
    }
}
