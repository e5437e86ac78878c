using System.Globalization;
using Payoff.Core.Conversations;
using Payoff.Core.Social;

namespace Payoff.Core.Demo;

/// <summary>
/// A deterministic year of conversations for the demo: comments under the demo's posts, mentions, direct messages and
/// reviews in English, Indonesian, Malay and Polish (written for the demo, not taken from the labelled test sets), with
/// the brand's replies after a delay that depends on the network and on working hours. Drawn truths the reports should
/// find: a delivery incident <see cref="IncidentStartsDaysAgo"/> days before the end lasting
/// <see cref="IncidentDays"/> days, during which messages on Facebook and Instagram double, most of them complaints
/// about late parcels and refunds, and replies slow down; outside it about a fifth of messages complain.
/// </summary>
public static class DemoConversations
{
    /// <summary>How many days before the demo's end the incident starts.</summary>
    public const int IncidentStartsDaysAgo = 70;

    /// <summary>How many days it lasts.</summary>
    public const int IncidentDays = 14;

    private static readonly string[] Networks = ["Facebook", "Instagram", "LinkedIn", "X", "TikTok", "YouTube"];

    // Messages per day (comments, mentions, direct messages, reviews) on each network.
    private static readonly Dictionary<string, (double Comments, double Mentions, double Direct, double Reviews)> Volume = new()
    {
        ["Facebook"] = (6, 1.5, 3, 0.6),
        ["Instagram"] = (9, 1.2, 4, 0),
        ["LinkedIn"] = (2, 0.6, 0.8, 0),
        ["X"] = (1.5, 3, 0.5, 0),
        ["TikTok"] = (5, 0.8, 0.6, 0),
        ["YouTube"] = (3, 0.3, 0, 0),
    };

    private static readonly (string Language, double Share)[] Languages = [("en", 0.45), ("id", 0.2), ("ms", 0.15), ("pl", 0.2)];

    private static readonly Dictionary<string, (string[] Negative, string[] Neutral, string[] Positive, string[] Incident)> Texts = new()
    {
        ["en"] = (
            ["The sizing is way off, had to send it back.", "Customer support never got back to me. Disappointed.", "The app keeps crashing at checkout, really annoying.", "Overpriced for what you get, not worth it."],
            ["Do you ship to Canada?", "What are your opening hours on Sunday?", "Is the green one back in stock?", "Can I change the address on my order?"],
            ["Love the new collection, great quality!", "Fast delivery and lovely packaging, thank you!", "Best coffee in town, highly recommend.", "Super helpful staff, will be back."],
            ["My parcel is two weeks late and nobody answers. Terrible.", "Still waiting for my refund, this is unacceptable.", "Where is my order? Tracking hasn't moved in 10 days.", "Worst delivery experience ever, never again."]),
        ["id"] = (
            ["Ukurannya gak sesuai, kecewa banget.", "Adminnya slow respon, udah seminggu gak dibalas.", "Barangnya cacat, jahitannya lepas.", "Kemahalan buat kualitas segini."],
            ["Kak, ready warna hitam?", "Bisa kirim ke Surabaya?", "Buka jam berapa hari Minggu?", "Ada promo ongkir gak kak?"],
            ["Bagus banget kualitasnya, puas!", "Pengiriman cepat, packing rapi, makasih kak!", "Enak banget kopinya, recommended!", "Pelayanannya ramah, pasti order lagi."],
            ["Paket saya telat dua minggu, parah banget.", "Refund belum masuk juga, kecewa berat.", "Pesanan gak sampai-sampai, adminnya gak bales.", "Kapok belanja di sini, paketnya hilang."]),
        ["ms"] = (
            ["Saiz tak sama macam dalam gambar, kecewa.", "Admin lambat balas, dah seminggu tunggu.", "Barang rosak bila sampai.", "Terlalu mahal untuk kualiti macam ni."],
            ["Boleh hantar ke Penang?", "Kedai buka pukul berapa hari Ahad?", "Ada stok warna biru?", "Boleh tukar alamat penghantaran?"],
            ["Kualiti terbaik, sangat berpuas hati!", "Penghantaran laju, terima kasih!", "Kopi sedap gila, memang terbaik.", "Staf ramah, pasti datang lagi."],
            ["Parcel lewat dua minggu, teruk betul.", "Refund belum dapat lagi, hampeh.", "Order tak sampai, admin tak layan langsung.", "Serik beli sini, barang hilang."]),
        ["pl"] = (
            ["Rozmiar się nie zgadza, jestem rozczarowana.", "Obsługa nie odpisuje od tygodnia.", "Produkt przyszedł uszkodzony.", "Za drogo jak na taką jakość."],
            ["Czy wysyłacie do Niemiec?", "Do której jesteście otwarci w niedzielę?", "Czy będzie dostępny kolor czarny?", "Czy mogę zmienić adres dostawy?"],
            ["Świetna jakość, bardzo polecam!", "Szybka dostawa i piękne opakowanie, dziękuję!", "Najlepsza kawa w mieście, polecam.", "Bardzo miła obsługa, na pewno wrócę."],
            ["Paczka spóźniona o dwa tygodnie, nikt nie odpowiada. Tragedia.", "Nadal czekam na zwrot pieniędzy, skandal.", "Gdzie jest moje zamówienie? Nie polecam.", "Najgorsza dostawa w życiu, nigdy więcej."]),
    };

    private static readonly string[] Replies = ["Thanks for reaching out, we're on it!", "Dzięki za wiadomość, już sprawdzamy.", "Terima kasih kak, kami cek dulu ya.", "Terima kasih, kami sedang semak."];

    /// <summary>The demo's messages, oldest first, for the year ending at <see cref="DemoOptions.End"/>.</summary>
    /// <param name="options">The demo's seed and end.</param>
    /// <param name="posts">The demo's posts (comments belong to a post of their network published before them).</param>
    public static IReadOnlyList<ConversationMessage> Generate(DemoOptions options, IReadOnlyList<SocialPost> posts)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(posts);
        var random = new Random(options.Seed + 18);
        var end = options.End.ToUniversalTime();
        var first = end.AddDays(-options.Days);
        var incident = (Start: end.AddDays(-IncidentStartsDaysAgo), End: end.AddDays(-IncidentStartsDaysAgo + IncidentDays));
        var byNetwork = posts.Where(p => p.PublishedAt is not null).GroupBy(p => p.Network, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(p => p.PublishedAt).ToList(), StringComparer.Ordinal);
        var messages = new List<ConversationMessage>();
        var id = 0;
        for (var day = first.Date; day < end; day = day.AddDays(1))
        {
            foreach (var network in Networks)
            {
                var v = Volume[network];
                var during = day >= incident.Start.Date && day < incident.End.Date && network is "Facebook" or "Instagram";
                var scale = during ? 2.0 : 1.0;
                foreach (var (kind, mean) in new[] { (MessageKind.Comment, v.Comments), (MessageKind.Mention, v.Mentions), (MessageKind.DirectMessage, v.Direct), (MessageKind.Review, v.Reviews) })
                {
                    var count = DemoRandom.Poisson(random, mean * scale);
                    for (var i = 0; i < count; i++)
                    {
                        var at = new DateTimeOffset(day, TimeSpan.Zero).AddMinutes(random.Next(24 * 60));
                        if (at >= end)
                        {
                            continue;
                        }

                        var language = Languages[DemoRandom.Pick(random, [.. Languages.Select(l => l.Share)])].Language;
                        var texts = Texts[language];
                        var roll = random.NextDouble();
                        var text = during && roll < 0.6 ? texts.Incident[random.Next(texts.Incident.Length)]
                            : roll < 0.2 ? texts.Negative[random.Next(texts.Negative.Length)]
                            : roll < 0.55 ? texts.Neutral[random.Next(texts.Neutral.Length)]
                            : texts.Positive[random.Next(texts.Positive.Length)];
                        var messageId = string.Create(CultureInfo.InvariantCulture, $"demo-{network.ToLowerInvariant()}-{++id}");
                        var post = kind == MessageKind.Comment && byNetwork.TryGetValue(network, out var list) ? Recent(list, at, random) : null;
                        messages.Add(new ConversationMessage
                        {
                            Network = network,
                            ThreadId = messageId,
                            MessageId = messageId,
                            Direction = MessageDirection.Inbound,
                            Author = string.Create(CultureInfo.InvariantCulture, $"@customer{random.Next(4000)}"),
                            CreatedAt = at,
                            Text = text,
                            Kind = kind,
                            PostId = post,
                        });
                        if (kind != MessageKind.Mention && Reply(random, network, during, at) is { } reply && reply < end)
                        {
                            messages.Add(new ConversationMessage
                            {
                                Network = network,
                                ThreadId = messageId,
                                MessageId = messageId + "-reply",
                                Direction = MessageDirection.Outbound,
                                Author = "@shop",
                                CreatedAt = reply,
                                Text = Replies[random.Next(Replies.Length)],
                                Kind = MessageKind.Reply,
                                PostId = post,
                            });
                        }
                    }
                }
            }
        }

        return [.. messages.OrderBy(m => m.CreatedAt).ThenBy(m => m.MessageId, StringComparer.Ordinal)];
    }

    // A post of the network published in the 30 days before the comment, the newest likelier; null when none.
    private static string? Recent(List<SocialPost> posts, DateTimeOffset at, Random random)
    {
        var candidates = posts.Where(p => p.PublishedAt <= at && p.PublishedAt > at.AddDays(-30)).ToList();
        return candidates.Count == 0 ? null : candidates[candidates.Count - 1 - (int)Math.Min(candidates.Count - 1, Math.Floor(-Math.Log(1 - random.NextDouble()) * 3))].PostId;
    }

    // When the brand answers, if it does: most messages within hours (LinkedIn and YouTube slower), answers held to the
    // next working morning at night, and during the incident fewer and later answers.
    private static DateTimeOffset? Reply(Random random, string network, bool during, DateTimeOffset at)
    {
        var answered = during ? 0.55 : network is "YouTube" or "TikTok" ? 0.6 : 0.85;
        if (random.NextDouble() >= answered)
        {
            return null;
        }

        var medianHours = during ? 30 : network is "LinkedIn" or "YouTube" ? 10 : 2.5;
        var delay = TimeSpan.FromHours(medianHours * DemoRandom.LogNormal(random, 0.8));
        var reply = at + delay;
        return reply.Hour is < 8 ? new DateTimeOffset(reply.UtcDateTime.Date, TimeSpan.Zero).AddHours(8 + random.NextDouble()) : reply;
    }
}
