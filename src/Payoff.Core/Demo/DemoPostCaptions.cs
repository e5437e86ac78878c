namespace Payoff.Core.Demo;

/// <summary>
/// The demo posts' captions: English, Polish, Indonesian and Malay lines by what the post is (a how-to, an announcement,
/// a question, a statement or a product post), and the hashtags a writer in that language would add — Polish ones
/// with diacritics (<c>#MałyBiznes</c>), Indonesian and Malay ones, one Thai (<c>#ลดราคา</c>). Hashtags are drawn
/// independently of everything that moves a post's engagement: none of them has an effect.
/// </summary>
internal static class DemoPostCaptions
{
    private static readonly Dictionary<string, string[]> HowTo = new(StringComparer.Ordinal)
    {
        ["en"] = ["How to tell which posts bring customers, in 3 steps", "How to tag every link you share (and why)", "How to read your best time to post"],
        ["pl"] = ["Jak sprawdzić, które posty przynoszą klientów? 3 kroki", "Jak oznaczać linki w postach — krótki poradnik"],
        ["id"] = ["Cara mengukur hasil postingan dalam 3 langkah", "Cara memilih waktu posting terbaik"],
        ["ms"] = ["Cara mudah mengukur hasil hantaran anda", "Cara memilih masa terbaik untuk menyiarkan"],
    };

    private static readonly Dictionary<string, string[]> Announcement = new(StringComparer.Ordinal)
    {
        ["en"] = ["We're launching the Pro Plan today", "New: the Starter Kit now ships in 2 days", "Join our live Q&A next week"],
        ["pl"] = ["Nowość: Pro Plan już dostępny!", "Startujemy z webinarem — zapisz się"],
        ["id"] = ["Kami meluncurkan Pro Plan hari ini!", "Webinar gratis minggu depan, daftar sekarang"],
        ["ms"] = ["Kami melancarkan Pro Plan hari ini!", "Webinar percuma minggu depan"],
    };

    private static readonly Dictionary<string, string[]> Question = new(StringComparer.Ordinal)
    {
        ["en"] = ["Which post of ours did you like most this month?", "Starter Kit or Pro Plan — which would you pick?"],
        ["pl"] = ["Który produkt wybralibyście: Starter Kit czy Pro Plan?", "Co chcielibyście zobaczyć w sklepie?"],
        ["id"] = ["Kalian pilih Starter Kit atau Pro Plan?", "Produk apa yang kalian tunggu?"],
        ["ms"] = ["Anda pilih Starter Kit atau Pro Plan?", "Apa produk kegemaran anda?"],
    };

    private static readonly Dictionary<string, string[]> Statement = new(StringComparer.Ordinal)
    {
        ["en"] = ["The Starter Kit is back in stock.", "Our customers' favourite this week: the Pro Plan."],
        ["pl"] = ["Starter Kit znowu dostępny.", "Ulubieniec klientów w tym tygodniu: Pro Plan."],
        ["id"] = ["Starter Kit sudah tersedia lagi.", "Favorit pelanggan minggu ini: Pro Plan."],
        ["ms"] = ["Starter Kit kini ada semula.", "Pilihan pelanggan minggu ini: Pro Plan."],
    };

    private static readonly Dictionary<string, string[]> Product = new(StringComparer.Ordinal)
    {
        ["en"] = ["Spring sale: 20 % off the Starter Kit", "Behind the scenes of our spring shoot", "3 ways our customers use the Pro Plan", "New week, new tips"],
        ["pl"] = ["Wiosenna promocja: Starter Kit 20 % taniej", "Zza kulis naszej wiosennej sesji", "Nowy tydzień, nowe porady"],
        ["id"] = ["Promo spesial minggu ini untuk Starter Kit!", "Di balik layar sesi foto kami", "Yuk cek Pro Plan sekarang"],
        ["ms"] = ["Jimat lebih dengan Starter Kit — tawaran terhad!", "Di sebalik tabir penggambaran kami"],
    };

    private static readonly Dictionary<string, (string Tag, double Weight)[]> Tags = new(StringComparer.Ordinal)
    {
        ["en"] = [("promo", 3), ("smallbusiness", 2), ("socialmediatips", 1.5), ("ลดราคา", 0.3)],
        ["pl"] = [("promo", 3), ("promocja", 2), ("MałyBiznes", 1.5), ("zakupyonline", 1)],
        ["id"] = [("promo", 3), ("jualanonline", 2.5), ("belanjaonline", 1.5), ("UMKM", 1)],
        ["ms"] = [("promo", 3), ("jualanonline", 2), ("diskaun", 1.5), ("kedaionline", 1)],
    };

    /// <summary>The caption's first line: a how-to, announcement, question or statement by label, else a product post.</summary>
    public static string Line(Random random, string language, string? label)
    {
        var lines = label switch
        {
            "howto" => HowTo,
            "announcement" => Announcement,
            "question" => Question,
            "statement" => Statement,
            _ => Product,
        };
        var choices = lines[language];
        return choices[random.Next(choices.Length)];
    }

    /// <summary>Zero to three hashtags a writer in <paramref name="language"/> would add, each once.</summary>
    public static IReadOnlyList<string> Hashtags(Random random, string language)
    {
        var pool = Tags[language];
        var count = random.Next(4);
        var tags = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var tag = pool[DemoRandom.Pick(random, [.. pool.Select(t => t.Weight)])].Tag;
            if (!tags.Contains(tag, StringComparer.Ordinal))
            {
                tags.Add(tag);
            }
        }

        return tags;
    }
}
