using BorderWatch.Core.Domain;
using static BorderWatch.Ingestion.Tests.Dates.DateTexts;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// News text (news18): a closure told by an institution written as a name ("Since Friday the Border Service has closed
/// ..."), units pulled back or returned to base, a company as a military unit, a stamp in figures that does not push a
/// page's days into the next year.
/// Texts of their own, in no corpus.
/// </summary>
public class NewsStateAndWithdrawalTests
{
    private const string Published = "2026-09-12";

    [Fact]
    public void An_institution_written_as_a_name_points_back_to_the_state_named_before()
    {
        const string text = "A mortar round hit a Kyrgyz post near the Kyzyl-Bel pass on Wednesday. " +
                            "Since Friday the Border Service has closed the Kyzyl-Bel checkpoint to all traffic and is searching every car.";
        var closure = Detect.Quoting(text, "has closed the Kyzyl-Bel checkpoint", Published);
        closure.Type.ShouldBe(IncidentType.PatrolSurveillance);
        closure.Date.ShouldBe(D("2026-09-11"));
        closure.Countries().ShouldContain("KGZ");
    }

    [Fact]
    public void A_source_or_an_appeal_written_as_a_name_makes_no_incident_of_its_own()
    {
        const string text = "Kazakh guards detained two men who had walked across the border near Zhetysay on Monday. " +
                            "The Ministry of Internal Affairs calls on residents to rely only on its own announcements.";
        var found = Detect.All(text, Published);
        found.Count.ShouldBe(1, Detect.Describe(text, found));
    }

    [Theory]
    [InlineData("Kazakhstan moved a tank company to the Zhetysay section of the border on Thursday.")]
    [InlineData("Uzbekistan pulled a reconnaissance company back from the Sokh area on Thursday, the defence ministry said.")]
    [InlineData("A Tajik mortar battalion returned to its permanent base in Isfara on Thursday, the defence ministry said.")]
    public void Units_moved_pulled_back_or_returned_to_base_are_a_deployment(string text) =>
        Detect.One(text, Published).Type.ShouldBe(IncidentType.Deployment);

    [Fact]
    public void A_delegation_returning_home_is_no_deployment()
    {
        const string text = "The Kyrgyz delegation returned to Bishkek on Thursday evening.";
        Detect.All(text, Published).Where(i => i.Type == IncidentType.Deployment).ShouldBeEmpty();
    }

    [Fact]
    public void A_stamp_in_figures_does_not_push_the_page_s_bare_days_into_the_next_year()
    {
        const string text = "Governor receives Kyrgyz envoy\n\n14.10.2026 | Views: 90\n\n" +
                            "On 12 October, the governor of Sughd received the Kyrgyz ambassador in Khujand.\n\n" +
                            "On 9 October, Tajik and Kyrgyz border units held a joint drill near Isfara.";
        var (sentences, context) = Read(text);
        context.Reference.Year.ShouldBe(2026);
        SentenceAt(sentences, context, "joint drill near Isfara").Date.ShouldBe(D("2026-10-09"));
    }
}
