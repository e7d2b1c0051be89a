using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Language;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// What a verb of the moves frame moves (<see cref="MovedTheme"/>), the one test shared by the scene frame and the type
/// model's gate: its object or passive subject, else its own subject. Sentences written for these tests, in no corpus.
/// </summary>
public class MovedThemeTests
{
    private static readonly Lazy<TreebankSentenceParser> Parser = new(() => new TreebankSentenceParser(LanguageModels.LoadEmbedded()));

    private static (ParsedSentence Parse, ParsedToken Verb) Read(string text, string verb)
    {
        var parse = Parser.Value.Parse(text, 0, text.Length);
        return (parse, parse.Tokens.First(t => t.Form == verb));
    }

    [Theory]
    [InlineData("Three wool merchants will move from Naryn to a bigger bazaar next spring.", "move")]
    [InlineData("Two border companies moved from Osh towards the Batken hills on Sunday.", "moved")]
    public void A_verb_without_an_object_moves_its_subject_along_its_path(string text, string verb)
    {
        var (parse, v) = Read(text, verb);
        MovedTheme.MovesSubject(parse, v).ShouldBeTrue();
        MovedTheme.Of(parse, v).ShouldHaveSingleItem().Relation.ShouldBe("nsubj");
        MovedTheme.HasPath(parse, v, new HashSet<string> { "from", "to", "towards" }).ShouldBeTrue();
    }

    [Theory]
    [InlineData("The ministry moved two mortar crews from Khorog to the river on Friday.", "moved", "crews")]
    [InlineData("Four armoured cars were moved to the pass overnight.", "moved", "cars")]
    public void An_object_or_passive_subject_is_what_is_moved(string text, string verb, string theme)
    {
        var (parse, v) = Read(text, verb);
        MovedTheme.MovesSubject(parse, v).ShouldBeFalse();
        MovedTheme.Of(parse, v).Select(t => t.Form).ShouldContain(theme);
    }

    [Fact]
    public void A_path_needs_one_of_the_frame_prepositions()
    {
        var (parse, v) = Read("Three wool merchants will move for the autumn fair.", "move");
        MovedTheme.HasPath(parse, v, new HashSet<string> { "from", "to" }).ShouldBeFalse();
    }
}
