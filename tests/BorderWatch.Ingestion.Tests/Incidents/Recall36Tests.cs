using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Records that gave nothing (recall36): first-person accounts in an interview whose speaker is introduced by a title a
/// state qualifies ("a former Uzbek customs captain") or by a page head naming one state's places ("Recorded in Termez");
/// an exercise a local force will stage. mend36 rewrote the fixtures (rule 1: the first versions followed three dev-corpus
/// pages too closely): a podcast transcript in place of a printed interview, other clause orders and verbs. Sentences of
/// our own, in no corpus.
/// </summary>
public class Recall36Tests
{
    private const string Published = "2026-12-02";

    private const string QualifiedHead =
        "Podcast transcript, episode 14: life on the water\n\nOur guest this week spent twelve years at river posts as a former Uzbek border-guard captain.\n\nHost: How did an ordinary night look?\n\n";

    private const string PlacedHead =
        "Podcast transcript, episode 15: the night shift\n\nTermez, 28 November 2026. Recorded by our Termez bureau for the oral-history series.\n\nOur guest, who left the border troops as a captain in 2018, asked us to leave out his name.\n\nHost: How did an ordinary night look?\n\n";

    private const string Answer = "Captain: Long and dull, mostly. Then in 2014 a boat came without lights and my men exchanged fire with its crew until dawn.";

    [Theory]
    [InlineData(QualifiedHead)]
    [InlineData(PlacedHead)]
    public void My_men_fought_is_the_speakers_side_in_a_clash(string head)
    {
        var text = head + Answer;
        var found = Detect.All(text, Published);
        found.ShouldContain(i => i.Type == IncidentType.ArmedClash && i.Countries().Contains("UZB"), Detect.Describe(text, found));
    }

    // Negative: a speaker whose title no state qualifies and whose head names no place gives the clash no side of its own.
    [Fact]
    public void A_head_naming_no_state_gives_the_speaker_none()
    {
        var text = "Podcast transcript, episode 16: the night shift\n\nOur guest spent twelve years at river border posts as a captain.\n\nHost: How did an ordinary night look?\n\n" + Answer;
        var found = Detect.All(text, Published);
        found.ShouldNotContain(i => i.Type == IncidentType.ArmedClash && i.Countries().Count > 0, Detect.Describe(text, found));
    }

    [Fact]
    public void A_local_force_will_hold_an_exercise()
    {
        const string text = "Uzbek and Kazakh customs chiefs signed a protocol on night shifts at the Gisht-Kuprik post on Thursday.\n\nThe district's territorial defence company will hold a two-day field exercise in the hills above the canal from 12 January, the local administration said.";
        var found = Detect.All(text, Published);
        Detect.Quoting(text, found, "field exercise").ShouldContain(i => i.Type == IncidentType.Exercise, Detect.Describe(text, found));
    }
}
