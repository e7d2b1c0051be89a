using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Lexicon entries that the seventh fresh batch met in exactly one sentence once it was unsealed: each is a general
/// word, shown here on a sentence of its own, written for this test and in no corpus (the guard in
/// <see cref="LexiconCoverageTests"/>).
/// </summary>
public class GeneralLexiconEntryTests7
{
    [Theory]
    [InlineData("Three shepherds crossed over into Tajikistan with their flock near Vorukh on Sunday.", IncidentType.CrossBorderMovement)]
    [InlineData("Afghan government troops retook the border post near Shir Khan from the militants on Monday.", IncidentType.TerritorialControl)]
    [InlineData("Kazakh and Uzbek officials met in Shymkent on Tuesday, focusing on the demarcation of the Saryagash stretch.", IncidentType.DiplomaticMeeting)]
    [InlineData("A Kyrgyz diplomat met his Tajik counterpart in Dushanbe on Monday to talk about the Isfara road.", IncidentType.DiplomaticMeeting)]
    public void A_general_phrase_types_a_sentence_of_its_own(string sentence, IncidentType type)
    {
        var found = Detect.All(sentence, "2025-05-01");
        found.ShouldContain(i => i.Type == type, Detect.Describe(sentence, found));
    }

    [Theory]
    [InlineData("Tajik officials deny that their guards fired on Kyrgyz farmers near Vorukh on Monday.", IncidentStatus.Denied)]
    [InlineData("The Turkmen border service denied on Sunday that anybody had crossed the river near Serhetabat.", IncidentStatus.Denied)]
    [InlineData("Witnesses said Uzbek guards fired on a group of smugglers near Sokh on Friday.", IncidentStatus.Unconfirmed)]
    [InlineData("Kazakh and Kyrgyz troops will hold the upcoming joint exercise near Kordai in March, the defence ministry said.", IncidentStatus.Planned)]
    public void A_general_cue_sets_the_status(string sentence, IncidentStatus status)
    {
        var found = Detect.All(sentence, "2025-05-01");
        found.ShouldContain(i => i.Status == status, Detect.Describe(sentence, found));
    }

    [Fact]
    public void A_speaker_who_believes_something_reports_it_as_the_event()
    {
        const string text = "The Kyrgyz border service believes Tajik soldiers crossed the line near Batken on Monday night.";
        var found = Detect.All(text, "2025-05-01");
        found.ShouldContain(i => i.Type == IncidentType.CrossBorderMovement, Detect.Describe(text, found));
    }

    [Fact]
    public void The_lemma_retake_is_a_taking_of_ground()
    {
        const string text = "Tajik forces moved to retake the hill above the Vorukh road from Kyrgyz guards on Tuesday.";
        var found = Detect.All(text, "2025-05-01");
        found.ShouldContain(i => i.Type == IncidentType.TerritorialControl, Detect.Describe(text, found));
    }

    [Fact]
    public void What_has_gone_on_for_decades_is_no_incident()
    {
        const string text = "Herders from both villages have crossed the Sokh river to the summer pastures for decades.";
        Detect.All(text, "2025-05-01").ShouldBeEmpty();
    }

    [Fact]
    public void What_a_state_will_never_let_happen_is_no_incident()
    {
        const string text = "Turkmenistan will never let its territory be used for attacks on its neighbours, the foreign minister said.";
        Detect.All(text, "2025-05-01").ShouldNotContain(i => i.Type == IncidentType.ArmedClash);
    }
}
