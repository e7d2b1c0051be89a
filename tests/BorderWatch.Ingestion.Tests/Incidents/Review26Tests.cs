using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Review mends of review26: a denial does not swallow the act told in the piece after it, nor an act the denial after it
/// (<see cref="ClauseSplitter.JoinSharedSubject"/>); a security word counts people only when it is a collective measure
/// noun (spans.json measureNouns: "an army of volunteers", not "a platoon of reservists"); an answer that says no keeps
/// the other acts of its sentence (<see cref="QuestionTurns.DeniedAnswer"/>); one unit reads a pair of neighbours away from
/// the hub (<see cref="BorderAssigner.PairAwayFromHub"/>). Sentences written for these tests, in no corpus.
/// </summary>
public class Review26Tests
{
    [Theory]
    [InlineData("The Kyrgyz border service rejected the claim on Monday while sending two more patrols to the Kulundu road.", "sending two more patrols")]
    [InlineData("Uzbek officials denied that any shots had been fired, while deploying an extra company to the Sokh road the next day.", "deploying an extra company")]
    public void A_denial_does_not_swallow_the_act_told_after_it(string text, string act)
    {
        var found = Detect.All(text, "2029-05-10");
        found.ShouldContain(i => i.Type == IncidentType.Statement && i.Status == IncidentStatus.Denied, Detect.Describe(text, found));
        found.ShouldContain(i => i.Type != IncidentType.Statement && i.Status != IncidentStatus.Denied && text.Substring(i.ExcerptStart, i.ExcerptEnd - i.ExcerptStart).Contains(act),
            Detect.Describe(text, found));
    }

    [Theory]
    [InlineData("A platoon of reservists was moved up to the Kyrgyz border near Batken on Tuesday.")]
    [InlineData("A battalion of conscripts was sent to the Kyrgyz border near Batken on Tuesday.")]
    public void A_unit_of_people_is_a_force_not_a_measure(string first)
    {
        // (Four sentences: the page must name a participant; the unit is its only one.)
        var text = first + " The move followed weeks of heavy rain in the valley. Roads around the villages are still muddy. Schools in the district stay open.";
        var found = Detect.All(text, "2029-05-10");
        found.ShouldContain(i => i.Type == IncidentType.Deployment, Detect.Describe(text, found));
    }

    private static string Interview(string answer) =>
        "STEPPE RADIO - Evening Line\n\n" +
        "Colonel Erlan Dzhaksybekov heads the Kazakh border post at Kordai. He spoke to our studio on Tuesday.\n\n" +
        "Steppe Radio: Drivers at the market say Kyrgyz guards crossed the canal near the sugar factory last month. Is that right?\n\n" +
        $"Dzhaksybekov: {answer}\n\n" +
        "Steppe Radio: Thank you, Colonel.";

    [Theory]
    [InlineData("No, nobody came over, and on Friday we sent two extra patrols along the canal.", "sent two extra patrols")]
    public void An_answer_that_says_no_keeps_the_other_acts_of_its_sentence(string answer, string act)
    {
        var text = Interview(answer);
        var found = Detect.All(text, "2029-04-03");
        found.ShouldContain(i => i.Type == IncidentType.Statement && i.Status == IncidentStatus.Denied &&
                                 text.Substring(i.ExcerptStart, i.ExcerptEnd - i.ExcerptStart).Contains(answer.Substring(0, 10)), Detect.Describe(text, found));
        found.ShouldContain(i => i.Type != IncidentType.Statement && i.Status != IncidentStatus.Denied &&
                                 text.Substring(i.ExcerptStart, i.ExcerptEnd - i.ExcerptStart).Contains(act), Detect.Describe(text, found));
    }

    [Theory]
    [InlineData("KGZ,TJK,KGZ", "KGZ-TJK")]
    [InlineData("AFG,TJK", null)]
    [InlineData("KGZ,TJK,UZB", null)]
    public void One_unit_reads_a_pair_of_neighbours_away_from_the_hub(string states, string? border) =>
        // (BorderAssigner's span rules and ArticleBorders' page vote call the same unit.)
        BorderAssigner.PairAwayFromHub(EntityRecognizer.Default.Gazetteer, "AFG", states.Split(',')).ShouldBe(
            border is null ? null : EntityRecognizer.Default.Gazetteer.Border(border));
}
