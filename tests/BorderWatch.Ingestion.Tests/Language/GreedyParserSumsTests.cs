using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Language.Parsing;
using BorderWatch.Ingestion.Language.Training;
using BorderWatch.Ingestion.Language.Treebank;

namespace BorderWatch.Ingestion.Tests.Language;

/// <summary>
/// The greedy parser sums a buffer front's features once per sentence (<see cref="BufferSums"/>) and adds the rest per
/// decision: every decision must score exactly as all its features scored at once, on the shipped parser and on
/// hand-tagged sentences in no corpus.
/// </summary>
public class GreedyParserSumsTests
{
    private static readonly Lazy<LanguageModels> Models = new(() => LanguageModels.LoadEmbedded());

    // words with (UPOS, XPOS); heads and relations are not read by a parse
    private static readonly TreebankSentence[] Sentences =
    [
        Sentence(("Reindeer", "NOUN", "NN"), ("herders", "NOUN", "NNS"), ("waited", "VERB", "VBD"), ("beside", "ADP", "IN"),
            ("the", "DET", "DT"), ("frozen", "ADJ", "JJ"), ("customs", "NOUN", "NNS"), ("shed", "NOUN", "NN"), ("until", "ADP", "IN"),
            ("noon", "NOUN", "NN"), (",", "PUNCT", ","), ("then", "ADV", "RB"), ("they", "PRON", "PRP"), ("turned", "VERB", "VBD"),
            ("back", "ADV", "RB"), (".", "PUNCT", ".")),
        Sentence(("Were", "AUX", "VBD"), ("the", "DET", "DT"), ("lorry", "NOUN", "NN"), ("drivers", "NOUN", "NNS"), ("who", "PRON", "WP"),
            ("complained", "VERB", "VBD"), ("paid", "VERB", "VBN"), ("?", "PUNCT", ".")),
        Sentence(("Snow", "NOUN", "NN")),
    ];

    [Fact]
    public void A_greedy_parse_takes_the_same_steps_as_scoring_all_of_each_decision_s_features_at_once()
    {
        var parser = Models.Value.Parser;
        parser.BeamWidth.ShouldBe(1);
        var all = new ulong[ParserFeatures.Max];
        var scores = new float[parser.Model.ClassCount];
        foreach (var s in Sentences)
        {
            var input = InputOf(parser, s);
            var state = new ParserState(input.Count, parser.Labels.Count, parser.RootLabel);
            while (!state.IsTerminal)
            {
                parser.Model.Score(all.AsSpan(0, ParserFeatures.Extract(state, input, all)), scores);
                state.Apply(DependencyParser.BestValid(state, scores));
            }
            var (heads, labels) = parser.Finish(state, input);
            var parsed = parser.Parse(input);
            parsed.Heads.ShouldBe(heads, s.Text);
            parsed.Labels.ShouldBe(labels, s.Text);
        }
    }

    [Fact]
    public void Kept_buffer_sums_are_the_sums_of_the_buffer_s_features_and_every_front_past_the_end_shares_one()
    {
        var model = Models.Value.Parser.Model;
        var input = InputOf(Models.Value.Parser, Sentences[1]);
        var sums = new BufferSums(model, input);
        var features = new ulong[ParserFeatures.BufferMax];
        int[] Expected(ParserInput sentence, int front)
        {
            var expected = new int[model.SumWidth];
            model.Accumulate(features.AsSpan(0, ParserFeatures.ExtractBuffer(front, sentence, features)), expected);
            return expected;
        }
        for (var front = 0; front <= input.Count; front++)
        {
            sums.Of(front).ToArray().ShouldBe(Expected(input, front));
            sums.Of(front).ToArray().ShouldBe(Expected(input, front)); // asked again while the front stays
        }
        sums.Of(input.Count + 2).ToArray().ShouldBe(Expected(input, input.Count));
        // a front asked for out of order (no parse does) is summed again, not read from the front kept
        sums.Of(1).ToArray().ShouldBe(Expected(input, 1));
        sums.Of(0).ToArray().ShouldBe(Expected(input, 0));
        // another sentence's sums start from nothing kept
        var next = InputOf(Models.Value.Parser, Sentences[2]);
        new BufferSums(model, next).Of(0).ToArray().ShouldBe(Expected(next, 0));
    }

    [Fact]
    public void A_pair_s_features_are_the_buffer_s_then_the_stack_top_s()
    {
        var input = InputOf(Models.Value.Parser, Sentences[0]);
        var pair = new ulong[ParserFeatures.PairMax];
        var parts = new ulong[ParserFeatures.PairMax];
        foreach (var (s0, buffer) in new[] { (-1, 0), (0, 1), (2, 5), (input.Count, 3), (14, input.Count) })
        {
            var c = ParserFeatures.ExtractPair(s0, buffer, input, pair);
            var b = ParserFeatures.ExtractBuffer(buffer, input, parts);
            var t = ParserFeatures.ExtractStackTop(s0, buffer, input, parts.AsSpan(b));
            (b + t).ShouldBe(c);
            b.ShouldBeLessThanOrEqualTo(ParserFeatures.BufferMax);
            parts.Take(c).ShouldBe(pair.Take(c));
        }
    }

    private static ParserInput InputOf(DependencyParser parser, TreebankSentence s)
    {
        var upos = s.Words.Select(w => w.Upos).ToList();
        var wordClasses = parser.WordClassesFor(s.Words.Select(w => w.Lemma).ToList(), upos);
        return ParserTrainer.InputOf(s, wordClasses: wordClasses);
    }

    private static TreebankSentence Sentence(params (string Form, string Upos, string Xpos)[] words) =>
        new("hand-made", string.Join(' ', words.Select(w => w.Form)),
            words.Select(w => new TreebankWord(w.Form, w.Form.ToLowerInvariant(), w.Upos, w.Xpos, -1, "dep", true)).ToList());
}
