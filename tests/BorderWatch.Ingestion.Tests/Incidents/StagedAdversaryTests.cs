using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// para21 (issue 8): an adversary in quotation marks is a staged one (scene-frames.json fiction quotes), and a sentence
/// that stages its adversary tells an exercise, whatever event word its clauses were typed by (ExerciseScenarios);
/// what a speaker calls someone in quotation marks is no staging. Sentences written for these tests, in no corpus.
/// </summary>
public class StagedAdversaryTests
{
    private static readonly Lazy<ISentenceParser> Parser = new(() => new TreebankSentenceParser(LanguageModels.LoadEmbedded()));

    [Theory]
    [InlineData("Uzbek paratroopers beat off an attack by 'smugglers' from a neighbouring battalion near Termez on Monday.")]
    [InlineData("Kyrgyz border guards fired on a column of \u201Cinsurgents\u201D played by cadets above Batken on Friday.")]
    public void A_quoted_adversary_makes_the_event_an_exercise(string sentence) =>
        Detect.RuleTypes(sentence).ShouldBe([IncidentType.Exercise]);

    [Theory]
    [InlineData("Uzbek paratroopers beat off an attack by smugglers from a neighbouring battalion near Termez on Monday.")]
    [InlineData("Kyrgyz border guards fired on a column of insurgents above Batken on Friday.")]
    public void The_same_adversary_unquoted_is_a_real_one(string sentence) =>
        Detect.RuleTypes(sentence).ShouldNotContain(IncidentType.Exercise);

    // type27: an invented army, invader or aggressor is staged as an invented band is (scene-frames.json fiction nouns).
    [Fact]
    public void An_imaginary_aggressor_makes_an_exercise() =>
        Detect.RuleTypes("Tajik motor-rifle units will repel an imaginary aggressor at the Panj crossings near Farkhor in April.").ShouldContain(IncidentType.Exercise);

    [Fact]
    // mend27: a real force called an 'army' in scare quotes is no staging ("army" is no fiction noun).
    public void A_real_army_in_scare_quotes_is_no_exercise() =>
        Detect.RuleTypes("Kyrgyz guards shot at the smugglers' 'army' of porters near the canal on Friday.").ShouldNotContain(IncidentType.Exercise);

    [Fact]
    public void What_a_speaker_calls_someone_in_quotation_marks_is_no_staging() =>
        Detect.RuleTypes("Tajik border guards fired on intruders near Vorukh on Sunday, and Dushanbe called the men 'terrorists'.")
            .ShouldNotContain(IncidentType.Exercise);

    [Theory]
    [InlineData("A Taliban commander in Balkh told local reporters that his men had taken over two empty posts opposite Termez \"to stop smugglers\".", false)]
    [InlineData("A Taliban commander in Balkh told local reporters that his men had taken over two empty posts opposite Termez from \"smugglers\".", true)]
    public void A_quoted_clause_about_an_adversary_is_no_staging(string sentence, bool staged)
    {
        var tokens = NameNormalizer.Tokenize(sentence);
        var mentions = EntityRecognizer.Default.Recognize(sentence, new DocumentContext());
        new ParsedClauseRules(new ClauseSyntax(Lexicon.Default, SyntaxLexicon.Default))
            .Stages(Parser.Value.Parse(sentence, 0, sentence.Length), new Sentence(0, 0, 0, sentence.Length, sentence), tokens, mentions).ShouldBe(staged);
    }
}
