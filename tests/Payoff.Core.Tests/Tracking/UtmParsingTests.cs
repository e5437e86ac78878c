using Payoff.Core.Tracking;

namespace Payoff.Core.Tests.Tracking;

public class UtmParsingTests
{
    [Fact]
    public void Names_are_case_insensitive_and_values_kept_as_given()
    {
        var utm = TrackingParameters.ReadUtm("https://a.example/?UTM_SOURCE=LinkedIn&Utm_Medium=Social&utm_CAMPAIGN=Announcements");

        Assert.Equal(("LinkedIn", "Social", "Announcements"), (utm.Source, utm.Medium, utm.Campaign));
    }

    [Fact]
    public void The_first_value_of_a_repeated_parameter_wins()
    {
        var utm = TrackingParameters.ReadUtm("https://a.example/?utm_source=first&utm_source=second&UTM_SOURCE=third");

        Assert.Equal("first", utm.Source);
    }

    [Fact]
    public void Values_are_percent_decoded_plus_is_a_space_and_values_are_trimmed()
    {
        var utm = TrackingParameters.ReadUtm("https://a.example/?utm_campaign=Spring+Sale%202025&utm_content=%20caf%C3%A9%20&utm_term=a%2Bb");

        Assert.Equal("Spring Sale 2025", utm.Campaign);
        Assert.Equal("café", utm.Content);
        Assert.Equal("a+b", utm.Term);
    }

    [Fact]
    public void Empty_values_are_absent_and_an_empty_first_value_still_wins()
    {
        var utm = TrackingParameters.ReadUtm("https://a.example/?utm_source=&utm_source=fb&utm_medium=%20%20");

        Assert.Null(utm.Source);
        Assert.Null(utm.Medium);
        Assert.True(utm.IsUntagged);
    }

    [Fact]
    public void Invalid_escapes_stay_literal_and_bad_utf8_becomes_the_replacement_character()
    {
        var utm = TrackingParameters.ReadUtm("https://a.example/?utm_source=100%zz&utm_medium=%FF");

        Assert.Equal("100%zz", utm.Source);
        Assert.Equal("\uFFFD", utm.Medium);
    }

    [Fact]
    public void The_fragment_is_not_part_of_the_query_and_all_tags_are_read()
    {
        var utm = TrackingParameters.ReadUtm("https://a.example/p?utm_id=42&utm_source_platform=Meta&utm_creative_format=video&utm_marketing_tactic=prospecting#utm_source=hash");

        Assert.Null(utm.Source);
        Assert.Equal(("42", "Meta", "video", "prospecting"), (utm.Id, utm.SourcePlatform, utm.CreativeFormat, utm.MarketingTactic));
    }

    [Fact]
    public void Click_ids_are_case_sensitive_values_found_in_a_fixed_order()
    {
        var query = QueryString.Parse("https://a.example/?FBCLID=IwAR0AbC&gclid=Cj0KCQ");

        var clickId = TrackingParameters.ReadClickId(query);

        Assert.Equal(new ClickId("gclid", "Cj0KCQ"), clickId);
        Assert.Equal("IwAR0AbC", QueryString.Parse("https://a.example/?FBCLID=IwAR0AbC")["fbclid"]);
    }

    [Fact]
    public void A_url_without_a_query_has_no_tags()
    {
        Assert.Same(UtmTags.None.GetType(), TrackingParameters.ReadUtm("https://a.example/path").GetType());
        Assert.True(TrackingParameters.ReadUtm((string?)null).IsUntagged);
        Assert.Null(TrackingParameters.ReadClickId(QueryString.Parse("https://a.example/?")));
    }
}
