using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>Event predicates by lemma and WordNet class (Lexicon/event-classes.json), on sentences in no corpus.</summary>
public class EventClassTests
{
    private static List<ClassMatch> Classes(string sentence) => Lexicon.Default.Classes.Matches(NameNormalizer.Tokenize(sentence)).ToList();

    [Theory]
    [InlineData("Villagers fought the raiders at dawn.", "attack", "fight")]
    [InlineData("Gunners shelled the ridge.", "attack", "shell")]
    [InlineData("Two bombings hit the valley.", "attack", "bombing")]
    [InlineData("The herders fled at night.", "cross", "flee")]
    [InlineData("The brigade was redeployed after the skirmishes.", "attack", "skirmish")]
    [InlineData("Officials signed the protocol.", "agree", "sign")]
    public void Inflected_words_are_reduced_to_their_lemma_and_class(string sentence, string cls, string lemma) =>
        Classes(sentence).ShouldContain(c => c.Class == cls && c.Lemma == lemma);

    [Fact]
    public void A_participle_after_a_determiner_is_an_adjective_and_an_ing_form_there_names_the_event()
    {
        Classes("The armed herders waited.").ShouldAllBe(c => c.Adjective);
        Classes("The shelling went on.").ShouldContain(c => c.Class == "attack" && !c.Verb && !c.Adjective);
    }

    [Fact]
    public void A_bare_verb_form_counts_only_after_to_or_an_auxiliary()
    {
        Classes("A patrol drill is planned.").ShouldNotContain(c => c.Verb && c.Lemma == "drill");
        Classes("The cadets will drill on the square.").ShouldContain(c => c.Verb && c.Lemma == "drill");
    }

    [Fact]
    public void An_ing_form_right_after_a_noun_describes_a_party()
    {
        Classes("Guards stopped herders crossing the stream.").ShouldContain(c => c.Lemma == "cross" && c.Attributive);
        Classes("Herders were crossing the stream.").ShouldContain(c => c.Lemma == "cross" && !c.Attributive);
    }

    [Theory]
    [InlineData("Tajik militia shelled an Afghan outpost near Ishkashim on Sunday.", IncidentType.ArmedClash)]
    [InlineData("Uzbek sappers will drill near Termez next week.", IncidentType.Exercise)]
    [InlineData("Kyrgyz officials conferred with Tajik envoys in Isfara on Monday.", IncidentType.DiplomaticMeeting)]
    [InlineData("The Taliban took control of a district near the Tajik border on Sunday.", IncidentType.TerritorialControl)]
    [InlineData("Turkmenistan acquired Chinese air defence systems last year.", IncidentType.ArmsTransfer)]
    [InlineData("Kyrgyzstan bought attack helicopters from Russia in 2021.", IncidentType.ArmsTransfer)]
    [InlineData("Kyrgyzstan showed off new Turkish drones at a parade in Bishkek on Sunday.", IncidentType.ArmsTransfer)]
    [InlineData("The herders crossed back into Kyrgyzstan near Batken on Monday.", IncidentType.CrossBorderMovement)]
    [InlineData("Russia pulled out its troops from the base near Khujand in 2021.", IncidentType.Deployment)]
    [InlineData("Afghan forces recaptured the district near the Tajik border on Friday.", IncidentType.TerritorialControl)]
    [InlineData("Rebels seized the city after a week of fighting, Afghan officials said.", IncidentType.TerritorialControl)]
    [InlineData("The Taliban took control of the main trade route to Herat on Monday.", IncidentType.TerritorialControl)]
    public void A_class_member_types_a_sentence_the_trigger_lists_do_not_know(string sentence, IncidentType type) =>
        Detect.One(sentence).Type.ShouldBe(type);

    [Theory]
    [InlineData("Police seized two assault rifles from a car near Osh.", IncidentType.TerritorialControl)]
    [InlineData("Police seized two assault rifles from a car near Osh.", IncidentType.ArmedClash)]
    [InlineData("Smugglers delivered heroin to buyers in Osh.", IncidentType.ArmsTransfer)]
    [InlineData("Turkmenistan received patrol boats from Turkey in 2021.", IncidentType.PatrolSurveillance)]
    [InlineData("Uzbek and Afghan officials met at the crossing point near Termez on Monday.", IncidentType.CrossBorderMovement)]
    [InlineData("Cadets inspected the training grounds near Dushanbe.", IncidentType.Exercise)]
    public void A_class_word_naming_a_thing_or_lacking_its_argument_is_no_event(string sentence, IncidentType type) =>
        Detect.All(sentence).ShouldNotContain(i => i.Type == type, Detect.Describe(sentence, Detect.All(sentence)));
}
