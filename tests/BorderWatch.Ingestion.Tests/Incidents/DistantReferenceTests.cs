using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// One event named again far from its first telling (<c>SameEvent.OnlyOfType</c>): a definite name of the event refers
/// to the article's only earlier incident of its type, however many paragraphs of claims lie between. Sentences of their
/// own, in no corpus.
/// </summary>
public class DistantReferenceTests
{
    private const string Story =
        "Kyrgyz and Tajik border guards exchanged fire for an hour near Kok-Tash on Monday, officials of both states said.\n\n" +
        "The Tajik foreign ministry summoned the Kyrgyz charge d'affaires on Tuesday to protest.\n\n" +
        "Villagers in Kok-Tash said the school would stay closed until Friday.\n\n" +
        "Kyrgyz officials said two lorries of flour had reached the village.\n\n";

    [Fact]
    public void The_shooting_named_paragraphs_later_is_the_one_clash_of_the_story()
    {
        var text = Story + "Both governments said the shooting ended before nightfall after the local commanders spoke by radio.";
        var clashes = Detect.All(text, "2025-07-02").Where(i => i.Type == IncidentType.ArmedClash).ToList();
        clashes.Count.ShouldBe(1, Detect.Describe(text, clashes));
        text[clashes[0].ExcerptStart..clashes[0].ExcerptEnd].ShouldContain("exchanged fire");
    }

    [Fact]
    public void The_shooting_of_another_year_is_another_clash()
    {
        var text = Story + "The shooting in the summer of 2019 near the same village had left three soldiers dead.";
        var clashes = Detect.All(text, "2025-07-02").Where(i => i.Type == IncidentType.ArmedClash).ToList();
        clashes.Count.ShouldBe(2, Detect.Describe(text, clashes));
    }
}
