using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Tests.Incidents;

using static BorderWatch.Ingestion.Tests.Dates.DateTexts;

namespace BorderWatch.Ingestion.Tests.Dates;

/// <summary>
/// date30: an act told as done is not dated after the time of writing (a year-less month is its last occurrence, a time
/// still to come is what the act looks ahead to); a saying in a readout of a dated meeting is that meeting's; an
/// interview's sayings are of the day its standfirst says the talk took place. Sentences of their own, in no corpus.
/// </summary>
public class ActAndOccasionDateTests
{
    // Thursday 19 November 2026.
    private const string Written = "2026-11-19";

    [Theory]
    // A year-less month before a forward word of another part of the sentence.
    [InlineData("Gunmen fired on a Tajik patrol boat near Ayvaj in October, and the men held for it are expected to stand trial next week.",
        "fired on a Tajik patrol boat", "2026-10")]
    [InlineData("A drone dropped two grenades beside a Kyrgyz post near Kulundu in September; the district court will hear the case next month.",
        "dropped two grenades", "2026-09")]
    public void A_month_of_an_act_told_as_done_is_its_last_occurrence(string text, string words, string expected)
    {
        var found = Detect.Quoting(text, words, Written);
        found.Status.ShouldNotBe(IncidentStatus.Planned);
        found.Date.ShouldBe(D(expected));
    }

    [Theory]
    // A forward word followed by a time still to come of its own is that time's: the month before it is past.
    [InlineData("A lorry driver charged over the ramming of a Kyrgyz border barrier near Kulundu in October is due before a judge next month.", "in October", "2026-10")]
    [InlineData("Two herders held near Batken in September will be handed back tomorrow, the district said.", "in September", "2026-09")]
    // With no time of its own after it, the forward word is the month's.
    [InlineData("In March, the two sides are due to sign the protocol on the canal.", "In March", "2027-03")]
    [InlineData("In February the border services will rehearse a flood rescue on the Isfara river.", "In February", "2027-02")]
    public void A_forward_word_with_a_time_of_its_own_leaves_an_earlier_month_past(string text, string phrase, string expected)
    {
        var (s, c) = Read(text, D(Written));
        At(s, c, phrase).Date.ShouldBe(D(expected));
    }

    [Theory]
    // What the signed paper looks ahead to has its own year; the signing is this year's.
    [InlineData("The two commanders signed a protocol on joint patrols along the Kyrgyz-Tajik border near the Kayragach bridge in 2028.",
        "signed a protocol on joint patrols")]
    [InlineData("Kyrgyz and Tajik border commanders signed an agreement on joint patrols of the disputed stretch near Vorukh by next summer.",
        "signed an agreement on joint patrols")]
    public void A_time_still_to_come_in_a_signed_act_is_not_the_signing_s(string text, string words)
    {
        var found = Detect.Quoting(text, words, Written);
        found.Type.ShouldBe(IncidentType.Agreement);
        found.Date.ShouldBe(D("2026-11"));
    }

    [Theory]
    [InlineData("The two border services will hold a joint drill near Termez in February.", "joint drill", "2027-02")]
    [InlineData("Uzbek and Afghan officials will sign a protocol on the river port at Hairatan in 2028.", "sign a protocol", "2028")]
    // A time ahead by its own words, with no forward verb.
    [InlineData("The Tajik and Kyrgyz water commissions are back at the table in Isfara next Tuesday.", "back at the table", "2026-11-24")]
    public void A_planned_act_keeps_its_time_ahead(string text, string words, string expected)
    {
        var found = Detect.Quoting(text, words, Written);
        found.Status.ShouldBe(IncidentStatus.Planned);
        found.Date.ShouldBe(D(expected));
    }

    [Fact]
    public void After_writing_is_wholly_after_the_reference_day()
    {
        var (_, context) = Read("Some text.", PartialDate.OfDay(2026, 11, 19));
        DateResolver.AfterWriting(PartialDate.OfYear(2027), context).ShouldBeTrue();
        DateResolver.AfterWriting(PartialDate.OfDay(2026, 11, 20), context).ShouldBeTrue();
        DateResolver.AfterWriting(PartialDate.OfMonth(2026, 11), context).ShouldBeFalse();
        DateResolver.AfterWriting(PartialDate.OfYear(2026), context).ShouldBeFalse();
        DateResolver.AfterWriting(PartialDate.Unknown, context).ShouldBeFalse();
        var (_, yearOnly) = Read("Some text.", PartialDate.OfYear(2026));
        DateResolver.AfterWriting(PartialDate.OfYear(2027), yearOnly).ShouldBeFalse();
    }

    private const string Readout =
        "On 17 November the deputy foreign minister of Turkmenistan received a delegation of Afghanistan's border police in Ashgabat.\n\n" +
        "The sides discussed the situation along the border near Serhetabat.\n\n" +
        "They also reviewed progress on the railway freight terminal.\n\n";

    [Theory]
    [InlineData(Readout + "The guests asked the ministry to keep the Imamnazar checkpoint open at night for fuel lorries.", "The guests asked")]
    [InlineData(Readout + "The Turkmen side stressed its readiness to send more fuel to the border towns of Herat province.", "The Turkmen side stressed")]
    public void A_saying_in_a_meeting_s_readout_is_the_meeting_s(string text, string words)
    {
        var saying = Detect.Quoting(text, words, Written);
        saying.Type.ShouldBe(IncidentType.Statement);
        saying.Date.ShouldBe(D("2026-11-17"));
    }

    [Fact]
    public void A_saying_after_a_clash_told_since_the_meeting_is_not_the_meeting_s()
    {
        const string text = "On 17 November the deputy foreign minister of Turkmenistan received a delegation of Afghanistan's border police in Ashgabat.\n\n" +
                            "Late on Wednesday Turkmen guards shot dead a fuel smuggler who had crossed the border fence near Serhetabat.\n\n" +
                            "The regiment's commander warned that guards would shoot at anyone crossing the fence at night.";
        var saying = Detect.Quoting(text, "commander warned", Written);
        // (Known, so that an unknown date cannot pass: mend30.)
        saying.Date.IsKnown.ShouldBeTrue();
        saying.Date.ShouldNotBe(D("2026-11-17"));
    }

    [Fact]
    public void A_saying_in_the_present_after_a_readout_is_made_on_the_day_of_writing()
    {
        var saying = Detect.Quoting(Readout + "The ministry calls on Kabul to keep fuel smugglers away from the Serhetabat fence.", "calls on Kabul", Written);
        saying.Date.ShouldBe(D(Written));
    }

    private const string Interview =
        "\"Nobody fired at the canal\"\n\n" +
        "Colonel Rustam Aliev heads the Sughd border department of Tajikistan. {0}\n\n" +
        "REPORTER: Kyrgyz sites say there were shots at the canal last week. Is that so?\n\n" +
        "ALIEV: No, nobody on our side fired at anyone, and the Kyrgyz border service knows that very well.\n\n" +
        "REPORTER: Thank you, Colonel.\n\n" +
        "ALIEV: Thank you.";

    [Theory]
    [InlineData("Our reporter spoke to him in Khujand on Monday, 16 November.", "2026-11-16")]
    [InlineData("We talked with him at his headquarters on 16 November.", "2026-11-16")]
    [InlineData("The conversation was recorded in Isfara on Tuesday, 17 November.", "2026-11-17")]
    public void An_interview_s_sayings_are_of_the_day_the_talk_took_place(string standfirst, string expected)
    {
        var saying = Detect.Quoting(string.Format(Interview, standfirst), "nobody on our side fired", Written);
        saying.Type.ShouldBe(IncidentType.Statement);
        saying.Date.ShouldBe(D(expected));
    }

    [Theory]
    // No word telling when the talk took place.
    [InlineData("He took command on 16 November.")]
    // A day after the time of writing is no day the talk took place.
    [InlineData("Our reporter spoke to him in Khujand on 25 November.")]
    public void Without_a_day_the_talk_took_place_the_sayings_keep_the_day_of_writing(string standfirst)
    {
        var saying = Detect.Quoting(string.Format(Interview, standfirst), "nobody on our side fired", Written);
        saying.Date.ShouldBe(D(Written));
    }

    [Fact]
    public void A_label_used_once_is_no_turn()
    {
        // Each speaker's label opens one paragraph only: no run of turns.
        const string text = "\"Nobody fired at the canal\"\n\n" +
                            "Colonel Rustam Aliev heads the Sughd border department of Tajikistan. Our reporter spoke to him in Khujand on Monday, 16 November.\n\n" +
                            "REPORTER: Kyrgyz sites say there were shots at the canal. Is that so?\n\n" +
                            "ALIEV: No, nobody on our side fired at anyone, and the Kyrgyz border service knows that very well.";
        var saying = Detect.Quoting(text, "nobody on our side fired", Written);
        saying.Date.ShouldBe(D("2026-11-19"));
    }
}
