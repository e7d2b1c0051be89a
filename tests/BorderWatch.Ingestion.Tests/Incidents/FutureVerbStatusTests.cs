using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// strict26 (<c>AccountStatus.FutureVerb</c>, status.json plannedAuxiliaries, conditionMarks): an event whose own verb
/// is future ("would build", "will be held") is planned even when another word of the sentence typed the clause (the
/// reporting verb "announced", "agreed", or a noun), where the surface cue before the event word does not reach. Told
/// in the past it stays reported. Sentences of our own, in no corpus.
/// </summary>
public class FutureVerbStatusTests
{
    private const string Lead = "TASHKENT, 6 May 2026 - Uzbek and Tajik officials met in Khujand on Monday to discuss the border.\n\n";

    [Theory]
    [InlineData("The Uzbek defence ministry announced that it would build four new watchtowers along the Tajik border.", "watchtowers")]
    [InlineData("It was agreed that the next round of the Uzbek-Tajik border talks will be held in Termez.", "next round")]
    [InlineData("The regional department said mobile teams would begin checking lorries on the road south of Bekabad.", "mobile teams")]
    [InlineData("Tajik officials said an extra company would be sent to the Isfara section of the border.", "extra company")]
    public void An_event_whose_own_verb_is_future_is_planned(string sentence, string words) =>
        Detect.Quoting(Lead + sentence, words).Status.ShouldBe(IncidentStatus.Planned);

    /// <summary>(An agreement is its signing: what it settles for later does not make it planned.)</summary>
    [Theory]
    [InlineData("The regional department said mobile teams began checking lorries on the road south of Bekabad on Monday.", "mobile teams")]
    [InlineData("Tajik officials said an extra company had been sent to the Isfara section of the border.", "extra company")]
    [InlineData("The two sides agreed that the Kulundu crossing will stay closed to cars until the spring.", "agreed that")]
    public void Told_in_the_past_it_stays_reported(string sentence, string words) =>
        Detect.Quoting(Lead + sentence, words).Status.ShouldBe(IncidentStatus.Reported);
}
