namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>BorderAssigner.PairOverPlace: on a page about one border, the two sides named outright beat a place whose
/// one border is with a state nobody names (a place name another place may share).</summary>
public class PairOverPlaceTests
{
    private const string Published = "2027-03-10";

    // A page about the Chinese-Kyrgyz border (Torugart is on it).
    private const string Torugart = "Traffic over the Torugart pass on the Kyrgyz-Chinese border resumed on Monday after a week of snow. ";

    [Theory]
    [InlineData("Kyrgyz border guards held three Chinese shepherds overnight near Ak-Sai after their flock wandered over the line.", "three Chinese shepherds")]
    [InlineData("A joint Kyrgyz-Chinese mountain rescue drill will take place in the Ak-Sai valley in March.", "mountain rescue drill")]
    [InlineData("Chinese and Kyrgyz officers met at a farm near Ak-Sai on Wednesday to agree on the grazing season.", "officers met")]
    public void The_pages_pair_named_outright_wins(string sentence, string quote) =>
        Detect.Quoting(Torugart + sentence, quote, Published).BorderCode.ShouldBe("CHN-KGZ");

    [Theory]
    // The place's own other state is named, or no other state is.
    [InlineData("Kyrgyz border guards held three Tajik shepherds overnight near Ak-Sai after their flock wandered over the line.", "three Tajik shepherds")]
    [InlineData("Kyrgyz border guards fired warning shots near Ak-Sai on Sunday night.", "fired warning shots")]
    // Three states named: the place decides.
    [InlineData("Kyrgyz, Tajik and Chinese officials inspected the new road near Ak-Sai on Friday.", "inspected the new road")]
    public void The_place_keeps_its_border(string sentence, string quote) =>
        Detect.Quoting(Torugart + sentence, quote, Published).BorderCode.ShouldBe("KGZ-TJK");

    [Fact]
    public void On_a_page_about_another_border_the_place_keeps_its_border()
    {
        const string text = "Lorries queued for two days at the Kazakh-Kyrgyz border on Monday. " +
                            "Kazakh customs officers turned back forty Russian lorries at Korday after a new inspection order.";
        Detect.Quoting(text, "forty Russian lorries", Published).BorderCode.ShouldBe("KAZ-KGZ");
    }

    [Fact]
    public void A_sentence_alone_about_a_crossing_keeps_its_border() =>
        Detect.One("Kazakh customs officers turned back forty Russian lorries at Korday after a new inspection order.", Published)
            .BorderCode.ShouldBe("KAZ-KGZ");
}

/// <summary>Gazetteer.BorderOfPlace: at a place on several borders whose other states are all named, the two sides
/// named first give the border; a third state after them is in passing.</summary>
public class SidesFirstAtAPlaceTests
{
    private const string Published = "2027-03-10";

    [Theory]
    [InlineData("Chinese and Tajik border units trained together near Murghab in May, practising the pursuit of smugglers coming from Afghanistan.", "CHN-TJK")]
    [InlineData("Tajik and Chinese officers met in Murghab on Tuesday to discuss the security of the Afghan frontier.", "CHN-TJK")]
    [InlineData("Afghan and Tajik guards exchanged fire near Murghab on Sunday, a Chinese road crew working nearby said.", "AFG-TJK")]
    public void The_sides_named_first_give_the_border(string text, string border) =>
        Detect.One(text, Published).BorderCode.ShouldBe(border);
}
