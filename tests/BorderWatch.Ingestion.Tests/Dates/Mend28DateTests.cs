using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;

using static BorderWatch.Ingestion.Tests.Dates.DateTexts;

namespace BorderWatch.Ingestion.Tests.Dates;

/// <summary>
/// review28's date findings (mend28), on sentences of our own in no corpus: a present verb after a name is no place's
/// common noun between a past act and its day ("headed by Rahmonzoda arrives on Monday"); a planning verb in a relative
/// clause that describes a participant does not send the main act's day ahead ("Families who hope to return ... fled on
/// Tuesday"); a speech verb after "be" is a passive still to come ("will be told on Friday").
/// </summary>
public class Mend28DateTests
{
    // Thursday 16 October 2031.
    private static readonly PartialDate Written = PartialDate.OfDay(2031, 10, 16);

    [Theory]
    [InlineData("A Tajik delegation headed by Rahmonzoda arrives on Monday and will tour the new road to the enclave.", "on Monday", "2031-10-20")]
    [InlineData("The survey team headed by Mirzoev returns on Wednesday and will report to the commission.", "on Wednesday", "2031-10-22")]
    [InlineData("A convoy accompanied by Usmonov leaves on Saturday and will carry flour to the upper villages.", "on Saturday", "2031-10-18")]
    public void A_present_verb_after_a_name_is_no_place_noun_of_a_past_act(string text, string phrase, string expected)
    {
        var (s, c) = Read(text, Written);
        At(s, c, phrase).Date.ShouldBe(D(expected));
    }

    [Theory]
    [InlineData("Families who hope to return to their orchards fled the hamlet on Tuesday.", "on Tuesday", "2031-10-14")]
    [InlineData("Traders who plan to reopen their stalls were turned away from the market on Monday.", "on Monday", "2031-10-13")]
    [InlineData("Shepherds who intend to winter in the valley drove their flocks down the pass on Sunday.", "on Sunday", "2031-10-12")]
    public void A_planning_verb_describing_a_participant_leaves_the_act_past(string text, string phrase, string expected)
    {
        var (s, c) = Read(text, Written);
        At(s, c, phrase).Date.ShouldBe(D(expected));
    }

    [Fact]
    public void A_planning_verb_after_a_relative_word_plans_nothing_but_in_the_main_clause_it_does()
    {
        DateRules.Default.Dating.PlansAhead("Families who hope to return fled.").ShouldBeFalse();
        DateRules.Default.Dating.PlansAhead("The families hope to return before the snow.").ShouldBeTrue();
    }

    [Theory]
    [InlineData("Herders will be told on Friday which pastures they may use this winter.", "on Friday", "2031-10-17")]
    [InlineData("The new crossing hours are to be announced on Monday, the customs service said.", "on Monday", "2031-10-20")]
    public void A_speech_verb_after_be_is_a_passive_still_to_come(string text, string phrase, string expected)
    {
        var (s, c) = Read(text, Written);
        At(s, c, phrase).Date.ShouldBe(D(expected));
    }

    [Fact]
    public void A_past_passive_of_telling_stays_past()
    {
        var (s, c) = Read("Herders were told on Friday which pastures they may use this winter.", Written);
        At(s, c, "on Friday").Date.ShouldBe(PartialDate.OfDay(2031, 10, 10));
    }
}
