using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Lexicon entries that the fifth fresh batch met in exactly one sentence once it was unsealed: each is a general
/// word, shown here on a sentence of its own, written for this test and in no corpus (the guard in
/// <see cref="LexiconCoverageTests"/>).
/// </summary>
public class GeneralLexiconEntryTests5
{
    [Theory]
    [InlineData("Kazakhstan sent forty armoured vehicles to the Kyrgyz frontier near Korday on Tuesday.", IncidentType.Deployment)]
    [InlineData("Uzbek border guards tightened security along the Surkhandarya bank on Friday.", IncidentType.PatrolSurveillance)]
    public void A_general_phrase_types_a_sentence_of_its_own(string sentence, IncidentType type) =>
        Detect.One(sentence, "2025-05-01").Type.ShouldBe(type);

    [Theory]
    [InlineData("The Tajik foreign ministry responded on Monday that the claims about its troops were baseless.")]
    [InlineData("The Kazakh foreign ministry said on Monday that it viewed the situation on its southern border with concern.")]
    public void A_general_speech_word_makes_a_statement(string sentence)
    {
        var found = Detect.All(sentence, "2025-05-01");
        found.ShouldContain(i => i.Type == IncidentType.Statement, Detect.Describe(sentence, found));
    }

    [Fact]
    public void Rejects_in_the_present_denies_the_claim()
    {
        const string text = "Dushanbe rejects reports that its troops crossed into Kyrgyzstan near Vorukh on Sunday.";
        var found = Detect.All(text, "2025-05-01");
        found.ShouldContain(i => i.Status == IncidentStatus.Denied, Detect.Describe(text, found));
    }

    [Fact]
    public void An_unnamed_source_leaves_the_event_unconfirmed()
    {
        const string text = "Kyrgyz troops were moved to Batken last week, according to an unnamed officer in the Border Service.";
        var found = Detect.All(text, "2025-05-01");
        found.ShouldContain(i => i.Status == IncidentStatus.Unconfirmed, Detect.Describe(text, found));
    }
}
