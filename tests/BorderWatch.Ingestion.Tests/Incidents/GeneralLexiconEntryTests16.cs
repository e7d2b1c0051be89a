using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Lexicon entries that the sixteenth fresh batch left matching exactly one corpus sentence once it was unsealed: each
/// is a general phrase, shown here on sentences of its own, written for this test and in no corpus (the guard in
/// <see cref="LexiconCoverageTests"/>).
/// </summary>
public class GeneralLexiconEntryTests16
{
    [Theory]
    [InlineData("The Kazakh and Uzbek border chiefs held a phone conversation on Sunday about the queues at Zhibek Zholy.")]
    [InlineData("After a phone conversation with his Turkmen counterpart on Monday, the Uzbek defence minister said the two sides would share patrol schedules.")]
    public void A_phone_conversation_is_a_meeting(string sentence)
    {
        var found = Detect.All(sentence, "2025-05-01");
        found.ShouldContain(i => i.Type == IncidentType.DiplomaticMeeting, Detect.Describe(sentence, found));
    }
}
