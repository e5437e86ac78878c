using Payoff.Core.Audience;

namespace Payoff.Core.Tests.Audience;

public sealed class AudienceReportBuilderTests
{
    private static IEnumerable<AudienceRow> Shares(string network, string dimension, params (string Value, decimal Share)[] values) =>
        values.Select((v, i) => new AudienceRow(network, null, "followers", dimension, v.Value, null, v.Share, null, dimension, i));

    private static IEnumerable<AudienceRow> Counts(string network, string dimension, params (string Value, long Count)[] values) =>
        values.Select((v, i) => new AudienceRow(network, null, "followers", dimension, v.Value, v.Count, null, null, dimension, i));

    private static readonly (string, decimal)[] FacebookAges = [("13-17", 0.007m), ("18-24", 0.14m), ("25-34", 0.27m), ("35-44", 0.245m), ("45-54", 0.18m), ("55-64", 0.10m), ("65+", 0.058m)];

    private static readonly (string, decimal)[] InstagramAges = [("13-17", 0.035m), ("18-24", 0.41m), ("25-34", 0.35m), ("35-44", 0.115m), ("45-54", 0.06m), ("55-64", 0.022m), ("65+", 0.008m)];

    [Fact]
    public void Facebook_and_instagram_ages_differ_markedly_by_the_hand_computed_distance()
    {
        // ½ (|0.7−3.5| + |14−41| + |27−35| + |24.5−11.5| + |18−6| + |10−2.2| + |5.8−0.8|) % = ½ · 75.6 % = 0.378
        var report = AudienceReportBuilder.Build([.. Shares("Facebook", "age", FacebookAges), .. Shares("Instagram", "age", InstagramAges)]);

        var comparison = Assert.Single(report.Comparisons);
        Assert.Equal(("Facebook", "Instagram", 0.378m, true), (comparison.First, comparison.Second, comparison.Distance, comparison.DiffersMarkedly));
        Assert.Equal(("18-24", 0.14m, 0.41m), (comparison.Value, comparison.FirstShare, comparison.SecondShare));
        Assert.Equal(
            "Facebook's and Instagram's audiences differ markedly by age: total-variation distance 0.38 (at least 0.25); the largest gap is 18-24: Instagram 41 % vs Facebook 14 %.",
            comparison.Sentence);
        Assert.Null(comparison.ChiSquare);
    }

    [Fact]
    public void Genders_are_matched_across_platforms_words_and_a_small_distance_is_alike()
    {
        // Women/Female 0.58 vs 0.612, Men/Male 0.42 vs 0.354, Other 0 vs 0.034: ½ (3.2 + 6.6 + 3.4) % = 0.066
        var report = AudienceReportBuilder.Build([.. Shares("Instagram", "gender", ("Women", 0.58m), ("Men", 0.42m)), .. Shares("TikTok", "gender", ("Female", 0.612m), ("Male", 0.354m), ("Other", 0.034m))]);

        var comparison = Assert.Single(report.Comparisons);
        Assert.Equal((0.066m, false, "Men"), (comparison.Distance, comparison.DiffersMarkedly, comparison.Value));
        Assert.StartsWith("Instagram's and TikTok's audiences are alike by gender: total-variation distance 0.07;", comparison.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue_17_the_largest_gap_never_gives_a_value_a_top_list_leaves_out_a_share_of_0()
    {
        // Instagram's top countries leave 5 % unlisted, the United States among them perhaps: its US share is unknown.
        // The distance counts it 0 there and the 5 % as the catch-all: ½ (2 + 1 + 2 + 6 + 5) % = 0.08.
        var report = AudienceReportBuilder.Build([
            .. Shares("Instagram", "country", ("India", 0.40m), ("Indonesia", 0.30m), ("Brazil", 0.25m)),
            .. Counts("YouTube", "country", ("India", 42), ("Indonesia", 29), ("Brazil", 23), ("United States", 6)),
        ]);

        var comparison = Assert.Single(report.Comparisons);
        Assert.Equal(0.08m, comparison.Distance);
        Assert.Equal(("the rest (catch-all or not listed)", 0.05m, 0m), (comparison.Value, comparison.FirstShare, comparison.SecondShare));
        Assert.Equal("Instagram's and YouTube's audiences are alike by country: total-variation distance 0.08; the largest gap is the rest (catch-all or not listed): Instagram 5 % vs YouTube 0 %.", comparison.Sentence);
        Assert.DoesNotContain("United States", comparison.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_top_list_rest_is_compared_as_the_other_platforms_catch_all_row()
    {
        // Instagram lists 71 %: its rest 29 % meets TikTok's Others 17.8 %.
        // ½ (9.7 + 3.9 + 1.3 + 7.4 + 4.3 + 6.1 + 4.5 + 11.2) % = ½ · 48.4 % = 0.242
        var report = AudienceReportBuilder.Build([
            .. Shares("Instagram", "country", ("Indonesia", 0.315m), ("United States", 0.182m), ("Germany", 0.096m), ("India", 0.074m), ("United Kingdom", 0.043m)),
            .. Shares("TikTok", "country", ("Indonesia", 0.412m), ("United States", 0.221m), ("Germany", 0.083m), ("Malaysia", 0.061m), ("Philippines", 0.045m), ("Others", 0.178m)),
        ]);

        var comparison = Assert.Single(report.Comparisons);
        Assert.Equal((0.242m, false), (comparison.Distance, comparison.DiffersMarkedly));
        Assert.Equal("the rest (catch-all or not listed)", comparison.Value);
        Assert.Equal(0.71m, report.Distributions[0].Listed);
        Assert.True(report.Distributions[1].Values[^1].IsOther);
    }

    [Fact]
    public void Counts_on_both_sides_add_pearsons_chi_square()
    {
        // Shares 0.3/0.7 vs 0.6/0.4: TVD 0.3. Expected counts 45/55 on each side: χ² = 2·225/45 + 2·225/55 = 18.18, 1 degree of freedom.
        var report = AudienceReportBuilder.Build([
            .. Counts("LinkedIn", "seniority", ("Senior", 30), ("Entry", 70)),
            .. Counts("YouTube", "seniority", ("Senior", 60), ("Entry", 40)),
        ]);

        var comparison = Assert.Single(report.Comparisons);
        Assert.Equal(0.3m, comparison.Distance);
        Assert.Equal(18.1818, comparison.ChiSquare!.Value, 4);
        Assert.Equal(1, comparison.DegreesOfFreedom);
        Assert.InRange(comparison.PValue!.Value, 1e-5, 3e-5);
        Assert.Equal([0.3m, 0.7m], report.Distributions[0].Values.Select(v => v.Share));
        Assert.Equal(100L, report.Distributions[0].Total);
    }

    [Fact]
    public void Two_audiences_of_one_network_are_labelled_by_audience_and_compared()
    {
        var rows = Counts("LinkedIn", "industry", ("Software", 10)).Concat(
            Counts("LinkedIn", "industry", ("Software", 5), ("Banking", 5)).Select(r => r with { Audience = "visitors" }));

        var report = AudienceReportBuilder.Build([.. rows]);

        Assert.Equal(["LinkedIn followers", "LinkedIn visitors"], report.Distributions.Select(d => d.Label));
        Assert.Equal(0.5m, Assert.Single(report.Comparisons).Distance);
    }

    [Fact]
    public void A_distance_just_below_the_threshold_is_never_printed_as_the_threshold()
    {
        // ½ (|0.62495−0.375| + |0.37505−0.625|) = 0.24995: "alike", and shown as 0.2499, not 0.25.
        var report = AudienceReportBuilder.Build([.. Shares("A", "gender", ("Women", 0.62495m), ("Men", 0.37505m)), .. Shares("B", "gender", ("Women", 0.375m), ("Men", 0.625m))]);

        var comparison = Assert.Single(report.Comparisons);
        Assert.False(comparison.DiffersMarkedly);
        Assert.Contains("are alike by gender: total-variation distance 0.2499;", comparison.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Distance_is_half_the_sum_of_absolute_differences_over_the_union_of_values()
    {
        var p = new Dictionary<string, decimal> { ["a"] = 0.5m, ["b"] = 0.5m };
        var q = new Dictionary<string, decimal> { ["b"] = 0.25m, ["c"] = 0.75m };
        Assert.Equal(0.75m, AudienceReportBuilder.Distance(p, q));
        Assert.Equal(0m, AudienceReportBuilder.Distance(p, p));
    }

    [Theory]
    [InlineData("gender", "Frauen", "female")]
    [InlineData("gender", "Male", "male")]
    [InlineData("age", "18–24", "18-24")]
    [InlineData("country", "Others", "other")]
    [InlineData("job_function", "Sonstige", "other")]
    [InlineData("country", "United States", "iso:us")]
    [InlineData("country", "US", "iso:us")]
    [InlineData("country", "usa", "iso:us")]
    [InlineData("country", "United States of America", "iso:us")]
    [InlineData("country", "Polska", "iso:pl")]
    [InlineData("country", "POL", "iso:pl")]
    [InlineData("country", "United Kingdom", "iso:gb")]
    [InlineData("country", "Atlantis", "atlantis")]
    [InlineData("city", "US", "us")]
    public void Values_are_folded_only_for_comparison(string dimension, string value, string key) =>
        Assert.Equal(key, AudienceDimensions.Key(dimension, value));
}
