using BorderWatch.Ingestion.Incidents;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>review24, review25, review26: words the rules read moved from C# into syntax.json (and spans.json, status.json,
/// context.json); the embedded files hold them and the rules read them there.</summary>
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
        // type29: Hedging's modals of possibility (review of type28: they were spelled in Hedging.cs).
        words.HedgingModals.ShouldBe(["could", "might", "may", "would", "should"], ignoreOrder: true);
    }

    [Fact]
    public void The_back_reference_words_load_from_retyping_json()
    {
        var words = RetypingLexicon.LoadEmbedded();
        // (mend38: the object forms too, for AdmittedPeople; a statement's subject is never one of them.)
        words.PeoplePronouns.ShouldBe(["they", "he", "she", "them", "him", "her"], ignoreOrder: true);
        words.BackReferenceDeterminers.ShouldBe(["the", "these", "those"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("partnerPrepositions")]
    [InlineData("agentPrepositions")]
    [InlineData("infinitiveMarkers")]
    [InlineData("hedgingModals")]
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

    [Fact]
    public void The_review26_lists_load_from_their_files()
    {
        var spans = SpanLexicon.Default;
        spans.YieldPrepositions.ShouldBe(["to", "from"], ignoreOrder: true);
        spans.SourcePrepositions.ShouldBe(["from"], ignoreOrder: true);
        spans.OutcomePrepositions.ShouldBe(["with"], ignoreOrder: true);
        Lexicon.Default.AnswerEmptyVerbs.ShouldBe(["be", "have", "do"], ignoreOrder: true);
        Lexicon.Default.SecurityMeasures.Patterns.ShouldBe(["a ... army of", "an ... army of"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("yieldPrepositions")]
    [InlineData("sourcePrepositions")]
    [InlineData("outcomePrepositions")]
    public void A_missing_spans_list_is_an_error_not_an_empty_list(string list)
    {
        var assembly = typeof(SpanLexicon).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("spans.json", StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        var json = System.Text.Json.Nodes.JsonNode.Parse(reader.ReadToEnd())!.AsObject();
        json.Remove(list);
        Should.Throw<InvalidOperationException>(() => SpanLexicon.Parse(json.ToJsonString()));
    }
}
