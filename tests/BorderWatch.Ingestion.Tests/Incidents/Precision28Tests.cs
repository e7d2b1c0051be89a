using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Extras of the dev corpora (precision28), on sentences of our own in no corpus: a sentence cut at the "and" of a noun
/// phrase ("the commission on water | and grazing is to hold ...") is one incident; time spent in company with nothing
/// done in it is no exercise or patrol the type model may give; the writer's analysis keeps an act told in a relative
/// clause in the simple past. Negatives: the same shapes with a clause, an act or a description of their own.
/// </summary>
public class Precision28Tests
{
    private const string Published = "2029-03-12";

    [Theory]
    [InlineData("The two governors agreed that the council on canals and pastures will convene in Isfara in October.")]
    [InlineData("The two ministers agreed that the commission on demarcation and maps will meet in Khujand in May.")]
    [InlineData("Both delegations agreed that the subcommission on maps and markers would reconvene in Andijan after the harvest.")]
    public void A_noun_phrase_cut_at_its_and_is_one_incident(string sentence)
    {
        var found = Detect.All(sentence, Published);
        found.Count.ShouldBe(1, Detect.Describe(sentence, found));
        var one = found[0];
        sentence[one.ExcerptStart..one.ExcerptEnd].ShouldContain(" and ", customMessage: Detect.Describe(sentence, found));
    }

    [Theory]
    // A clause of its own after the "and", with its own subject: two incidents.
    [InlineData("It was agreed that the border commission will meet in March, and Tajik guards detained two herders near Vorukh on Friday.")]
    [InlineData("The sides agreed that the working group will meet in Osh in May, and on Sunday Kyrgyz guards fired on smugglers near Kara-Suu.")]
    public void A_clause_with_a_subject_of_its_own_after_and_stays_apart(string sentence)
    {
        var found = Detect.All(sentence, Published);
        found.Count.ShouldBe(2, Detect.Describe(sentence, found));
    }

    [Theory]
    [InlineData("Teachers from the Uzbek and Tajik schools spent a long morning together in the border bazaar.")]
    [InlineData("Journalists from Kazakhstan and China spent a whole day together at the Khorgos crossing.")]
    [InlineData("Families from the Tajik and Kyrgyz villages spent the evening together at the wedding in Vorukh.")]
    public void Time_spent_in_company_with_nothing_done_is_no_military_act(string sentence)
    {
        // (The type model may still read such company as a meeting; it may not make it an exercise, a patrol or a clash.)
        var found = Detect.All(sentence, Published);
        found.ShouldAllBe(i => i.Type == IncidentType.DiplomaticMeeting, Detect.Describe(sentence, found));
    }

    [Theory]
    // An act done in that time, and meet26's officials' company, stay.
    [InlineData("Kazakh and Chinese border troops spent the afternoon together practising the interception of armed smugglers near Khorgos.")]
    [InlineData("The Osh governor spent the morning with his Tajik counterpart in Isfara.")]
    [InlineData("Teachers from the Uzbek and Tajik schools spent the morning together, and Tajik guards later held three Uzbek drivers at Oybek.")]
    public void Company_with_an_act_or_an_officials_meeting_stays(string sentence)
    {
        var found = Detect.All(sentence, Published);
        found.ShouldNotBeEmpty(Detect.Describe(sentence, found));
    }

    [Theory]
    // The analysis names people by an act told in the simple past: that act is an event of its own.
    [InlineData("The greater danger lies with militants who crossed the Panj from Afghanistan last week.", IncidentType.CrossBorderMovement)]
    [InlineData("The real risk comes from the Afghan gunmen who crossed the Panj near Shurobod on Monday.", IncidentType.CrossBorderMovement)]
    // Not an analysis at all: the crossing is kept either way.
    [InlineData("Militants who crossed the river from Afghanistan last week remain a threat to the Tajik posts near Shurobod.", IncidentType.CrossBorderMovement)]
    public void An_act_in_a_relative_clause_of_an_analysis_stays(string sentence, IncidentType type)
    {
        var found = Detect.All(sentence, Published);
        found.ShouldContain(i => i.Type == type, Detect.Describe(sentence, found));
    }

    [Theory]
    // A relative clause that describes the people (perfect, present) is still the writer's analysis.
    [InlineData("The greater danger lies with the gangs in the hills above the river, which have lost men but not their boats.")]
    [InlineData("The main risk comes from the armed herders on the high pastures, who have long feuded over grazing.")]
    public void A_describing_relative_clause_leaves_the_analysis(string sentence)
    {
        var found = Detect.All(sentence, Published);
        found.ShouldBeEmpty(Detect.Describe(sentence, found));
    }
}
