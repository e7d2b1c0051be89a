namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Rule 4 of issue 8: one incident per event within an article. Sentences of their own, in no corpus.
/// </summary>
public class SameEventTests
{
    [Fact]
    public void Casualties_told_after_a_clash_are_part_of_it()
    {
        var text = "Uzbek and Tajik border guards exchanged fire near the village of Gadoyi on 3 June 2019. " +
                   "Three Tajik conscripts were wounded.";
        var found = Detect.All(text);
        found.Count.ShouldBe(1, Detect.Describe(text, found));
        text[found[0].ExcerptStart..found[0].ExcerptEnd].ShouldContain("exchanged fire");
    }

    [Fact]
    public void The_clash_named_again_is_the_same_incident()
    {
        var text = "Kyrgyz and Tajik troops fought for two hours outside Vorukh on 9 May 2018. " +
                   "The clash started when Kyrgyz workers tried to fence a spring.";
        Detect.All(text).Count.ShouldBe(1, Detect.Describe(text, Detect.All(text)));
    }

    [Fact]
    public void Background_in_the_pluperfect_without_a_date_of_its_own_is_part_of_the_event()
    {
        var text = "Turkmen guards shot dead two gunmen on the Murghab river on 6 August 2020. " +
                   "The gunmen had fired at a patrol boat, according to the border service.";
        Detect.All(text).Count.ShouldBe(1, Detect.Describe(text, Detect.All(text)));
    }

    [Fact]
    public void A_claim_of_who_fired_first_stays_a_record_of_its_own()
    {
        var text = "Afghan and Uzbek guards exchanged fire across the Amu Darya on 12 April 2021. " +
                   "The Afghan side said its men had been fired on first.";
        Detect.All(text).Count.ShouldBe(2, Detect.Describe(text, Detect.All(text)));
    }

    [Fact]
    public void A_second_clash_with_a_date_of_its_own_is_a_new_incident()
    {
        var text = "Kyrgyz and Tajik guards clashed near Kok-Tash on 2 March 2020. " +
                   "On 19 April 2020 the clash was repeated near Dostuk, when guards fired on a road crew.";
        Detect.All(text).Count.ShouldBe(2, Detect.Describe(text, Detect.All(text)));
    }

    [Fact]
    public void Casualties_far_down_the_article_are_not_merged()
    {
        var text = "Kyrgyz and Tajik guards clashed near Kok-Tash on 2 March 2020.\n\nThe two sides met in Batken a week later.\n\n" +
                   "Talks stalled over the summer.\n\nThe road stayed closed for months.\n\nThree herders were killed when Tajik guards opened fire near Ak-Sai.";
        var found = Detect.All(text, "2020-12-01");
        found.Count(i => i.Type == Core.Domain.IncidentType.ArmedClash).ShouldBe(2, Detect.Describe(text, found));
    }
}

/// <summary>A lexicon word written with a capital ("Soviet era") matches the Title-case word inside a sentence.</summary>
public class ProperWordPatternTests
{
    [Fact]
    public void A_capitalised_pattern_word_matches_inside_a_sentence_and_a_lower_case_one_does_not()
    {
        var tokens = BorderWatch.Ingestion.Recognition.NameNormalizer.Tokenize("Moscow kept a garrison in Dushanbe throughout the Soviet era, officials recalled.");
        new BorderWatch.Ingestion.Incidents.PhraseSet(["Soviet era"]).Matches(tokens).Count.ShouldBe(1);
        new BorderWatch.Ingestion.Incidents.PhraseSet(["soviet era"]).Matches(tokens).Count.ShouldBe(0);
    }

    [Theory]
    [InlineData("Soviet troops fought Afghan guerrillas along the Panj in the Soviet period, villagers in Shurobod recall.")]
    [InlineData("Guards shelled smugglers' boats on the river throughout the Soviet Union period, a veteran recalled.")]
    [InlineData("A Soviet-era garrison fought off raiders near Kerki, the museum's guide said.")]
    public void A_historical_aside_of_the_Soviet_period_is_no_incident(string sentence) =>
        Detect.All(sentence).ShouldBeEmpty(Detect.Describe(sentence, Detect.All(sentence)));
}
