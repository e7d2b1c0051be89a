using BorderWatch.Ingestion.Incidents;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>review24, review25: words the rules read moved from C# into syntax.json; the embedded file holds them and the rules read them there.</summary>
public class MovedSyntaxWordsTests
{
    [Fact]
    public void The_moved_lists_load_from_syntax_json()
    {
        var words = SyntaxLexicon.Default;
        words.UntruthObliques.ShouldBe(["reality", "truth", "fact", "facts"], ignoreOrder: true);
        words.OwnSidePossessives.ShouldBe(["its", "their", "our", "it", "they", "we"], ignoreOrder: true);
        words.PartnerPrepositions.ShouldBe(["with"], ignoreOrder: true);
        words.AgentPrepositions.ShouldBe(["by"], ignoreOrder: true);
        words.InfinitiveMarkers.ShouldBe(["to"], ignoreOrder: true);
    }

    [Fact]
    public void The_back_reference_words_load_from_retyping_json()
    {
        var words = RetypingLexicon.LoadEmbedded();
        words.PeoplePronouns.ShouldBe(["they", "he", "she"], ignoreOrder: true);
        words.BackReferenceDeterminers.ShouldBe(["the", "these", "those"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("partnerPrepositions")]
    [InlineData("agentPrepositions")]
    [InlineData("infinitiveMarkers")]
    public void A_missing_moved_list_is_an_error_not_an_empty_list(string list)
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(EmbeddedSyntax())!.AsObject();
        json.Remove(list);
        Should.Throw<InvalidOperationException>(() => SyntaxLexicon.Parse(json.ToJsonString()));
    }

    private static string EmbeddedSyntax()
    {
        var assembly = typeof(SyntaxLexicon).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("syntax.json", StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        return reader.ReadToEnd();
    }
}
