using BorderWatch.Ingestion.Language.Parsing;
using BorderWatch.Ingestion.Language.Training;
using BorderWatch.Ingestion.Language.Treebank;

namespace BorderWatch.Ingestion.Tests.Language;

/// <summary>
/// The beam parser and its global training (max-violation updates toward the dynamic oracle's gold paths), on small
/// hand-made trees of sentences in no corpus.
/// </summary>
public class BeamParserTests
{
    // words with (UPOS, XPOS, head: -1 for the root, relation)
    private static readonly TreebankSentence[] Trees =
    [
        Sentence(("Guards", "NOUN", "NNS", 1, "nsubj"), ("closed", "VERB", "VBD", -1, "root"), ("the", "DET", "DT", 3, "det"),
            ("crossing", "NOUN", "NN", 1, "obj"), (".", "PUNCT", ".", 1, "punct")),
        Sentence(("The", "DET", "DT", 1, "det"), ("patrol", "NOUN", "NN", 6, "nsubj"), ("that", "PRON", "WDT", 3, "nsubj"),
            ("left", "VERB", "VBD", 1, "acl:relcl"), ("at", "ADP", "IN", 5, "case"), ("dawn", "NOUN", "NN", 3, "obl"),
            ("returned", "VERB", "VBD", -1, "root"), ("on", "ADP", "IN", 8, "case"), ("Monday", "PROPN", "NNP", 6, "obl"),
            (".", "PUNCT", ".", 6, "punct")),
        Sentence(("Officials", "NOUN", "NNS", 1, "nsubj"), ("said", "VERB", "VBD", -1, "root"), ("herders", "NOUN", "NNS", 3, "nsubj"),
            ("crossed", "VERB", "VBD", 1, "ccomp"), ("and", "CCONJ", "CC", 5, "cc"), ("waited", "VERB", "VBD", 3, "conj"),
            (".", "PUNCT", ".", 1, "punct")),
        Sentence(("Yesterday", "NOUN", "NN", 9, "obl:tmod"), (",", "PUNCT", ",", 9, "punct"), ("near", "ADP", "IN", 4, "case"),
            ("the", "DET", "DT", 4, "det"), ("river", "NOUN", "NN", 9, "obl"), (",", "PUNCT", ",", 9, "punct"),
            ("two", "NUM", "CD", 7, "nummod"), ("soldiers", "NOUN", "NNS", 9, "nsubj:pass"), ("were", "AUX", "VBD", 9, "aux:pass"),
            ("wounded", "VERB", "VBN", -1, "root"), (".", "PUNCT", ".", 9, "punct")),
        Sentence(("Drivers", "NOUN", "NNS", 1, "nsubj"), ("queued", "VERB", "VBD", -1, "root"), ("for", "ADP", "IN", 4, "case"),
            ("three", "NUM", "CD", 4, "nummod"), ("days", "NOUN", "NNS", 1, "obl"), (".", "PUNCT", ".", 1, "punct")),
    ];

    [Fact]
    public void Global_training_with_a_beam_learns_the_trees_it_was_given()
    {
        var parser = ParserTrainer.Train(Trees, epochs: 12, seed: 7, _ => { }, pruneBelow: 0f, beamWidth: 4);

        parser.BeamWidth.ShouldBe(4);
        foreach (var s in Trees)
        {
            var (heads, labels) = parser.Parse(ParserTrainer.InputOf(s));
            heads.ShouldBe(s.Words.Select(w => w.Head).ToArray(), s.Text);
            labels.Select(parser.Label).ShouldBe(s.Words.Select(w => w.Relation), s.Text);
        }
    }

    [Fact]
    public void A_beam_of_one_parses_as_the_greedy_parser_does()
    {
        var beamParser = ParserTrainer.Train(Trees, epochs: 2, seed: 7, _ => { }, pruneBelow: 0f, beamWidth: 4);
        var greedy = new DependencyParser(beamParser.Labels, beamParser.Model);
        var unseen = Sentence(("Patrols", "NOUN", "NNS", 1, "nsubj"), ("waited", "VERB", "VBD", -1, "root"),
            ("near", "ADP", "IN", 3, "case"), ("Monday", "PROPN", "NNP", 1, "obl"), (".", "PUNCT", ".", 1, "punct"));
        foreach (var s in Trees.Append(unseen))
        {
            var input = ParserTrainer.InputOf(s);
            var one = BeamSearch.Run(new ParserState(input.Count, greedy.Labels.Count, greedy.RootLabel), input, greedy.Model, 1);
            var (beamHeads, beamLabels) = greedy.Finish(one, input);
            var (greedyHeads, greedyLabels) = greedy.Parse(input);
            beamHeads.ShouldBe(greedyHeads, s.Text);
            beamLabels.ShouldBe(greedyLabels, s.Text);
        }
    }

    [Fact]
    public void The_beam_width_is_saved_with_the_model_and_a_greedy_file_reads_as_before()
    {
        var beamParser = ParserTrainer.Train(Trees, epochs: 3, seed: 7, _ => { }, pruneBelow: 0f, beamWidth: 3);
        var greedy = new DependencyParser(beamParser.Labels, beamParser.Model);
        foreach (var parser in new[] { beamParser, greedy })
        {
            using var stream = new MemoryStream();
            using (var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) parser.Write(w);
            stream.Position = 0;
            var read = DependencyParser.Read(new BinaryReader(stream));
            read.BeamWidth.ShouldBe(parser.BeamWidth);
            read.Labels.ShouldBe(parser.Labels);
            var input = ParserTrainer.InputOf(Trees[1]);
            var (heads, labels) = read.Parse(input);
            var (savedHeads, savedLabels) = parser.Parse(input);
            heads.ShouldBe(savedHeads);
            labels.ShouldBe(savedLabels);
        }
        greedy.BeamWidth.ShouldBe(1);
    }

    [Fact]
    public void A_model_decodes_with_another_beam_width_on_request()
    {
        var beamParser = ParserTrainer.Train(Trees, epochs: 2, seed: 7, _ => { }, pruneBelow: 0f, beamWidth: 4);
        var narrower = beamParser.WithBeamWidth(2);
        narrower.BeamWidth.ShouldBe(2);
        narrower.Model.ShouldBeSameAs(beamParser.Model);
        beamParser.WithBeamWidth(4).ShouldBeSameAs(beamParser);
        var input = ParserTrainer.InputOf(Trees[0]);
        var greedy = new DependencyParser(beamParser.Labels, beamParser.Model);
        beamParser.WithBeamWidth(1).Parse(input).Heads.ShouldBe(greedy.Parse(input).Heads);
        Should.Throw<InvalidDataException>(() => beamParser.WithBeamWidth(0));
    }

    [Fact]
    public void The_beam_scores_a_configuration_from_its_pair_s_kept_sums_exactly_as_from_all_its_features()
    {
        var parser = ParserTrainer.Train(Trees, epochs: 3, seed: 7, _ => { }, pruneBelow: 0f, beamWidth: 2);
        var model = parser.Model;
        var all = new ulong[ParserFeatures.Max];
        var state = new ulong[ParserFeatures.StateMax];
        var sums = new int[model.SumWidth];
        var expected = new float[model.ClassCount];
        var actual = new float[model.ClassCount];
        var checkedPairs = 0;
        foreach (var s in Trees)
        {
            var input = ParserTrainer.InputOf(s);
            var scorer = ConfigurationScorer.For(model, input);
            // a walk that shifts while it can and reduces or arcs otherwise, so pairs come back after other steps
            var config = new ParserState(input.Count, parser.Labels.Count, parser.RootLabel);
            for (var step = 0; !config.IsTerminal; step++)
            {
                model.Score(all.AsSpan(0, ParserFeatures.Extract(config, input, all)), expected);
                for (var twice = 0; twice < 2; twice++)
                {
                    var pair = scorer.PairOf(config);
                    scorer.Score(pair, state.AsSpan(0, ParserFeatures.ExtractState(config, input, state)), sums, actual);
                    actual.ShouldBe(expected, s.Text);
                    checkedPairs++;
                }
                var action = Enumerable.Range(0, config.ActionCount).Where(config.IsValid).OrderBy(a => (a * 7 + step) % 5).First();
                config.Apply(action);
            }
        }
        checkedPairs.ShouldBeGreaterThan(20);
    }

    [Fact]
    public void A_copied_configuration_is_the_original_s_equal_and_independent()
    {
        var input = ParserTrainer.InputOf(Trees[1]);
        var original = new ParserState(input.Count, 4, 0);
        foreach (var action in new[] { ParserState.Shift, 2 + 1, ParserState.Shift, 2 + 4 + 2 }) original.Apply(action);
        var reused = new ParserState(input.Count, 4, 0);
        reused.Apply(ParserState.Shift);
        reused.CopyFrom(original);
        reused.Heads.ShouldBe(original.Heads);
        reused.Labels.ShouldBe(original.Labels);
        (reused.S0, reused.S1, reused.Buffer, reused.StackDepth).ShouldBe((original.S0, original.S1, original.Buffer, original.StackDepth));
        reused.Apply(ParserState.Shift);
        original.Buffer.ShouldBe(reused.Buffer - 1);
        Should.Throw<ArgumentException>(() => new ParserState(input.Count + 1, 4, 0).CopyFrom(original));
    }

    private static TreebankSentence Sentence(params (string Form, string Upos, string Xpos, int Head, string Relation)[] words) =>
        new("hand-made", string.Join(' ', words.Select(w => w.Form)),
            words.Select(w => new TreebankWord(w.Form, w.Form.ToLowerInvariant(), w.Upos, w.Xpos, w.Head, w.Relation, true)).ToList());
}
