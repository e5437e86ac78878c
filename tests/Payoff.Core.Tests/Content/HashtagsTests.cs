using Payoff.Core.Content;

namespace Payoff.Core.Tests.Content;

public sealed class HashtagsTests
{
    [Fact]
    public void Tags_of_any_script_are_found_and_urls_entities_and_numbers_are_not()
    {
        var tags = Hashtags.Parse("Nowa kawa #café #ŻubrówkaDay w #ระยอง! https://x.com/a#frag &#39; #1 (#tag) #a_b. #next#glued #CAFÉ");

        Assert.Equal(["café", "ŻubrówkaDay", "ระยอง", "tag", "a_b", "next"], tags);
    }

    [Fact]
    public void No_caption_has_no_tags() => Assert.Empty(Hashtags.Parse(null));
}
