using System.Text;
using Payoff.Web.Collect;

namespace Payoff.Web.Tests;

/// <summary>The collect body reader (<see cref="EventParser"/>) on its own: every hostile body is an error naming the field, never an exception.</summary>
public sealed class CollectParserTests
{
    private static readonly byte[] Junk = [.. "{}[]\",:\\0e-.tnu"u8, 0xFF, 0xC3];

    private static (IReadOnlyList<(EventFields? Fields, string? Error)> Events, string? BodyError) Parse(string json, int maxBatch = 100) =>
        EventParser.Parse(Encoding.UTF8.GetBytes(json), maxBatch);

    [Fact]
    public void Every_field_is_read_with_its_type()
    {
        var (events, error) = Parse("""
            {"site":"s_1","type":"conversion","url":" https://example.com/buy ","referrer":"https://t.co/","visitor":"v-12345678","visitor_id":"u1",
             "event_id":"e1","contact_id":42,"name":"order","value":"49.90","currency":"usd","ts":1700000000000,"sent_at":"2023-11-14T22:13:20Z",
             "timestamp":1700000000000,"ip":"203.0.113.9","user_agent":"Mozilla/5.0","props":{"deep":[1,{"x":null}]}}
            """);
        Assert.Null(error);
        var e = Assert.Single(events).Fields!;
        Assert.Equal("https://example.com/buy", e.Url);
        Assert.Equal("42", e.ContactId);
        Assert.Equal(49.90m, e.Value);
        Assert.Equal("usd", e.Currency);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000), e.Ts);
        Assert.Equal(e.Ts, e.SentAt);
        Assert.Equal(e.Ts, e.Timestamp);
        Assert.Equal(("s_1", "conversion", "https://t.co/", "v-12345678", "u1", "e1", "order", "203.0.113.9", "Mozilla/5.0"), (e.Site, e.Type, e.Referrer, e.Visitor, e.VisitorId, e.EventId, e.Name, e.Ip, e.UserAgent));
        Assert.Empty(e.Warnings);
    }

    [Theory]
    [InlineData("""{"url":{"nested":{"deeper":[1,2,3]}}}""", "Field 'url' must be a string.")]
    [InlineData("""{"site":true}""", "Field 'site' must be a string.")]
    [InlineData("""{"event_id":[1,2]}""", "Field 'event_id' must be a string.")]
    [InlineData("""{"value":"ten"}""", "Field 'value' must be a number below 10^12.")]
    [InlineData("""{"value":1e300}""", "Field 'value' must be a number below 10^12.")]
    [InlineData("""{"value":{"amount":1}}""", "Field 'value' must be a number below 10^12.")]
    [InlineData("""{"timestamp":"yesterday"}""", "Field 'timestamp' must be milliseconds since 1970 or an ISO 8601 time.")]
    [InlineData("""{"timestamp":-5}""", "Field 'timestamp' must be milliseconds since 1970 or an ISO 8601 time.")]
    [InlineData("""{"name":"a\u0000b"}""", "Field 'name' contains a NUL character.")]
    [InlineData("""{"referrer":"\ud800"}""", "Field 'referrer' is not valid text: it holds invalid UTF-8 or a lone surrogate.")]
    [InlineData("""{"url":[],"site":{}}""", "Field 'site' must be a string.")]
    public void A_field_of_the_wrong_kind_rejects_its_event_naming_the_field(string json, string message)
    {
        var (events, error) = Parse(json);
        Assert.Null(error);
        var (fields, reason) = Assert.Single(events);
        Assert.Null(fields);
        Assert.Equal(message, reason);
    }

    [Fact]
    public void Invalid_utf8_in_a_field_rejects_the_event_naming_the_field()
    {
        var body = Encoding.UTF8.GetBytes("""{"url":"https://example.com/X"}""");
        body[Array.IndexOf(body, (byte)'X')] = 0xFF;
        var (fields, reason) = Assert.Single(EventParser.Parse(body, 100).Events);
        Assert.Null(fields);
        Assert.Equal("Field 'url' is not valid text: it holds invalid UTF-8 or a lone surrogate.", reason);
    }

    [Fact]
    public void An_unreadable_browser_time_is_a_warning_not_a_rejection()
    {
        var e = Assert.Single(Parse("""{"ts":{"when":"now"},"sent_at":"soon"}""").Events).Fields!;
        Assert.Null(e.Ts);
        Assert.Equal(["Field 'ts' must be milliseconds since 1970 or an ISO 8601 time. It was ignored; the server's time was used.",
            "Field 'sent_at' must be milliseconds since 1970 or an ISO 8601 time. It was ignored; the server's time was used."], e.Warnings);
    }

    [Theory]
    [InlineData("", "not valid JSON")]
    [InlineData("   ", "not valid JSON")]
    [InlineData("{not json", "not valid JSON")]
    [InlineData("""{"site":"s"}{"site":"t"}""", "not valid JSON")]
    [InlineData("""{"site":"s"}]""", "not valid JSON")]
    [InlineData("""{"site":"s","x":[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]}""", "not valid JSON")]
    [InlineData("42", "one event object or an array")]
    [InlineData("\"text\"", "one event object or an array")]
    [InlineData("null", "one event object or an array")]
    [InlineData("[]", "The batch is empty.")]
    public void A_body_that_is_not_events_is_refused_as_a_whole(string json, string message)
    {
        var (events, error) = Parse(json);
        Assert.Empty(events);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_batch_over_the_limit_is_refused_with_its_size()
    {
        var (_, error) = Parse("[" + string.Join(',', Enumerable.Repeat("""{"type":"pageview"}""", 4)) + "]", maxBatch: 3);
        Assert.Equal("The batch has 4 events; the limit is 3.", error);
    }

    [Fact]
    public void Each_element_of_a_batch_is_read_or_rejected_on_its_own()
    {
        var (events, error) = Parse("""[{"site":"a"}, 7, "x", {"site":"b","url":false}, {"site":"c"}]""");
        Assert.Null(error);
        Assert.Equal(["a", null, null, null, "c"], events.Select(e => e.Fields?.Site));
        Assert.Equal([null, "An event must be a JSON object.", "An event must be a JSON object.", "Field 'url' must be a string.", null], events.Select(e => e.Error));
    }

    [Fact]
    public void A_huge_unknown_string_is_skipped_and_a_repeated_field_keeps_its_last_value()
    {
        var e = Assert.Single(Parse($$"""{"site":"a","junk":"{{new string('x', 60_000)}}","site":"b"}""").Events).Fields!;
        Assert.Equal("b", e.Site);
    }

    [Fact]
    public void No_mangled_body_throws()
    {
        var valid = Encoding.UTF8.GetBytes("""[{"site":"s_1","type":"pageview","url":"https://example.com/?a=1","value":1.5,"ts":1700000000000,"props":{"k":["v",2,null,true]}}]""");
        var random = new Random(16);
        for (var i = 0; i < 5_000; i++)
        {
            var body = valid[..random.Next(valid.Length + 1)];
            for (var flips = random.Next(4); flips > 0 && body.Length > 0; flips--)
            {
                body[random.Next(body.Length)] = Junk[random.Next(Junk.Length)];
            }

            var (events, error) = EventParser.Parse(body, 100);
            Assert.True(error is not null || events.Count > 0);
        }
    }
}
