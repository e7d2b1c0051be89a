using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Lexicon entries that the fourth fresh batch met in exactly one sentence once it was unsealed: each is a general
/// word, shown here on a sentence of its own, written for this test and in no corpus (the guard in
/// <see cref="LexiconCoverageTests"/>).
/// </summary>
public class GeneralLexiconEntryTests4
{
    [Theory]
    [InlineData("Two men swam across the Panj River into Tajikistan on Sunday night.", IncidentType.CrossBorderMovement)]
    [InlineData("Moscow will send more forces to its base in Tajikistan next month.", IncidentType.Deployment)]
    public void A_general_phrase_types_a_sentence_of_its_own(string sentence, IncidentType type) =>
        Detect.One(sentence, "2025-05-01").Type.ShouldBe(type);

    [Theory]
    [InlineData("A Tajik general said militants had crossed the river near Panj on Monday.", "A Tajik general")]
    [InlineData("A representative of the Kyrgyz border service said smugglers had crossed near Batken on Monday.", "A representative of the Kyrgyz border service")]
    public void An_office_names_the_source_of_the_event(string sentence, string source)
    {
        var found = Detect.One(sentence, "2025-05-01");
        found.Type.ShouldBe(IncidentType.CrossBorderMovement);
        found.Attribution.ShouldBe(source);
    }

    [Theory]
    [InlineData("Uzbek officials tell reporters that the crossing at Termez will stay closed until spring.")]
    [InlineData("The Turkmen foreign ministry warns that armed groups are gathering near Serhetabat.")]
    public void A_speech_verb_in_the_present_makes_a_statement(string sentence) =>
        Detect.All(sentence, "2025-05-01").ShouldContain(i => i.Type == IncidentType.Statement, Detect.Describe(sentence, Detect.All(sentence, "2025-05-01")));

    [Fact]
    public void The_accusation_rejected_is_the_event_before_it()
    {
        const string text = "Kyrgyz guards fired on Tajik positions near Vorukh on Monday, Dushanbe said. Bishkek rejected the accusation.";
        var found = Detect.All(text, "2025-05-01");
        found.ShouldContain(i => i.Type == IncidentType.ArmedClash && i.Status == IncidentStatus.Denied, Detect.Describe(text, found));
    }
}
