using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Tests.Recognition;

public class EntityRecognizerTests
{
    private static IReadOnlyList<EntityMention> Find(string text)
    {
        var found = EntityRecognizer.Default.Recognize(text);
        foreach (var m in found) text[m.Start..m.End].ShouldBe(m.Text);
        return found;
    }

    private static EntityMention Single(string text, string surface)
    {
        var m = Find(text).Where(x => x.Text == surface).ToList();
        m.Count.ShouldBe(1, $"'{surface}' in: {text} -> {string.Join(" | ", Find(text).Select(x => $"{x.Text}={x.Entry.Key}"))}");
        return m[0];
    }

    private static void NotFound(string text, string surface) =>
        Find(text).ShouldNotContain(x => x.Text.Contains(surface, StringComparison.Ordinal), $"{surface} in: {text}");

    // ---- the alias sets of the brief, written as other outlets spell them ----

    [Theory]
    [InlineData("Turkmen leader Gurbanguly Berdimuhamedov inspected the troops.", "Gurbanguly Berdimuhamedov")]
    [InlineData("President Gurbanguly Berdymukhamedov inspected the troops.", "Gurbanguly Berdymukhamedov")]
    [InlineData("President Gurbanguly Berdymukhammedov inspected the troops.", "Gurbanguly Berdymukhammedov")]
    [InlineData("Gurbanguly Berdimuhamedow inspected the troops.", "Gurbanguly Berdimuhamedow")]
    [InlineData("Gurbanguly Berdimukhamedov inspected the troops.", "Gurbanguly Berdimukhamedov")]
    public void Berdimuhamedov_spellings(string text, string surface) =>
        Single(text, surface).Entry.Key.ShouldBe("gurbanguly-berdimuhamedov");

    [Theory]
    [InlineData("Uzbek President Shavkat Mirziyoyev visited Termez.", "Shavkat Mirziyoyev")]
    [InlineData("Shavkat Mirziyoev visited Termez on Monday.", "Shavkat Mirziyoev")]
    [InlineData("Shavkat Mirziyayev visited Termez on Monday.", "Shavkat Mirziyayev")]
    [InlineData("President Mirziyoev visited Termez on Monday.", "Mirziyoev")]
    [InlineData("President Mirziyayev visited Termez on Monday.", "Mirziyayev")]
    [InlineData("Shavkat Mirzieyev visited Termez on Monday.", "Shavkat Mirzieyev")]
    public void Mirziyoyev_spellings(string text, string surface) =>
        Single(text, surface).Entry.Key.ShouldBe("shavkat-mirziyoyev");

    [Theory]
    [InlineData("ISK fighters were seen near the river.", "ISK")]
    [InlineData("ISIS-K fighters were seen near the river.", "ISIS-K")]
    [InlineData("ISKP claimed the attack.", "ISKP")]
    [InlineData("Fighters of the Islamic State of Khorasan were seen.", "Islamic State of Khorasan")]
    [InlineData("Fighters of the Islamic State Khorasan Province were seen.", "Islamic State Khorasan Province")]
    public void Islamic_State_Khorasan_spellings(string text, string surface) =>
        Single(text, surface).Entry.Key.ShouldBe("ISIS-K");

    [Theory]
    [InlineData("Uzbekistan may join the EES next year.", "EES")]
    [InlineData("Uzbekistan may join the EEU next year.", "EEU")]
    [InlineData("Uzbekistan may join the EAEU next year.", "EAEU")]
    [InlineData("Uzbekistan may join the Eurasian Economic Union next year.", "Eurasian Economic Union")]
    [InlineData("Uzbekistan may join the Eurasian Economic Unoin next year.", "Eurasian Economic Unoin")]
    [InlineData("Uzbekistan may join the Eurasian Econmic Union next year.", "Eurasian Econmic Union")]
    public void Eurasian_Economic_Union_spellings(string text, string surface) =>
        Single(text, surface).Entry.Key.ShouldBe("EAEU");

    [Theory]
    [InlineData("The CSTO held drills in Khatlon.", "CSTO")]
    [InlineData("The Collective Security Treaty Organization held drills.", "Collective Security Treaty Organization")]
    [InlineData("The Collective Security Treaty Organisation held drills.", "Collective Security Treaty Organisation")]
    [InlineData("The Collective Securty Treaty Organization held drills.", "Collective Securty Treaty Organization")]
    [InlineData("The ODKB held drills in Khatlon.", "ODKB")]
    public void CSTO_spellings(string text, string surface) =>
        Single(text, surface).Entry.Key.ShouldBe("CSTO");

    // ---- demonyms and capitals ----

    [Theory]
    [InlineData("Tajik border guards detained two men.", "Tajik", "TJK")]
    [InlineData("Uzbek officials closed the bridge.", "Uzbek", "UZB")]
    [InlineData("Turkmen troops were seen on the road.", "Turkmen", "TKM")]
    [InlineData("Two Afghans were detained at the crossing.", "Afghans", "AFG")]
    [InlineData("Kyrgyz and Tajik officials met.", "Kyrgyz", "KGZ")]
    [InlineData("The Tadjik side denied it.", "Tadjik", "TJK")]
    public void Demonyms_name_their_state(string text, string surface, string state)
    {
        var m = Single(text, surface);
        m.Entry.Key.ShouldBe(state);
        m.Match.ShouldBe(MatchKind.Demonym);
    }

    [Theory]
    [InlineData("Dushanbe has asked Moscow for help.", "Dushanbe", "TJK")]
    [InlineData("Ashgabat denied the reports.", "Ashgabat", "TKM")]
    [InlineData("Tashkent reopened the bridge.", "Tashkent", "UZB")]
    [InlineData("Officials in Kabul said nothing.", "Kabul", "AFG")]
    [InlineData("The Kremlin said it was worried.", "Kremlin", "RUS")]
    public void Capitals_stand_for_their_state_and_are_places_too(string text, string surface, string state)
    {
        var m = Find(text).Single(x => x.Text.EndsWith(surface, StringComparison.Ordinal));
        m.Entry.Key.ShouldBe(state);
        m.Match.ShouldBe(MatchKind.CapitalMetonym);
        if (surface != "Kremlin") m.Place.ShouldNotBeNull();
    }

    [Fact]
    public void Possessive_state_names_are_found()
    {
        var m = Single("Uzbekistan’s border guards were put on alert.", "Uzbekistan");
        m.Entry.Key.ShouldBe("UZB");
    }

    // ---- persons ----

    [Fact]
    public void A_bare_common_surname_needs_an_earlier_full_mention()
    {
        NotFound("Karimov said the border was calm.", "Karimov");
        var context = new DocumentContext();
        EntityRecognizer.Default.Recognize("Islam Karimov ruled Uzbekistan.", context);
        EntityRecognizer.Default.Recognize("Karimov said the border was calm.", context).Single().Entry.Key.ShouldBe("islam-karimov");
    }

    [Fact]
    public void A_surname_shared_by_two_persons_goes_to_the_one_named_in_full()
    {
        var context = new DocumentContext();
        EntityRecognizer.Default.Recognize("Serdar Berdimuhamedov chaired the meeting.", context);
        EntityRecognizer.Default.Recognize("Berdymukhamedov then flew to Lebap.", context)
            .First().Entry.Key.ShouldBe("serdar-berdimuhamedov");
    }

    [Theory]
    [InlineData("Tajik President Emomali Rahmon met the delegation.", "Emomali Rahmon", "emomali-rahmon")]
    [InlineData("Emomali Rakhmonov met the delegation.", "Emomali Rakhmonov", "emomali-rahmon")]
    [InlineData("Sadyr Zhaparov met the delegation.", "Sadyr Zhaparov", "sadyr-japarov")]
    [InlineData("Kassym-Jomart Tokayev met the delegation.", "Kassym-Jomart Tokayev", "kassym-jomart-tokayev")]
    [InlineData("Sergei Shoigu met the delegation.", "Sergei Shoigu", "sergey-shoigu")]
    public void Persons_under_other_spellings(string text, string surface, string key) =>
        Single(text, surface).Entry.Key.ShouldBe(key);

    // ---- tolerance stays within bounds ----

    [Theory]
    [InlineData("Troops moved into Tajikstan overnight.", "Tajikstan", "TJK")]
    [InlineData("Troops moved into Uzbekistna overnight.", "Uzbekistna", "UZB")]
    [InlineData("Guards in Dushanbe and Afghanistn were alerted.", "Afghanistn", "AFG")]
    public void A_one_letter_typo_in_a_long_name_still_matches(string text, string surface, string key)
    {
        var m = Single(text, surface);
        m.Entry.Key.ShouldBe(key);
        m.Match.ShouldBe(MatchKind.Fuzzy);
    }

    [Theory]
    [InlineData("The CSTA held drills.", "CSTA")]
    [InlineData("The EEC agreed the budget.", "EEC")]
    [InlineData("The ISKK is a club.", "ISKK")]
    [InlineData("Heart disease is common.", "Heart")]
    [InlineData("Kent police said nothing.", "Kent")]
    [InlineData("Mark Russel said nothing.", "Russel")]
    [InlineData("Give us the details.", "us")]
    [InlineData("The Balkans are far away.", "Balkans")]
    public void Short_names_and_acronyms_stay_exact(string text, string surface) => NotFound(text, surface);

    [Fact]
    public void Longest_match_wins_and_mentions_do_not_overlap()
    {
        var found = Find("The Afghan National Army and the Hairatan-Termez Friendship Bridge.");
        found.Select(m => m.Entry.Key).ShouldBe(["ANDSF", "friendship-bridge"]);
    }

    [Fact]
    public void Places_carry_coordinates_and_border()
    {
        var m = Single("Rockets hit Termez.", "Termez");
        m.Entry.Kind.ShouldBe(EntryKind.Place);
        m.Entry.BorderCode.ShouldBe("AFG-UZB");
        m.Entry.Latitude.ShouldNotBeNull();
    }
}
