using BorderWatch.Ingestion.Language.Perceptron;
using BorderWatch.Ingestion.Language.Tagging;
using BorderWatch.Ingestion.Language.Treebank;

namespace BorderWatch.Ingestion.Language.Training;

/// <summary>Trains the (UPOS, XPOS) tagger: greedy, on its own previous guesses, sentences shuffled by a fixed seed.</summary>
public static class TaggerTrainer
{
    public static PosTagger Train(IReadOnlyList<TreebankSentence> train, int epochs, int seed, Action<string> log,
        IReadOnlyList<TreebankSentence>? dev = null, bool unknownWordsFromWordNet = false, Incidents.TypeModel.TypeWords? wordNet = null)
    {
        if (unknownWordsFromWordNet && wordNet is null) throw new ArgumentException("a tagger trained with WordNet classes needs the words", nameof(wordNet));
        var tags = train.SelectMany(s => s.Words).Select(w => (w.Upos, w.Xpos)).Distinct()
            .OrderBy(t => t.Upos, StringComparer.Ordinal).ThenBy(t => t.Xpos, StringComparer.Ordinal).ToList();
        var tagIndex = tags.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i);
        var dictionary = TagDictionary(train, tagIndex);
        var ambiguity = AmbiguityClasses(train, tagIndex);
        log($"tagger: {tags.Count} (UPOS, XPOS) classes, {dictionary.Count} words in the tag dictionary");

        var shell = new PosTagger(tags, dictionary, ambiguity, new PerceptronTrainer(tags.Count).Average(0), unknownWordsFromWordNet) { Words = wordNet };
        var trainer = new PerceptronTrainer(tags.Count);
        var sentences = train.Select(s => (Forms: s.Words.Select(w => w.Form).ToArray(),
            Gold: s.Words.Select(w => tagIndex[(w.Upos, w.Xpos)]).ToArray())).ToList();
        var words = sentences.Select(s => new WordForms(s.Forms)).ToList();
        var classes = sentences.Select(s => shell.AmbiguityClasses(s.Forms)).ToList();
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(seed);
        Span<ulong> features = stackalloc ulong[TaggerFeatures.Max];
        var scores = new float[tags.Count];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            int correct = 0, total = 0;
            foreach (var k in order)
            {
                var (forms, gold) = sentences[k];
                int p1 = -1, p2 = -1;
                for (var i = 0; i < forms.Length; i++)
                {
                    if (!dictionary.TryGetValue(forms[i], out var guess))
                    {
                        var c = TaggerFeatures.Extract(words[k], classes[k], i, p1, p2, features);
                        trainer.Score(features[..c], scores);
                        guess = PosTagger.ArgMax(scores);
                        trainer.Update(features[..c], gold[i], guess);
                    }
                    if (guess == gold[i]) correct++;
                    total++;
                    p2 = p1;
                    p1 = guess;
                }
            }
            var devScore = dev is null ? "" : $", dev UPOS {Upos(new PosTagger(tags, dictionary, ambiguity, trainer.Average(0.001f), unknownWordsFromWordNet) { Words = wordNet }, dev):F2}%";
            log($"tagger: epoch {epoch + 1}/{epochs}: training accuracy {100.0 * correct / total:F2}%{devScore}");
        }
        return new PosTagger(tags, dictionary, ambiguity, trainer.Average(0.001f), unknownWordsFromWordNet) { Words = wordNet };
    }

    private static double Upos(PosTagger tagger, IReadOnlyList<TreebankSentence> sentences)
    {
        long right = 0, total = 0;
        foreach (var s in sentences)
        {
            var forms = s.Words.Select(w => w.Form).ToArray();
            var tags = tagger.Tag(forms, new WordForms(forms));
            for (var i = 0; i < tags.Length; i++, total++) if (tagger.UposName(tags[i]) == s.Words[i].Upos) right++;
        }
        return 100.0 * right / Math.Max(1, total);
    }

    /// <summary>
    /// For each lower-case word seen at least 3 times, the tags it had at least twice and in 5% of its uses, as a
    /// sorted list of tag numbers ("12,40").
    /// </summary>
    private static Dictionary<string, string> AmbiguityClasses(IReadOnlyList<TreebankSentence> train, Dictionary<(string, string), int> tagIndex)
    {
        var counts = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        foreach (var w in train.SelectMany(s => s.Words))
        {
            var word = w.Form.ToLowerInvariant();
            if (!counts.TryGetValue(word, out var perTag)) counts[word] = perTag = [];
            var t = tagIndex[(w.Upos, w.Xpos)];
            perTag[t] = perTag.GetValueOrDefault(t) + 1;
        }
        var classes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (word, perTag) in counts)
        {
            var total = perTag.Values.Sum();
            if (total < 3) continue;
            var kept = perTag.Where(p => p.Value >= 2 && p.Value >= 0.05 * total).Select(p => p.Key).Order().ToArray();
            if (kept.Length > 0) classes[word] = string.Join(",", kept);
        }
        return classes;
    }

    /// <summary>Words seen at least 20 times with one tag at least 99% of the time.</summary>
    private static Dictionary<string, int> TagDictionary(IReadOnlyList<TreebankSentence> train, Dictionary<(string, string), int> tagIndex)
    {
        var counts = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        foreach (var w in train.SelectMany(s => s.Words))
        {
            if (!counts.TryGetValue(w.Form, out var perTag)) counts[w.Form] = perTag = [];
            var t = tagIndex[(w.Upos, w.Xpos)];
            perTag[t] = perTag.GetValueOrDefault(t) + 1;
        }
        var dictionary = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, perTag) in counts)
        {
            var total = perTag.Values.Sum();
            var (tag, n) = perTag.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Select(p => (p.Key, p.Value)).First();
            if (total >= 20 && n >= 0.99 * total) dictionary[word] = tag;
        }
        return dictionary;
    }
}
