using System.Text;
using BorderWatch.Ingestion.Cleaning;
using BorderWatch.Ingestion.Reading;

namespace BorderWatch.Ingestion.Tests.Cleaning;

/// <summary>
/// A bilingual page (<see cref="OtherLanguageParagraphs"/>): the English part is analysed as an English article, the
/// other language's paragraphs (columns, alternating paragraphs, table cells) are dropped; a page with no English part
/// is left whole. Pages of our own, in no corpus.
/// </summary>
public class BilingualPageTests
{
    private static readonly string[] English =
    [
        "Border commissions of Kazakhstan and Uzbekistan meet in Shymkent",
        "The border commissions of Kazakhstan and Uzbekistan met in Shymkent on 14 October 2025 to discuss the demarcation of the last disputed sections of the common border.",
        "The heads of the two delegations reviewed the work of the joint survey teams along the Syr Darya and the state of the roads that lead to the crossing points.",
        "At the end of the talks the commissions signed a memorandum on the exchange of data on vehicles passing through the Zhibek Zholy checkpoint.",
        "The sides agreed that border guards of the two countries will hold a joint patrol along the river in the spring of 2026.",
    ];

    private static readonly string[] Russian =
    [
        "Пограничные комиссии Казахстана и Узбекистана встретились в Шымкенте",
        "Пограничные комиссии Казахстана и Узбекистана провели заседание в Шымкенте 14 октября 2025 года, на котором обсудили делимитацию последних спорных участков общей границы.",
        "Руководители делегаций рассмотрели работу совместных топографических групп вдоль Сырдарьи и состояние дорог к пунктам пропуска.",
        "По итогам переговоров стороны подписали меморандум об обмене данными о транспорте, проходящем через пункт пропуска «Жибек жолы».",
        "Стороны договорились, что пограничники двух стран весной 2026 года проведут совместное патрулирование вдоль реки.",
    ];

    private static readonly string[] Tajik =
    [
        "Комиссияҳои сарҳадии Қазоқистон ва Ӯзбекистон дар Шымкент мулоқот карданд",
        "Комиссияҳои сарҳадии ду кишвар 14 октябри соли 2025 дар Шымкент ҷаласа барпо карда, масъалаи ҳудудҳои баҳсталабро баррасӣ намуданд.",
        "Роҳбарони ҳайатҳо кори гурӯҳҳои муштарак ва ҳолати роҳҳоро дар қад-қади дарёи Сир баррасӣ карданд.",
        "Дар анҷоми гуфтушунид тарафҳо ёддошти тафоҳумро дар бораи мубодилаи маълумот имзо карданд.",
        "Тарафҳо мувофиқа карданд, ки марзбонони ду кишвар дар баҳори соли 2026 посбонии муштарак мегузаронанд.",
    ];

    private static readonly string[] Uzbek =
    [
        "Qozog'iston va O'zbekiston chegara komissiyalari Chimkentda uchrashdi",
        "Qozog'iston va O'zbekiston chegara komissiyalari 2025-yil 14-oktabr kuni Chimkentda yig'ilish o'tkazdi va umumiy chegaraning bahsli qismlarini muhokama qildi.",
        "Delegatsiyalar rahbarlari Sirdaryo bo'ylab qo'shma guruhlar ishini ham ko'rib chiqdi.",
        "Muzokaralar yakunida tomonlar ma'lumot almashish bo'yicha memorandum imzoladi.",
        "Tomonlar ikki davlat chegarachilari 2026-yil bahorida daryo bo'ylab qo'shma patrul o'tkazishi bilan kelishdi.",
    ];

    private static readonly string[] Kazakh =
    [
        "Қазақстан мен Өзбекстанның шекара комиссиялары Шымкентте кездесті",
        "Қазақстан мен Өзбекстанның шекара комиссиялары 2025 жылы 14 қазанда Шымкентте отырыс өткізіп, ортақ шекараның даулы учаскелерін талқылады.",
        "Делегация басшылары Сырдария бойындағы бірлескен топтардың жұмысын қарады.",
        "Келіссөздер соңында тараптар деректер алмасу туралы меморандумға қол қойды.",
        "Тараптар екі елдің шекарашылары 2026 жылы көктемде өзен бойында бірлескен патруль өткізетіні туралы келісті.",
    ];

    private static string Page(string body, string lang = "ru") => $"""
        <!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>Press service</title></head>
        <body><nav><a href="/">Home</a> <a href="/news">News</a></nav><main><p class="date">15.10.2025</p>
        {body}
        </main><footer>© Press service, 2025</footer></body></html>
        """;

    private static string Paragraphs(IEnumerable<string> lines) => string.Concat(lines.Select((l, n) => n == 0 ? $"<h2>{l}</h2>\n" : $"<p>{l}</p>\n"));

    private static string Columns(string[] other, string lang) =>
        $"""<div class="cols"><section lang="{lang}">{Paragraphs(other)}</section><section lang="en">{Paragraphs(English)}</section></div>""";

    private static string Alternating(string[] other) => Paragraphs(other.Zip(English).SelectMany(p => new[] { p.First, p.Second }));

    private static string Table(string[] other) =>
        "<table>" + string.Concat(other.Zip(English).Select(p => $"<tr><td>{p.First}</td><td>{p.Second}</td></tr>\n")) + "</table>";

    private static string Cleaned(string html) => ArticleCleaner.Clean(DocumentReader.Default.Read("page.html", Encoding.UTF8.GetBytes(html))[0].BodyText);

    public static TheoryData<string> BilingualPages() => new()
    {
        Page(Columns(Russian, "ru")),
        Page(Columns(Kazakh, "kk"), "kk"),
        Page(Alternating(Tajik), "tg"),
        Page(Alternating(Uzbek), "uz"),
        Page(Table(Uzbek), "uz"),
        Page(Table(Russian)),
    };

    [Theory]
    [MemberData(nameof(BilingualPages))]
    public void The_other_language_is_dropped_and_every_english_paragraph_kept(string html)
    {
        var cleaned = Cleaned(html);
        foreach (var paragraph in English) cleaned.ShouldContain(paragraph);
        foreach (var other in new[] { Russian, Tajik, Uzbek, Kazakh }.SelectMany(l => l)) cleaned.ShouldNotContain(other);
    }

    [Theory]
    [MemberData(nameof(BilingualPages))]
    public void The_english_part_gives_what_the_english_page_alone_gives(string html)
    {
        static List<(Core.Domain.IncidentType, string)> Found(string page)
        {
            var analysis = ArticleAnalysis.Analyze(DocumentReader.Default.Read("page.html", Encoding.UTF8.GetBytes(page))[0]);
            return analysis.Incidents.Select(i => (i.Type, analysis.CleanedText[i.ExcerptStart..i.ExcerptEnd])).ToList();
        }
        var alone = Found(Page($"<section lang=\"en\">{Paragraphs(English)}</section>", "en"));
        alone.ShouldNotBeEmpty("the English part reports a meeting, a memorandum and a planned patrol");
        Found(html).ShouldBe(alone);
    }

    [Fact]
    public void A_page_with_no_english_part_is_left_whole()
    {
        var cleaned = Cleaned(Page(Paragraphs(Russian) + "<p>Photo: press service of the commission</p>"));
        foreach (var paragraph in Russian) cleaned.ShouldContain(paragraph);
    }

    [Theory]
    [InlineData("Tajik Troops Repel Armed Smugglers Near Panj River Crossing")]
    [InlineData("Kazakhstan Uzbekistan Border Talks Resume")]
    [InlineData("The drill, called «Рубеж» in Russian, was held near the Tajik town of Vanj last week.")]
    [InlineData("Türkmenbaşy port reopens after storm")]
    public void English_paragraphs_without_function_words_or_with_a_foreign_name_are_not_another_language(string paragraph) =>
        OtherLanguageParagraphs.IsOtherLanguage(paragraph).ShouldBeFalse();

    [Theory]
    [InlineData("Чегарачилар дарё бўйида патрул ўтказди")]
    [InlineData("Serhet goşunlary derýanyň kenarynda gözegçilik etdi")]
    [InlineData("Chegarachilar daryo bo'ylab patrul o'tkazdi va qaytib keldi")]
    public void Paragraphs_in_the_regions_other_languages_are_another_language(string paragraph) =>
        OtherLanguageParagraphs.IsOtherLanguage(paragraph).ShouldBeTrue();
}
