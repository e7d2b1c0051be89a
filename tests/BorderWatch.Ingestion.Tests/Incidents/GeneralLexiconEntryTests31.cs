using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Lexicon entries that the thirty-first fresh batch left matching exactly one corpus sentence once it was unsealed (the
/// guard in <see cref="LexiconCoverageTests"/>): triggers.json's cross-border movement "seek refuge", status.json's
/// planned cue "due to start" and context.json's donor cue "sent by". Sentences of our own, in no corpus: the first two
/// read the same without their entries (other words of the lexicon carry them), so those entries were dropped and the
/// tests keep the behaviour; "sent by" is needed (its test fails without it) and stays.
/// </summary>
public class GeneralLexiconEntryTests31
{
    [Theory]
    [InlineData("Some 300 Afghan villagers came to the Termez bridge on Sunday to seek refuge in Uzbekistan, Uzbek border guards said.")]
    [InlineData("Families from Badakhshan waded the Panj at night to seek refuge on the Tajik bank, local officials said on Monday.")]
    public void People_who_seek_refuge_across_a_border_are_a_crossing(string text)
    {
        var found = Detect.All(text, "2026-11-20");
        found.ShouldContain(i => i.Type == IncidentType.CrossBorderMovement, Detect.Describe(text, found));
    }

    [Theory]
    [InlineData("Joint Kazakh and Kyrgyz patrols on the Chu river are due to start on 15 March, the Kazakh border service said.")]
    public void A_patrol_due_to_start_is_planned(string text)
    {
        var found = Detect.All(text, "2026-11-20");
        found.ShouldContain(i => i.Type == IncidentType.PatrolSurveillance && i.Status == IncidentStatus.Planned, Detect.Describe(text, found));
    }

    [Theory]
    [InlineData("Four thermal cameras sent by Turkey reached the Kyrgyz post at Karamyk in October.", "TUR")]
    public void A_state_after_sent_by_is_a_supplier(string sentence, string state)
    {
        var mentions = EntityRecognizer.Default.Recognize(sentence, new DocumentContext());
        Suppliers.Of(Lexicon.Default, NameNormalizer.Tokenize(sentence), mentions, IncidentType.ArmsTransfer).ShouldContain(state);
    }
}
