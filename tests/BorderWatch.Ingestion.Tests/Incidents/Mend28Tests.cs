using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Cleaning;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// review28's findings on recall28's and precision28's rules (mend28), on sentences of our own in no corpus: an archive
/// picture's caption in brackets, a closure with a natural cause, a night on alert, a background gang's past smuggling.
/// </summary>
public class Mend28Tests
{
    private const string Published = "2029-03-12";

    [Theory]
    [InlineData("HOST: Good evening.\n\n[FILE PICTURES: Kyrgyz troops fire mortars near Batken, 2022.]\n\nHOST: Talks resume tomorrow.", "fire mortars")]
    [InlineData("HOST: Good evening.\n\n[STOCK PICTURES: Uzbek guards shoot at a boat on the Amu Darya, 2019.]\n\nHOST: More after the break.", "shoot at a boat")]
    public void An_archive_caption_in_brackets_gives_no_event(string script, string act)
    {
        var found = Detect.All(script, Published);
        Detect.Quoting(script, found, act).ShouldBeEmpty(Detect.Describe(script, found));
    }

    [Theory]
    [InlineData("[FILE PICTURES: Kyrgyz troops fire mortars near Batken, 2022.]", true)]
    [InlineData("(OLD FOOTAGE - Guards patrol the Amu Darya bank, 2019.)", true)]
    [InlineData("[UPDATE: Guards freed the two men on March 5, 2022.]", false)]
    [InlineData("[UPDATE: Guards freed the two men in 2022.]", false)]
    public void A_bracketed_line_closed_by_a_pictures_year_is_a_cue(string line, bool cue) => ScriptCues.IsCue(line).ShouldBe(cue);

    [Theory]
    [InlineData("The Torugart road on the Chinese border is shut to lorries until the weekend because of an avalanche, Kyrgyz officials said.")]
    [InlineData("The bridge at Kelif on the Afghan border is closed to all traffic until further notice after a landslide.")]
    public void A_closure_with_a_natural_cause_is_no_patrol(string sentence)
    {
        var found = Detect.All(sentence, Published);
        found.Select(i => i.Type).ShouldNotContain(IncidentType.PatrolSurveillance, Detect.Describe(sentence, found));
    }

    [Theory]
    [InlineData("Tajik border troops spent the night on high alert along the Vorukh road.")]
    public void Time_spent_on_watch_without_company_keeps_a_reading_other_than_a_meeting(string sentence)
    {
        // Not a misfire (mend28): SharedTime needs one of companyAdverbs ('together'); a negative guard.
        var found = Detect.All(sentence, Published);
        found.ShouldNotBeEmpty(Detect.Describe(sentence, found));
        found.ShouldNotContain(i => i.Type == IncidentType.DiplomaticMeeting, Detect.Describe(sentence, found));
    }

    [Theory]
    [InlineData("The real danger lies with gangs that smuggled heroin across the Pyanj in the 1990s.")]
    [InlineData("The greater risk comes from the clans who ran opium over the river in the 1980s.")]
    public void An_analysis_of_gangs_by_their_old_acts_gives_no_event(string sentence)
    {
        var found = Detect.All(sentence, Published);
        found.ShouldBeEmpty(Detect.Describe(sentence, found));
    }
}
