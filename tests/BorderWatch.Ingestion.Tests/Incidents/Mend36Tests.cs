using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// mend36: intent read on the parse (status.json intentVerbs: "aims to hold", "mean to run", present, not negated) in place
/// of the surface cues "plans a", "planning a", "aims to", "means to"; and where a line stands (ListLines: a decisions
/// list's item under a heading, a label run into its sentence). Sentences of our own, in no corpus. (Left: the tagger reads
/// "aims"/"aim" before "to" as a noun, "The regiment aims to hold ...", so that sentence is not read; "are aiming to" is.)
/// </summary>
public class Mend36Tests
{
    private const string Published = "2029-04-02";

    [Theory]
    [InlineData("The two Kyrgyz regiments are aiming to hold a joint exercise with Tajik units near Isfana.", IncidentType.Exercise)]
    [InlineData("Both posts on the Pyanj mean to run a joint search exercise with Afghan border police.", IncidentType.Exercise)]
    public void An_event_an_intent_verb_governs_is_planned(string sentence, IncidentType type)
    {
        var found = Detect.All(sentence, Published);
        found.ShouldContain(i => i.Type == type && i.Status == IncidentStatus.Planned, Detect.Describe(sentence, found));
    }

    [Theory]
    [InlineData("The Tajik guard said he did not mean to shoot the Kyrgyz herder, who died near Vorukh on Tuesday.")]
    [InlineData("After weeks of planning a joint patrol of Kazakh and Kyrgyz guards detained 14 smugglers near Karkara on Monday.")]
    [InlineData("The operation by Uzbek border troops, which aims to curb smuggling from Afghanistan, has led to 40 arrests near Termez since March.")]
    [InlineData("The Tajik post near Ishkashim lacks the means to patrol the river at night, said its commander.")]
    public void A_past_act_beside_an_intent_word_is_not_planned(string sentence)
    {
        var found = Detect.All(sentence, Published);
        found.ShouldNotContain(i => i.Type != IncidentType.Statement && i.Status == IncidentStatus.Planned, Detect.Describe(sentence, found));
    }

    private static List<Sentence> Lines(params string[] paragraphs) =>
        paragraphs.Select((p, i) => new Sentence(i, i, 0, p.Length, p)).ToList();

    [Fact]
    public void A_line_under_a_heading_with_items_between_is_a_list_item()
    {
        var lines = Lines("Resolutions", "Note the briefing.", "Send the minutes to the governors.");
        ListLines.InList(lines, 2).ShouldBeTrue();
    }

    [Theory]
    [InlineData("Shell hits Tajik post near Vorukh")]
    [InlineData("Fire at a Kyrgyz post wounds two guards.")]
    public void A_headline_or_a_first_line_is_no_list_item(string line)
    {
        ListLines.InList(Lines(line, "Two guards were wounded on Monday, the service said."), 0).ShouldBeFalse();
    }

    [Fact]
    public void A_line_after_a_paragraph_of_prose_is_no_list_item()
    {
        var lines = new List<Sentence>
        {
            new(0, 0, 0, 10, "The committee met on Monday."), new(1, 0, 0, 10, "It heard the border troops."),
            new(2, 1, 0, 10, "Send the minutes to the governors."),
        };
        ListLines.InList(lines, 2).ShouldBeFalse();
    }
}
