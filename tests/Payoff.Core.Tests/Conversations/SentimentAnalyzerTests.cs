using Payoff.Core.Conversations.SentimentAnalysis;

namespace Payoff.Core.Tests.Conversations;

/// <summary>The sentiment rules, one behaviour each, in the four languages (the word lists alone), and the English and Polish models beside them.</summary>
public sealed class SentimentAnalyzerTests
{
    // The rules are tested on the word lists alone: the models' part is tested below.
    private static readonly SentimentAnalyzer Analyzer = new() { Models = _ => null };

    [Theory]
    [InlineData("The food was great and the staff lovely", "en", Sentiment.Positive)]
    [InlineData("Terrible service, never again", "en", Sentiment.Negative)]
    [InlineData("Do you ship to Norway?", "en", Sentiment.Neutral)]
    [InlineData("Pelayanannya ramah banget, recommended!", "id", Sentiment.Positive)]
    [InlineData("Kecewa berat, barangnya rusak", "id", Sentiment.Negative)]
    [InlineData("Kak, ready size M?", "id", Sentiment.Neutral)]
    [InlineData("Sedap gila nasi lemak ni, memang terbaik", "ms", Sentiment.Positive)]
    [InlineData("Servis lambat, tak berbaloi langsung", "ms", Sentiment.Negative)]
    [InlineData("Boleh COD tak?", "ms", Sentiment.Neutral)]
    [InlineData("Obsługa bardzo miła, polecam!", "pl", Sentiment.Positive)]
    [InlineData("Nie polecam, obsluga tragiczna", "pl", Sentiment.Negative)]
    [InlineData("Do której jesteście otwarci w niedzielę?", "pl", Sentiment.Neutral)]
    public void Plain_messages_get_their_class(string text, string language, Sentiment expected)
    {
        Assert.Equal(expected, Analyzer.Score(text, language).Sentiment);
        Assert.Equal(expected, SentimentAnalyzer.Default.Score(text, language).Sentiment);
    }

    [Fact]
    public void English_and_polish_have_a_model_trained_on_the_dev_files_and_indonesian_and_malay_none()
    {
        Assert.Equal(432, SentimentModel.For("en")!.Messages);
        Assert.Equal(432, SentimentModel.For("pl")!.Messages);
        Assert.Null(SentimentModel.For("id"));
        Assert.Null(SentimentModel.For("ms"));
        Assert.Throws<ArgumentException>(() => SentimentModel.Train("en", [(Sentiment.Positive, "great")]));
    }

    [Theory]
    [InlineData("The rep promised a callback within 24 hours. That was Monday.", "en")] // a complaint that states facts
    [InlineData("Zamówienie złożone 10 dni temu, status od tygodnia się nie zmienia.", "pl")]
    public void The_model_reads_a_factual_complaint_that_no_word_list_sees(string text, string language)
    {
        var words = Analyzer.Score(text, language);
        var (combined, contributions) = SentimentAnalyzer.Default.Explain(text, language);

        Assert.NotEqual(Sentiment.Negative, words.Sentiment);
        Assert.Equal(Sentiment.Negative, combined.Sentiment);
        Assert.True(combined.Score < 0 && combined.Score >= -1, $"{combined.Score}");
        Assert.Contains(contributions, c => c.Text.Contains($"with the {language} model", StringComparison.Ordinal));
    }

    [Fact]
    public void Decisive_word_lists_are_not_overruled_and_the_class_agrees_with_the_scores_sign()
    {
        Assert.Equal(Sentiment.Negative, SentimentAnalyzer.Default.Score("The food was good but the service was awful", "en").Sentiment);
        Assert.Equal(Sentiment.Negative, SentimentAnalyzer.Default.Score("Delivery was fast but the product broke after one day.", "en").Sentiment);
        Assert.Equal(Sentiment.Neutral, SentimentAnalyzer.Default.Score("hello", "en").Sentiment);
        Assert.Equal(Sentiment.Neutral, SentimentAnalyzer.Default.Score("Kiedy dostanę zwrot pieniędzy?", "pl").Sentiment);
        foreach (var text in new[] { "Thanks, all sorted now", "Still no reply after three emails", "What time do you open on Sunday?", "Dzięki, wszystko już działa", "Trzeci raz piszę i nic" })
        {
            var result = SentimentAnalyzer.Default.Score(text);
            Assert.True(result.Sentiment switch { Sentiment.Positive => result.Score > 0, Sentiment.Negative => result.Score < 0, _ => true }, $"{text}: {result}");
        }
    }

    [Fact]
    public void A_negator_within_three_words_flips_and_shrinks_but_not_across_a_sentence()
    {
        var good = Analyzer.Score("The cake is good", "en").Score;
        var notGood = Analyzer.Score("The cake is not good", "en").Score;
        var stopped = Analyzer.Score("Not today. The cake is good", "en").Score;

        Assert.True(notGood < 0 && Math.Abs(notGood) < good, $"{notGood} vs {good}");
        Assert.Equal(good, stopped);
        Assert.Equal(Sentiment.Positive, Analyzer.Score("Rasanya gak mengecewakan", "id").Sentiment);
        Assert.Equal(Sentiment.Negative, Analyzer.Score("Ukurannya gak sesuai, kecewa banget", "id").Sentiment); // a comma ends its reach
        Assert.Equal(Sentiment.Negative, Analyzer.Score("Rozmiar się nie zgadza, jestem rozczarowana.", "pl").Sentiment);
        Assert.Equal(Sentiment.Positive, Analyzer.Score("Nope. Great", "en").Sentiment); // and a full stop before the word
        Assert.Equal(Sentiment.Negative, Analyzer.Score("Kopi x sedap", "ms").Sentiment);
    }

    [Fact]
    public void Boosters_strengthen_before_the_word_and_after_it_in_indonesian_and_malay()
    {
        Assert.True(Analyzer.Score("very good", "en").Score > Analyzer.Score("good", "en").Score);
        Assert.True(Analyzer.Score("bagus banget", "id").Score > Analyzer.Score("bagus", "id").Score);
        Assert.True(Analyzer.Score("bardzo dobre", "pl").Score > Analyzer.Score("dobre", "pl").Score);
    }

    [Fact]
    public void After_but_the_second_clause_weighs_more()
    {
        Assert.Equal(Sentiment.Negative, Analyzer.Score("The food was good but the service was awful", "en").Sentiment);
        Assert.Equal(Sentiment.Positive, Analyzer.Score("Trochę się czekało, ale jedzenie wynagrodziło wszystko, pyszne", "pl").Sentiment);
    }

    [Fact]
    public void Praise_in_scare_quotes_or_with_an_eye_roll_is_not_praise()
    {
        Assert.Equal(Sentiment.Negative, Analyzer.Score("Thanks for the \"express\" delivery, 9 days 🙄", "en").Sentiment);
        Assert.Equal(Sentiment.Neutral, Analyzer.Score("Is the \"best seller\" set back in stock?", "en").Sentiment);
    }

    [Fact]
    public void Affixed_and_inflected_forms_find_their_root()
    {
        Assert.Equal(Sentiment.Negative, Analyzer.Score("sangat mengecewakan", "id").Sentiment);
        Assert.Equal(Sentiment.Positive, Analyzer.Score("memuaskan sekali", "id").Sentiment);
        Assert.Equal(Sentiment.Positive, Analyzer.Score("pyszności, polecamy", "pl").Sentiment);
        Assert.Equal(Sentiment.Positive, Analyzer.Score("swietna obsluga", "pl").Sentiment); // written without diacritics
    }

    [Fact]
    public void Emoji_count_and_a_message_without_sentiment_words_scores_zero()
    {
        Assert.Equal(Sentiment.Positive, Analyzer.Score("😍😍", "en").Sentiment);
        Assert.Equal(Sentiment.Negative, Analyzer.Score("🤬", "en").Sentiment);
        Assert.Equal(0, Analyzer.Score("Order 55320, invoice attached", "en").Score);
        Assert.Equal(0, Analyzer.Score(null).Score);
    }

    [Fact]
    public void Explain_lists_what_counted()
    {
        var (result, contributions) = Analyzer.Explain("Not bad at all, would recommend ❤", "en");

        Assert.Equal(Sentiment.Positive, result.Sentiment);
        Assert.Equal(["bad", "would recommend", "❤"], contributions.Select(c => c.Text));
        Assert.True(contributions[0].Valence > 0); // "not bad": negated
    }

    [Theory]
    [InlineData("Thank you so much, the delivery was quick", "en")]
    [InlineData("Pesanan saya udah sampai, makasih kak", "id")]
    [InlineData("Barang dah sampai, terima kasih banyak, boleh order lagi", "ms")]
    [InlineData("Dziękuję, paczka już doszła", "pl")]
    [InlineData("Zażółć gęślą jaźń", "pl")]
    public void The_language_is_detected(string text, string expected) => Assert.Equal(expected, LanguageDetector.Detect(text));

    [Fact]
    public void A_message_without_markers_is_undetermined_or_the_fallback()
    {
        Assert.Equal("und", LanguageDetector.Detect("👍👍"));
        Assert.Equal("pl", LanguageDetector.Detect("👍👍", "pl"));
    }

    [Fact]
    public void A_question_asks_its_praise_counts_little_and_an_exasperated_one_complains()
    {
        // Praise inside a question mostly names what is asked about; an emoji right after the question belongs to it.
        Assert.Equal(Sentiment.Neutral, Analyzer.Score("What's the best way to reach support on weekends?", "en").Sentiment);
        Assert.Equal(Sentiment.Neutral, Analyzer.Score("Sprzedajecie karty podarunkowe? 🎁", "pl").Sentiment);
        Assert.Equal(Sentiment.Positive, Analyzer.Score("Is it open today? The best bakery in town!", "en").Sentiment);

        // Complaint words in a question count half; with "??" in full.
        var asked = Analyzer.Score("why is the coffee so awful?", "en").Score;
        var exasperated = Analyzer.Score("why is the coffee so awful??", "en").Score;
        Assert.True(exasperated < asked && asked < 0, $"{exasperated} vs {asked}");
    }

    [Fact]
    public void Single_quotation_marks_quote_but_an_apostrophe_does_not()
    {
        Assert.Equal(Sentiment.Neutral, Analyzer.Score("Is the 'Worst Nightmare' hot sauce challenge still on?", "en").Sentiment);
        Assert.True(Analyzer.Score("Your 'amazing' support took 9 days", "en").Score < 0);
        Assert.Equal(Sentiment.Positive, Analyzer.Score("The kids' lessons are great", "en").Sentiment);
        Assert.Equal(Sentiment.Negative, Analyzer.Score("don't love it", "en").Sentiment);
    }

    [Theory]
    [InlineData("Der Kaffee war nicht gut und die Bedienung sehr unfreundlich", "de", Sentiment.Negative)]
    [InlineData("Wir sind mit dem Service sehr zufrieden, danke!", "de", Sentiment.Positive)]
    [InlineData("Le service était vraiment excellent, merci", "fr", Sentiment.Positive)]
    [InlineData("Pésimo servicio, el pedido llegó roto y nadie responde", "es", Sentiment.Negative)]
    public void A_workspace_can_add_further_languages(string text, string language, Sentiment expected)
    {
        var workspace = new SentimentAnalyzer { Languages = [.. LanguageRules.All, .. LanguageRules.Further] };

        var result = workspace.Score(text);

        Assert.Equal(language, result.Language);
        Assert.Equal(expected, result.Sentiment);
        Assert.Equal(result.Sentiment, SentimentAnalyzer.Default.Score(text, language).Sentiment); // a given language is used even if not detected
        Assert.NotEqual(language, SentimentAnalyzer.Default.Score(text).Language); // the default four never answer German
    }

    [Fact]
    public void Html_left_in_a_message_is_not_read_as_words_but_a_heart_emoticon_is()
    {
        var workspace = new SentimentAnalyzer { Languages = [LanguageRules.English, LanguageRules.Polish, .. LanguageRules.Further.Where(l => l.Code == "de")] };

        Assert.Equal("en", workspace.Score("<b>Great</b> service, thank you").Language);
        var hostile = SentimentAnalyzer.Default.Score("<img src=x onerror=alert(9)> worst service ever");
        Assert.Equal(("und", Sentiment.Negative), (hostile.Language, hostile.Sentiment)); // no English marker word, and the tag no longer reads as Malay
        Assert.Equal(Sentiment.Positive, SentimentAnalyzer.Default.Score("<3 <3", "en").Sentiment);
    }

    [Fact]
    public void Language_codes_are_found_with_regions_and_norwegian_spellings()
    {
        Assert.Equal("pt", LanguageRules.Find("pt-BR")?.Code);
        Assert.Equal("en", LanguageRules.Find("en_GB")?.Code);
        Assert.Equal("no", LanguageRules.Find("nb")?.Code);
        Assert.Null(LanguageRules.Find("xx"));
        Assert.Equal(22, LanguageRules.Supported.Count);
        Assert.All(LanguageRules.Further, l => Assert.True(Lexicon.For(l.Code).Count > 1000, l.Code));
    }

    [Fact]
    public void Macro_f1_is_the_mean_of_the_classes_f1()
    {
        var evaluation = SentimentEvaluation.Of([
            (Sentiment.Positive, Sentiment.Positive), (Sentiment.Positive, Sentiment.Neutral),
            (Sentiment.Negative, Sentiment.Negative), (Sentiment.Negative, Sentiment.Negative),
            (Sentiment.Neutral, Sentiment.Neutral), (Sentiment.Neutral, Sentiment.Positive),
        ]);

        // positive: P 1/2, R 1/2, F1 0.5; negative: 1, 1, 1; neutral: 1/2, 1/2, 0.5.
        Assert.Equal(4.0 / 6, evaluation.Accuracy, 6);
        Assert.Equal(2.0 / 3, evaluation.MacroF1, 6);
        Assert.Equal(2, evaluation.Confusion[(int)Sentiment.Negative, (int)Sentiment.Negative]);
    }
}
