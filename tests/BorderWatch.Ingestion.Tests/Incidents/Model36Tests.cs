using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>model36: rule mends that let the retrained type model land. Sentences of our own, in no corpus.</summary>
public class Model36Tests
{
    private const string Published = "2029-05-16";

    [Theory]
    // A natural-cause noun with an "of" complement measures people or goods: no natural cause, the closure stays.
    [InlineData("Uzbekistan closed the Dostlik crossing on Tuesday after an avalanche of complaints about smuggled cigarettes.")]
    public void A_figure_of_many_is_no_natural_cause(string sentence) =>
        Detect.All(sentence, Published).ShouldNotBeEmpty();

    [Theory]
    // A speech word in another sense (noun object, oblique, no clause reported) reports nothing the model could type.
    [InlineData("Almaty added three customs posts to the register of export points on Monday.")]
    public void A_speech_word_in_another_sense_is_no_reported_event(string sentence)
    {
        var found = Detect.All(sentence, Published);
        found.ShouldNotContain(i => i.Type == IncidentType.Deployment, Detect.Describe(sentence, found));
    }

    [Theory]
    // review36 M4: a reported clause with an act of its own beside the warning is no reaction in words.
    [InlineData("Tajik officials said the group ignored a warning from the patrol and crossed the Panj near Ishkashim on Monday.")]
    [InlineData("Kyrgyz officials said the guards fired a warning and then detained four men near Kara-Suu.")]
    public void A_warning_beside_an_act_leaves_the_act(string sentence)
    {
        var found = Detect.All(sentence, Published);
        found.ShouldContain(i => i.Type != IncidentType.Statement, Detect.Describe(sentence, found));
    }

    [Fact]
    public void A_detention_after_a_conjunction_and_an_adverb_is_read()
    {
        const string text = "The clinic staff met the farmers in the hall, and Kyrgyz soldiers later detained two Kazakh hunters near the lake.";
        var found = Detect.All(text, Published);
        found.ShouldContain(i => i.Type == IncidentType.CrossBorderMovement, Detect.Describe(text, found));
    }

    [Theory]
    // An act in an adverbial clause of a reported threat is an event of its own.
    [InlineData("Kyrgyz officials said two porters had warned the inspectors after wading across the Sokh river into Uzbekistan.")]
    public void An_act_beside_a_reported_threat_is_its_own_event(string sentence)
    {
        var found = Detect.All(sentence, Published);
        found.ShouldContain(i => i.Type == IncidentType.CrossBorderMovement, Detect.Describe(sentence, found));
    }
}
