using BorderWatch.Ingestion.Language.Parsing;
using BorderWatch.Ingestion.Language.Perceptron;
using BorderWatch.Ingestion.Language.Tagging;
using BorderWatch.Ingestion.Language.Treebank;

namespace BorderWatch.Ingestion.Language.Training;

/// <summary>
/// Trains the arc-eager parser with the dynamic oracle: each state's update goes toward the best-scoring action of
/// least cost; after the first epoch the trainer follows its own (possibly wrong) prediction with probability
/// <see cref="Exploration"/> so it learns to recover from its mistakes. The input tags are the gold ones or, for a share
/// (<c>predictedTagShare</c>, by default half) of the sentences each epoch (drawn with the seed), the tags a tagger trained without that sentence predicted, so the
/// parser learns to live with tagging errors. Given the <c>tagger</c>, each word also carries its ambiguity class (the tags
/// it had in training) so the parser can tell a tag that may be wrong from one that cannot; a model trained so must be
/// given the classes when it parses (<see cref="DependencyParser.InputFor"/>).
/// </summary>
public static class ParserTrainer
{
    public const double Exploration = 0.9;

    public static DependencyParser Train(IReadOnlyList<TreebankSentence> train, int epochs, int seed, Action<string> log,
        IReadOnlyList<TreebankSentence>? dev = null, IReadOnlyList<(string[] Upos, string[] Xpos)>? predictedTags = null,
        double predictedTagShare = 0.5, float pruneBelow = 0.01f, PosTagger? tagger = null, int beamWidth = 1,
        Lemmatizer? wordClassLemmatizer = null, Incidents.TypeModel.TypeWords? words = null)
    {
        if (wordClassLemmatizer is not null && words is null) throw new ArgumentException("a parser trained with WordNet classes needs the words", nameof(words));
        ulong[]? ClassesOf(TreebankSentence s) => tagger?.AmbiguityClasses(s.Words.Select(w => w.Form).ToArray());
        var readsWordClasses = wordClassLemmatizer is not null;
        ulong[]? WordClassesOf(TreebankSentence s, string[] upos, string[] xpos) => wordClassLemmatizer is null ? null
            : ParserWordClasses.Of(words!, s.Words.Select((w, i) => wordClassLemmatizer.Lemmatize(w.Form, xpos[i])).ToArray(), upos);
        string[] GoldUpos(TreebankSentence s) => s.Words.Select(w => w.Upos).ToArray();
        string[] GoldXpos(TreebankSentence s) => s.Words.Select(w => w.Xpos).ToArray();
        var labels = train.SelectMany(s => s.Words).Select(w => w.Relation).Distinct().Order(StringComparer.Ordinal).ToArray();
        var labelIndex = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        var rootLabel = labelIndex["root"];
        log($"parser: {labels.Length} labels, {2 + 2 * labels.Length} transitions");

        var examples = train.Select((s, k) => (
            Input: InputOf(s, ClassesOf(s), WordClassesOf(s, GoldUpos(s), GoldXpos(s))),
            Predicted: predictedTags is null ? null : DependencyParser.InputFor(new WordForms(s.Words.Select(w => w.Form).ToArray()), predictedTags[k].Upos, predictedTags[k].Xpos, ClassesOf(s),
                WordClassesOf(s, predictedTags[k].Upos, predictedTags[k].Xpos)),
            Heads: s.Words.Select(w => w.Head < 0 ? s.Words.Count : w.Head).ToArray(),
            Labels: s.Words.Select(w => labelIndex[w.Relation]).ToArray())).ToList();
        var trainer = new PerceptronTrainer(2 + 2 * labels.Length);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(seed);
        Span<ulong> features = stackalloc ulong[ParserFeatures.Max];
        var scores = new float[trainer.ClassCount];
        var costs = new int[trainer.ClassCount];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            long right = 0, total = 0;
            foreach (var k in order)
            {
                var (goldInput, predictedInput, heads, goldLabels) = examples[k];
                var input = predictedInput is not null && random.NextDouble() < predictedTagShare ? predictedInput : goldInput;
                var state = new ParserState(input.Count, labels.Length, rootLabel);
                if (beamWidth > 1)
                {
                    total++;
                    if (GlobalParserTraining.Learn(trainer, state, input, heads, goldLabels, beamWidth)) right++;
                    continue;
                }
                while (!state.IsTerminal)
                {
                    var c = ParserFeatures.Extract(state, input, features);
                    trainer.Score(features[..c], scores);
                    ArcEagerOracle.Costs(state, heads, goldLabels, costs);
                    var predicted = DependencyParser.BestValid(state, scores);
                    var least = costs.Min();
                    var gold = -1;
                    for (var a = 0; a < costs.Length; a++)
                        if (costs[a] == least && (gold < 0 || scores[a] > scores[gold])) gold = a;
                    trainer.Update(features[..c], gold, predicted);
                    total++;
                    if (costs[predicted] == least) right++;
                    var follow = costs[predicted] == least || (epoch > 0 && random.NextDouble() < Exploration) ? predicted : gold;
                    state.Apply(follow);
                }
            }
            var devScore = dev is null || epoch < 3 ? "" : DevScore(new DependencyParser(labels, trainer.Average(0.01f), beamWidth, readsWordClasses) { Words = words }, dev,
                s => InputOf(s, ClassesOf(s), WordClassesOf(s, GoldUpos(s), GoldXpos(s))));
            var unit = beamWidth > 1 ? $"sentences whose beam-{beamWidth} best parse stayed on a gold path" : "transitions of least cost";
            log($"parser: epoch {epoch + 1}/{epochs}: {100.0 * right / total:F2}% of {unit}{devScore}");
        }
        return new DependencyParser(labels, trainer.Average(pruneBelow), beamWidth, readsWordClasses) { Words = words };
    }

    private static string DevScore(DependencyParser parser, IReadOnlyList<TreebankSentence> dev, Func<TreebankSentence, ParserInput> inputOf)
    {
        long uas = 0, las = 0, words = 0;
        foreach (var s in dev)
        {
            var (heads, labels) = parser.Parse(inputOf(s));
            for (var i = 0; i < heads.Length; i++, words++)
            {
                if (heads[i] != s.Words[i].Head) continue;
                uas++;
                if (parser.Label(labels[i]) == s.Words[i].Relation) las++;
            }
        }
        return $", dev (gold tags) UAS {100.0 * uas / words:F2} LAS {100.0 * las / words:F2}";
    }

    public static ParserInput InputOf(TreebankSentence s, IReadOnlyList<ulong>? classes = null, IReadOnlyList<ulong>? wordClasses = null) =>
        DependencyParser.InputFor(new WordForms(s.Words.Select(w => w.Form).ToArray()),
            s.Words.Select(w => w.Upos).ToArray(), s.Words.Select(w => w.Xpos).ToArray(), classes, wordClasses);
}
