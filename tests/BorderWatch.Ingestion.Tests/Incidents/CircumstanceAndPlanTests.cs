using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>Circumstances, back-references, plans and header lines; texts written for these tests.</summary>
public class CircumstanceAndPlanTests
{
    [Fact]
    public void Fleeing_during_the_fighting_is_one_crossing() =>
        Detect.One("About 30 Afghan soldiers fled into Uzbekistan during the fighting, officials said.").Type.ShouldBe(IncidentType.CrossBorderMovement);

    [Fact]
    public void A_crossing_during_the_fighting_takes_the_date_of_that_fighting()
    {
        const string text = "Taliban fighters seized two Afghan posts on the Panj on Tuesday, the ministry said.\n\nTwenty Afghan guards fled into Tajikistan during the fighting.";
        Detect.Quoting(text, "fled into", "2021-09-16").Date.ShouldBe(PartialDate.OfDay(2021, 9, 14));
    }

    [Fact]
    public void A_back_reference_gives_way_to_a_new_act()
    {
        const string text = "Kyrgyz and Uzbek guards exchanged fire near Kerben on Thursday.\n\nThe shooting stopped late on Friday after the two sides agreed by phone to a ceasefire.";
        Detect.Quoting(text, "ceasefire", "2022-03-12").Type.ShouldBe(IncidentType.Agreement);
    }

    [Theory]
    [InlineData("Turkmenistan has put its border units on full combat alert.", IncidentType.PatrolSurveillance)]
    [InlineData("Russia said it would send more armored vehicles to its base in Tajikistan.", IncidentType.Deployment)]
    public void Lexicon_phrases_type_the_sentence(string text, IncidentType type) => Detect.One(text).Type.ShouldBe(type);

    [Theory]
    [InlineData("Uzbek and Tajik border commissioners are due to meet in Termez.")]
    [InlineData("President Rahmon is expected to raise the border situation at a CSTO summit in Dushanbe.")]
    public void Due_to_and_expected_to_are_plans(string text) => Detect.One(text).Status.ShouldBe(IncidentStatus.Planned);

    [Fact]
    public void The_ends_of_between_are_one_phrase() =>
        Detect.All("Afghan police said the shooting was an exchange between police and smugglers near the river.")
            .ShouldNotContain(i => i.Type == IncidentType.CrossBorderMovement);

    [Fact]
    public void A_posted_on_line_with_a_byline_dates_the_page()
    {
        const string text = "Border Notes\n\nPosted on 3 March 2020 by Jane Roe\n\nUzbek guards detained four smugglers on Monday.";
        var context = DateRules.Default.Resolver.ContextFor(text, TextSegmenter.Sentences(text), PartialDate.Unknown);
        context.Reference.ShouldBe(PartialDate.OfDay(2020, 3, 3));
        Detect.One(text).Date.ShouldBe(PartialDate.OfDay(2020, 3, 2));
    }
}
