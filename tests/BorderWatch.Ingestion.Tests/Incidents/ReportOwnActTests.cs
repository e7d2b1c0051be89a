using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Incidents;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Issue 8, precision (prec22): a report's own acts are no incidents (a correction of an earlier entry, a court's
/// ruling, a plea before it, a report that nobody spoke, an aggregate count: <see cref="NonIncidents"/>,
/// Lexicon/reporting.json); and one event told on in the next clause of its sentence is one incident
/// (<see cref="ClauseFragments.ToldOn"/>). Sentences written for these tests, in no corpus.
/// </summary>
public class ReportOwnActTests
{
    [Theory]
    [InlineData("Correction: an earlier version of this report said three Tajik soldiers had been killed near Vorukh.")]
    [InlineData("CLARIFICATION: the post said the Uzbek patrol had crossed the canal, which the ministry has not confirmed.")]
    [InlineData("A district court in Termez on Thursday jailed three men for ferrying hashish across the Amu Darya from Afghanistan.")]
    [InlineData("The two Afghan boatmen were acquitted of crossing the river illegally near Hairatan.")]
    [InlineData("On Friday the regional court announced its verdict on the men who shot at a Kyrgyz patrol near Aravan.")]
    [InlineData("Her lawyer told the judge that the patrol had opened fire first.")]
    [InlineData("The older brother asked the court to let him return to Afghanistan across the bridge at Termez.")]
    [InlineData("Dushanbe has said nothing about the shooting at the Vorukh post.")]
    [InlineData("Nobody in Bishkek has commented on the clash near the canal.")]
    [InlineData("No Uzbek official has confirmed the shooting at the Sokh post.")]
    [InlineData("About 4,000 lorries a day cross the border at Irkeshtam in autumn.")]
    public void A_report_s_own_act_is_no_incident(string sentence)
    {
        var found = Detect.All(sentence, "2026-11-20");
        found.ShouldBeEmpty(Detect.Describe(sentence, found));
    }

    [Theory]
    [InlineData("RAHIMOV: Since March the border detachment has detained 318 people trying to cross the river outside the checkpoints.")]
    [InlineData("RAHIMOV: So far this year my guards have stopped 75 Afghans crossing the Murghab river.")]
    public void An_interviewee_s_count_since_a_month_is_a_tally(string answer)
    {
        var text = "SUGHD RADIO: Colonel, how busy is the river this year?\n\n" + answer + "\n\nSUGHD RADIO: Thank you.";
        var found = Detect.All(text, "2026-11-20");
        found.ShouldBeEmpty(Detect.Describe(text, found));
    }

    [Fact]
    public void A_news_item_s_count_since_a_month_stays_its_event()
    {
        var text = "Since March the Tajik border detachment has detained 318 people trying to cross the Panj outside the checkpoints, the Border Troops said.";
        var found = Detect.All(text, "2026-11-20");
        found.Count.ShouldBe(1, Detect.Describe(text, found));
    }

    [Fact]
    public void A_year_in_a_name_before_a_month_is_no_rate()
    {
        var text = "Kyrgyz border units began operation Shield-2026, a month of tighter checks at the crossings on the Kazakh border, on 3 November.";
        var found = Detect.All(text, "2026-11-20");
        found.Count.ShouldBe(1, Detect.Describe(text, found));
    }

    [Theory]
    [InlineData("Update: Tajik border guards fired on a Kyrgyz post near Vorukh on Friday, the Kyrgyz Border Service said.", IncidentType.ArmedClash)]
    [InlineData("The court found that the three men had carried hashish across the Amu Darya from Afghanistan on 4 May 2026.", IncidentType.CrossBorderMovement)]
    [InlineData("A customs officer told the court that the smugglers had fired at his patrol near Hairatan on 2 March 2026.", IncidentType.ArmedClash)]
    [InlineData("Since Monday 14 Afghan families have crossed into Tajikistan near Ishkashim, the border troops said.", IncidentType.CrossBorderMovement)]
    [InlineData("Kyrgyz guards detained 12 Tajik herders a day after the talks near Vorukh.", IncidentType.CrossBorderMovement)]
    [InlineData("Kyrgyz and Chinese officials signed a protocol on Monday under which the Torugart crossing will work 18 hours a day from March.", IncidentType.Agreement)]
    public void The_same_words_around_an_event_leave_it_an_incident(string sentence, IncidentType type)
    {
        var found = Detect.All(sentence, "2026-11-20");
        found.Count.ShouldBe(1, Detect.Describe(sentence, found));
        found[0].Type.ShouldBe(type, Detect.Describe(sentence, found));
    }

    [Theory]
    [InlineData("Four Afghan men swam across the Panj near Shurobod on Tuesday night and were arrested by a Tajik patrol on the bank.", IncidentType.CrossBorderMovement)]
    [InlineData("Gunmen fired on an Uzbek river patrol near Termez on Sunday, and the patrol returned fire, the ministry said.", IncidentType.ArmedClash)]
    public void One_event_told_on_in_the_next_clause_is_one_incident(string sentence, IncidentType type)
    {
        var found = Detect.All(sentence, "2026-11-20");
        found.Count.ShouldBe(1, Detect.Describe(sentence, found));
        found[0].Type.ShouldBe(type);
        (found[0].ExcerptEnd - found[0].ExcerptStart).ShouldBeGreaterThan(sentence.Length - 2, Detect.Describe(sentence, found));
    }

    [Fact]
    public void A_clause_with_a_subject_of_its_own_after_a_crossing_stays_a_record_of_its_own()
    {
        var text = "Two Kyrgyz shepherds crossed into Uzbekistan near Sokh on Monday, and Uzbek border guards opened fire on a Kyrgyz post near Sokh on Tuesday.";
        var found = Detect.All(text, "2026-11-20");
        found.Count.ShouldBe(2, Detect.Describe(text, found));
    }
}
