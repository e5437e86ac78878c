using System.Collections.Frozen;

namespace Payoff.Core.Conversations.SentimentAnalysis;

/// <summary>
/// What the sentiment rules need to know of one language besides its word list: the words that negate what follows
/// ("not", "tidak", "tak", "nie"), the boosters and dampeners that make it stronger or weaker ("very", "banget",
/// "sangat", "bardzo"; "a bit", "agak", "trochę"), the contrast words after which the second clause counts more
/// ("but", "tapi", "tetapi", "ale"), the frequent function words that tell the language apart, and the stop words left
/// out of the rising-phrases report. The rules follow VADER (Hutto and Gilbert, ICWSM 2014) — negation within three
/// words, boosters ±0.293 each, "but" weighting the clause before by 0.5 and after by 1.5 — with each language's own words,
/// written for Payoff (the project's licence) from the grammars of those languages, not from a word list.
/// </summary>
public sealed class LanguageRules
{
    private LanguageRules(string code, string name, string[] negators, string[] boosters, string[] dampeners, string[] contrasts, string[] markers, string[] stopWords, string? sibling = null)
    {
        Code = code;
        Name = name;
        Negators = negators.ToFrozenSet(StringComparer.Ordinal);
        Boosters = boosters.ToFrozenSet(StringComparer.Ordinal);
        Dampeners = dampeners.ToFrozenSet(StringComparer.Ordinal);
        Contrasts = contrasts.ToFrozenSet(StringComparer.Ordinal);
        Markers = markers.ToFrozenSet(StringComparer.Ordinal);
        StopWords = stopWords.Concat(markers).Concat(negators).Concat(boosters).Concat(dampeners).Concat(contrasts).ToFrozenSet(StringComparer.Ordinal);
        Sibling = sibling;
    }

    /// <summary>The language's ISO 639-1 code: <c>en</c>, <c>id</c>, <c>ms</c>, <c>pl</c>.</summary>
    public string Code { get; }

    /// <summary>The language's English name, for pages and reports.</summary>
    public string Name { get; }

    /// <summary>Single words that negate the sentiment word within the next three words (lower case, also without diacritics).</summary>
    public FrozenSet<string> Negators { get; }

    /// <summary>Words that make the next sentiment word stronger (VADER's boosters: +0.293 away from zero).</summary>
    public FrozenSet<string> Boosters { get; }

    /// <summary>Words that make the next sentiment word weaker (VADER's dampeners: −0.293 towards zero).</summary>
    public FrozenSet<string> Dampeners { get; }

    /// <summary>Words after which the rest of the message counts 1.5 times and what came before half (VADER's "but").</summary>
    public FrozenSet<string> Contrasts { get; }

    /// <summary>Frequent function words of the language: what <see cref="LanguageDetector"/> counts.</summary>
    public FrozenSet<string> Markers { get; }

    /// <summary>Words left out of the rising words and phrases: the markers, negators, boosters and other function words.</summary>
    public FrozenSet<string> StopWords { get; }

    /// <summary>A language close enough that its word list is read second (Indonesian for Malay and back), or null.</summary>
    public string? Sibling { get; }

    /// <summary>English.</summary>
    public static LanguageRules English { get; } = new(
        "en",
        "English",
        ["not", "no", "never", "nothing", "nobody", "none", "neither", "nor", "nowhere", "cannot", "cant", "can't", "dont", "don't", "doesnt", "doesn't", "didnt", "didn't", "isnt", "isn't", "wasnt", "wasn't", "arent", "aren't", "werent", "weren't", "wont", "won't", "wouldnt", "wouldn't", "shouldnt", "shouldn't", "couldnt", "couldn't", "aint", "ain't", "havent", "haven't", "hasnt", "hasn't", "hadnt", "hadn't", "without", "nope", "nah", "rarely", "hardly", "barely", "neva"],
        ["very", "really", "so", "too", "extremely", "absolutely", "totally", "completely", "incredibly", "super", "mega", "highly", "truly", "most", "more", "such", "hugely", "utterly", "damn", "freaking", "fucking", "hella", "sooo", "soooo", "realy", "rly", "deeply", "especially", "exceptionally", "thoroughly", "particularly", "remarkably", "seriously", "insanely", "ridiculously", "way", "literally"],
        ["slightly", "somewhat", "kinda", "kind", "sort", "sorta", "barely", "little", "bit", "almost", "partly", "fairly", "quite", "rather", "marginally", "occasionally", "less"],
        ["but", "however"],
        ["the", "and", "is", "are", "was", "were", "you", "your", "to", "of", "it", "this", "that", "for", "with", "my", "have", "has", "what", "when", "where", "how", "do", "does", "did", "be", "been", "will", "would", "can", "could", "please", "thanks", "thank", "i", "me", "we", "our", "they", "them", "there", "here", "from", "on", "at", "in", "an", "a", "just", "any", "again", "still", "order", "about", "get", "got", "only", "should", "which", "who", "why", "yes", "hi", "hello", "guys", "ordered", "if", "or", "than", "then", "because", "after", "before", "its", "it's", "i'm", "im", "you're", "it's", "one", "all"],
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first", "second", "third", "week", "weeks", "day", "days", "time", "times", "a", "an", "am", "as", "by", "into", "out", "up", "down", "over", "off", "also", "other", "some", "these", "those", "their", "his", "her", "she", "he", "him", "us", "yours", "ours", "mine", "being", "having", "doing", "each", "own", "same", "both", "few", "ok", "okay", "lol", "u", "ur"]);

    /// <summary>Indonesian (Bahasa Indonesia), formal and informal.</summary>
    public static LanguageRules Indonesian { get; } = new(
        "id",
        "Indonesian",
        ["tidak", "tak", "gak", "ga", "nggak", "ngga", "enggak", "engga", "gk", "ngk", "tdk", "bukan", "bkn", "belum", "blm", "blum", "jangan", "jgn", "kagak", "ogah", "tanpa", "gaada", "gada", "kurang"],
        ["sangat", "banget", "bgt", "bngt", "bangettt", "bangett", "sekali", "amat", "terlalu", "paling", "super", "sumpah", "bener", "benar", "beneran", "pol", "poll", "asli", "sungguh", "begitu", "makin", "semakin", "teramat"],
        ["agak", "sedikit", "dikit", "lumayan", "cukup", "kurang lebih", "rada", "sdkt"],
        ["tapi", "tp", "tetapi", "namun", "cuma", "cuman", "padahal", "sayangnya"],
        ["yang", "yg", "dan", "di", "ke", "dari", "ini", "itu", "aku", "saya", "gue", "gw", "kamu", "kak", "kakak", "min", "mimin", "gan", "sis", "dong", "deh", "sih", "kok", "aja", "saja", "udah", "udh", "sudah", "sdh", "lagi", "lg", "bisa", "bs", "ada", "untuk", "buat", "dengan", "dgn", "sama", "sm", "juga", "jg", "kalau", "kalo", "klo", "gimana", "gmn", "bagaimana", "kapan", "berapa", "kenapa", "mau", "pengen", "pesan", "pesanan", "toko", "barang", "nya", "ya", "iya", "nih", "tuh", "apa", "ngga", "nggak", "gak", "enggak", "banget", "bgt", "terima", "kasih", "makasih", "pelayanan", "mas", "mbak", "pak", "bu", "bang", "kirim", "dikirim", "belum", "masih", "tolong", "mohon", "jam", "hari", "akan", "sudah", "karena", "krn", "jadi", "jd", "tapi", "kayak", "kaya", "kek", "seperti", "bikin", "pake", "pakai", "beli", "dapet", "dapat", "emang", "memang", "doang", "loh", "lho", "wkwk", "wkwkwk", "anjir", "bener", "ready", "kk"],
        ["satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "minggu", "kali", "ke", "se", "pada", "oleh", "para", "atau", "adalah", "ialah", "bahwa", "telah", "akan", "sedang", "hal", "semua", "setiap", "tersebut", "mereka", "kami", "kita", "dia", "ia", "nya", "punya", "lah", "kah", "pun", "dah", "tau", "tahu", "bilang", "sini", "situ", "sana"],
        "ms");

    /// <summary>Malay (Bahasa Melayu as written in Malaysia), formal and informal.</summary>
    public static LanguageRules Malay { get; } = new(
        "ms",
        "Malay",
        ["tidak", "tak", "x", "tk", "tiada", "takde", "tkde", "xde", "xda", "bukan", "bkn", "belum", "blm", "jangan", "jgn", "tanpa", "kurang", "tidakk"],
        ["sangat", "sgt", "sngt", "amat", "sekali", "terlalu", "paling", "betul", "btul", "btl", "gila", "giler", "sungguh", "benar", "super", "teramat", "makin", "semakin", "tersangat", "begitu", "sgtt"],
        ["agak", "sedikit", "sikit", "cukup", "boleh tahan", "lebih kurang"],
        ["tapi", "tp", "tetapi", "namun", "cuma", "padahal", "sayangnya", "walhal"],
        ["yang", "yg", "dan", "di", "ke", "dari", "ini", "itu", "saya", "aku", "awak", "kau", "korang", "kami", "tak", "boleh", "blh", "nak", "mahu", "dah", "sudah", "lagi", "lg", "ada", "untuk", "utk", "dengan", "dgn", "dengan", "sama", "juga", "jugak", "kalau", "klu", "kalo", "macam", "mcm", "camne", "macamana", "bila", "berapa", "kenapa", "napa", "kedai", "barang", "pesanan", "order", "nya", "ya", "ye", "je", "jer", "aje", "pun", "lah", "la", "kan", "kat", "dekat", "sini", "tu", "ni", "sgt", "sangat", "betul", "terima", "kasih", "tq", "perkhidmatan", "servis", "hantar", "dihantar", "belum", "masih", "tolong", "mohon", "jam", "hari", "akan", "sebab", "sbb", "jadi", "tapi", "mcm", "beli", "dapat", "dpt", "memang", "mmg", "sahaja", "saja", "gila", "best", "dlm", "dalam", "bro", "sis", "admin", "encik", "cik", "puan", "tuan", "pls", "tolong", "x", "xde", "takde", "tkde", "rm", "bila"],
        ["satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "lapan", "sembilan", "sepuluh", "minggu", "kali", "pada", "oleh", "para", "atau", "adalah", "ialah", "bahawa", "telah", "sedang", "hal", "semua", "setiap", "tersebut", "mereka", "kita", "dia", "ia", "punya", "kah", "tahu", "tau", "cakap", "situ", "sana"],
        "id");

    /// <summary>Polish, with and without diacritics.</summary>
    public static LanguageRules Polish { get; } = new(
        "pl",
        "Polish",
        ["nie", "nigdy", "nic", "niczego", "nikt", "nikomu", "żaden", "żadna", "żadne", "żadnego", "zaden", "zadna", "zadne", "zadnego", "bez", "ani", "brak", "brakuje"],
        ["bardzo", "mega", "super", "strasznie", "totalnie", "naprawdę", "naprawde", "serio", "mocno", "ogromnie", "niesamowicie", "niezwykle", "wyjątkowo", "wyjatkowo", "absolutnie", "kompletnie", "całkowicie", "calkowicie", "zupełnie", "zupelnie", "najbardziej", "ultra", "zajebiście", "zajebiscie", "okropnie", "potwornie", "aż", "az", "maksymalnie", "szalenie"],
        ["trochę", "troche", "nieco", "lekko", "raczej", "dość", "dosc", "względnie", "wzglednie", "prawie", "ciut", "średnio", "srednio"],
        ["ale", "lecz", "jednak", "natomiast", "niestety"],
        ["i", "w", "z", "na", "do", "się", "sie", "jest", "są", "sa", "to", "że", "ze", "czy", "jak", "co", "od", "po", "za", "o", "dla", "już", "juz", "jeszcze", "bo", "mi", "mnie", "ja", "wy", "was", "wam", "pan", "pani", "państwo", "panstwo", "mam", "ma", "mają", "maja", "był", "byl", "była", "byla", "było", "bylo", "będzie", "bedzie", "kiedy", "gdzie", "ile", "dlaczego", "czemu", "proszę", "prosze", "dziękuję", "dziekuje", "dzięki", "dzieki", "zamówienie", "zamowienie", "sklep", "paczka", "paczki", "przesyłka", "przesylka", "tego", "ten", "ta", "te", "tym", "tej", "też", "tez", "można", "mozna", "też", "jak", "jaki", "jaka", "które", "ktore", "który", "ktory", "która", "ktora", "się", "nie", "bardzo", "ale", "polecam", "tylko", "wszystko", "dzień", "dzien", "dobry", "witam", "hej", "cześć", "czesc", "xd", "xD"],
        ["jeden", "jedna", "dwa", "dwie", "trzy", "cztery", "pięć", "piec", "sześć", "szesc", "siedem", "osiem", "dziewięć", "dziesięć", "tydzień", "tydzien", "tygodnie", "dni", "raz", "razy", "więcej", "wiecej", "a", "oraz", "albo", "lub", "ich", "jego", "jej", "ich", "nas", "nam", "nim", "niej", "nich", "tu", "tam", "tutaj", "teraz", "wtedy", "sobie", "siebie", "mój", "moj", "moja", "moje", "wasz", "wasza", "wasze", "nasz", "nasza", "nasze", "który", "gdy", "przez", "przy", "pod", "nad", "przed", "między", "miedzy", "bym", "by", "być", "byc"]);

    // Further languages' rule words (declared before Further, which reads them): code, name, negators, boosters, dampeners, contrasts (single words, lower case; folded spellings added where people
    // drop diacritics).
    private static readonly (string Code, string Name, string Negators, string Boosters, string Dampeners, string Contrasts)[] FurtherWords =
    [
        ("cs", "Czech", "ne nikdy nic ničeho nikdo žádný žádná žádné zadny zadna zadne bez nejsem není neni nebyl nebyla", "velmi moc hodně hodne strašně strasne úplně uplne naprosto opravdu fakt extrémně extremne nejvíc nejvic super mega", "trochu docela celkem skoro téměř temer", "ale však vsak jenže jenze"),
        ("da", "Danish", "ikke ingen intet aldrig uden ej", "meget virkelig totalt helt utrolig ekstremt super mega særdeles saerdeles", "lidt noget ret næsten naesten", "men dog"),
        ("de", "German", "nicht kein keine keinen keinem keiner keines nie niemals nichts ohne weder", "sehr echt total extrem wirklich absolut völlig voellig vollig super mega richtig besonders äußerst ausserst höchst hochst", "etwas ziemlich bisschen leicht fast kaum eher", "aber jedoch sondern allerdings"),
        ("es", "Spanish", "no nunca jamás jamas nada nadie ningún ningun ninguna ninguno sin ni tampoco", "muy súper super realmente totalmente extremadamente bastante demasiado tan tremendamente increíblemente increiblemente", "poco algo casi ligeramente apenas", "pero sin embargo aunque"),
        ("fi", "Finnish", "ei en et emme ette eivät eivat ilman koskaan mikään mikaan", "todella erittäin erittain tosi hyvin aivan täysin taysin super mega äärimmäisen aarimmaisen", "vähän vahan hieman melko aika lähes lahes", "mutta kuitenkin"),
        ("fr", "French", "ne pas jamais rien personne aucun aucune sans non ni", "très tres vraiment trop super hyper totalement extrêmement extremement absolument complètement completement tellement grave", "peu assez plutôt plutot presque légèrement legerement", "mais cependant pourtant toutefois"),
        ("hr", "Croatian", "ne nikad nikada ništa nista nitko nijedan nije nisam nema bez", "vrlo jako baš bas stvarno totalno potpuno super mega izuzetno", "malo prilično prilicno skoro gotovo", "ali međutim medutim no"),
        ("hu", "Hungarian", "nem sem nincs nincsen soha semmi senki nélkül nelkul ne", "nagyon igazán igazan tényleg tenyleg teljesen rendkívül rendkivul szuper mega borzasztóan borzasztoan", "kicsit kissé kisse eléggé elegge majdnem", "de viszont azonban"),
        ("it", "Italian", "non mai niente nulla nessuno nessuna senza né ne", "molto davvero troppo super veramente assolutamente totalmente estremamente proprio tanto", "poco abbastanza piuttosto quasi leggermente", "ma però pero tuttavia invece"),
        ("nl", "Dutch", "niet geen nooit niets niemand zonder noch", "heel erg zeer echt super mega totaal enorm ontzettend extreem hartstikke", "beetje redelijk nogal bijna vrij", "maar echter"),
        ("no", "Norwegian", "ikke ingen intet aldri uten ei", "veldig virkelig helt utrolig ekstremt super mega svært svaert", "litt ganske nesten noe", "men likevel"),
        ("pt", "Portuguese", "não nao nunca nada ninguém ninguem nenhum nenhuma sem nem jamais", "muito super realmente totalmente extremamente bastante demais tão tao bem", "pouco meio quase ligeiramente", "mas porém porem contudo entretanto"),
        ("ro", "Romanian", "nu niciodată niciodata nimic nimeni niciun nicio fără fara", "foarte super chiar extrem total absolut prea tare", "puțin putin cam aproape destul", "dar însă insa totuși totusi"),
        ("ru", "Russian", "не нет никогда ничего никто никакой без ни", "очень супер реально совсем абсолютно совершенно крайне слишком так настолько", "немного слегка почти довольно чуть", "но однако зато"),
        ("sk", "Slovak", "nie ne nikdy nič nic nikto žiadny ziadny žiadna ziadna bez nie je", "veľmi velmi strašne strasne úplne uplne naozaj fakt super mega extrémne extremne", "trochu dosť dost celkom skoro takmer", "ale však vsak no"),
        ("sv", "Swedish", "inte ingen inget inga aldrig utan ej icke", "mycket verkligen jätte jatte helt otroligt extremt super mega väldigt valdigt", "lite ganska nästan nastan något nagot", "men dock"),
        ("tr", "Turkish", "değil degil yok hiç hic asla hiçbir hicbir", "çok cok gerçekten gercekten tamamen aşırı asiri süper super son derece en", "biraz oldukça oldukca neredeyse az", "ama fakat ancak lakin"),
        ("uk", "Ukrainian", "не ні ніколи нічого ніхто жоден без немає", "дуже супер справді цілком абсолютно надто занадто так", "трохи злегка майже досить", "але проте однак"),
    ];

    /// <summary>
    /// The languages every workspace detects and scores by default, with hand-written rules and word lists measured on
    /// labelled messages (bench/Sentiment): English, Indonesian, Malay and Polish, by <see cref="Code"/>.
    /// </summary>
    public static IReadOnlyList<LanguageRules> All { get; } = [English, Indonesian, Malay, Polish];

    /// <summary>
    /// Further languages a workspace can add to the ones it detects (<see cref="ConversationSettings.Languages"/>): Czech,
    /// Danish, Dutch, Finnish, French, German, Croatian, Hungarian, Italian, Norwegian, Portuguese, Romanian, Russian,
    /// Slovak, Spanish, Swedish, Turkish and Ukrainian. Their negators, boosters, dampeners and contrast words are
    /// written for Payoff from each language's grammar; their markers and stop words are stopwords-iso 1.1.0's list
    /// (MIT) and their word list the AFINN-165 translation (<c>xx.tsv</c>, see the Lexicons folder's NOTICE.md). No
    /// labelled set measures them: their sentiment is the word list's and the rules', not tuned.
    /// </summary>
    public static IReadOnlyList<LanguageRules> Further { get; } = BuildFurther();

    /// <summary>Every language Payoff can detect and score: <see cref="All"/> and <see cref="Further"/>.</summary>
    public static IReadOnlyList<LanguageRules> Supported { get; } = [.. All, .. Further];

    /// <summary>The rules of the language with ISO 639-1 code <paramref name="code"/> (any case, a region suffix such as <c>-GB</c> ignored), or null when Payoff has none.</summary>
    public static LanguageRules? Find(string? code)
    {
        if (code is null)
        {
            return null;
        }

        var trimmed = code.Trim();
        foreach (var language in Supported)
        {
            if (string.Equals(language.Code, trimmed, StringComparison.OrdinalIgnoreCase)
                || trimmed.StartsWith(language.Code + "-", StringComparison.OrdinalIgnoreCase)
                || trimmed.StartsWith(language.Code + "_", StringComparison.OrdinalIgnoreCase))
            {
                return language;
            }
        }

        // Norwegian Bokmål and Nynorsk are written "nb" and "nn" as often as "no".
        return trimmed.StartsWith("nb", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("nn", StringComparison.OrdinalIgnoreCase)
            ? Supported.First(l => l.Code == "no")
            : null;
    }

    private static LanguageRules[] BuildFurther()
    {
        static string[] Split(string words) => words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return [.. FurtherWords.Select(w =>
        {
            var stop = Lexicon.ReadWords($"{w.Code}.stop.tsv");
            var negators = Split(w.Negators);
            var boosters = Split(w.Boosters);
            var dampeners = Split(w.Dampeners);
            var contrasts = Split(w.Contrasts);
            // The stop-word list is long (up to 850 words) and holds words that are also sentiment-bearing rule words
            // ("nicht", "sehr"): the rule words keep their role, and every other stop word is a marker.
            var rule = new HashSet<string>([.. negators, .. boosters, .. dampeners, .. contrasts], StringComparer.Ordinal);
            return new LanguageRules(w.Code, w.Name, negators, boosters, dampeners, contrasts, [.. stop.Where(s => !rule.Contains(s))], []);
        })];
    }
}
