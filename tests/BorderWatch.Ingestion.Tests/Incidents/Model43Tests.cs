using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Incidents.TypeModel;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// model43: the type model's mood features (version 4, <c>TypeFeatures.Mood.cs</c>): how a sentence frames its
/// predicate when no speech word does (a root of thought or feeling with a clausal complement and its marker; a
/// document as the subject of a verb of showing or reading) and a quantifier over every member of the head's object
/// (watching, not one act). Own sentences, in no corpus and no paraphrase set.
/// </summary>
public class Model43Tests
{
    private static readonly Lazy<(TreebankSentenceParser Parser, TypeFeatures Features)> Parts = new(() =>
        (new TreebankSentenceParser(LanguageModels.LoadEmbedded()), new TypeFeatures(Lexicon.Default.Classes, SyntaxLexicon.Default, TypeWords.Default)));

    private static IReadOnlyList<string> Mood(string sentence)
    {
        var parse = Parts.Value.Parser.Parse(sentence, 0, sentence.Length);
        return Parts.Value.Features.MoodOf(parse, EntityRecognizer.Default.Recognize(sentence, new DocumentContext()));
    }

    [Theory]
    [InlineData("An Osh research institute expects the smugglers to shift their route to the Alai valley before winter.", "comp|cognition|xcomp|to")]
    [InlineData("The Kazakh customs committee hopes the Kyrgyz side will reopen the Ak-Zhol crossing by March.", "comp|emotion|ccomp|will")]
    public void A_thought_or_a_hope_about_a_clause_is_read_with_its_marker(string sentence, string feature) =>
        Mood(sentence).ShouldContain(feature, string.Join(", ", Mood(sentence)));

    [Fact]
    public void A_document_that_shows_is_a_communication_subject_of_a_perception_verb()
    {
        const string sentence = "The ministry's letter shows that the Uzbek side approved the new schedule at Oybek.";
        Mood(sentence).ShouldContain("subj|communication|perception", string.Join(", ", Mood(sentence)));
    }

    [Fact]
    public void Every_member_of_the_object_is_watching_rather_than_one_act()
    {
        const string sentence = "Kyrgyz guards at Kara-Suu now check every lorry for hidden fuel.";
        Mood(sentence).ShouldContain("every|obj|every", string.Join(", ", Mood(sentence)));
    }

    [Fact]
    public void A_plain_act_has_no_complement_and_no_quantifier()
    {
        const string sentence = "Tajik guards fired at a smugglers' boat near Panj on Sunday.";
        var mood = Mood(sentence);
        mood.ShouldNotContain(m => m.StartsWith("comp|", StringComparison.Ordinal) || m.StartsWith("every|", StringComparison.Ordinal), string.Join(", ", mood));
    }
}
