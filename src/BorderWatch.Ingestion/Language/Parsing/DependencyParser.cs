using BorderWatch.Ingestion.Language.Perceptron;
using BorderWatch.Ingestion.Language.Tagging;

namespace BorderWatch.Ingestion.Language.Parsing;

/// <summary>
/// Greedy arc-eager dependency parser scored by an averaged perceptron over labelled transitions. Thread-safe: the
/// model is read-only and each parse has its own state.
/// </summary>
public sealed class DependencyParser
{
    private readonly string[] _labels;
    private readonly LinearModel _model;
    private readonly int _rootLabel, _punctLabel, _fallbackLabel;

    /// <summary>Whether the model was trained with the tagger's runner-up tags (<see cref="ParserInput.Alternatives"/>).</summary>
    public bool ReadsTagAlternatives { get; }

    /// <summary>Whether the model reads each word as its lemma (lower-cased) instead of its lower-cased form.</summary>
    public bool ReadsLemmas { get; }

    public DependencyParser(IReadOnlyList<string> labels, LinearModel model, bool readsTagAlternatives = false, bool readsLemmas = false)
    {
        ReadsTagAlternatives = readsTagAlternatives;
        ReadsLemmas = readsLemmas;
        _labels = [.. labels];
        _model = model;
        _rootLabel = Array.IndexOf(_labels, "root");
        if (_rootLabel < 0) throw new InvalidDataException("parser: the label set has no 'root'");
        if (model.ClassCount != 2 + 2 * _labels.Length)
            throw new InvalidDataException($"parser: model has {model.ClassCount} classes for {_labels.Length} labels");
        _punctLabel = Math.Max(0, Array.IndexOf(_labels, "punct"));
        _fallbackLabel = Math.Max(0, Array.IndexOf(_labels, "parataxis"));
    }

    public IReadOnlyList<string> Labels => _labels;
    public LinearModel Model => _model;
    public int RootLabel => _rootLabel;
    public string Label(int label) => _labels[label];

    /// <summary>Heads (-1 for the root) and label numbers of the words.</summary>
    public (int[] Heads, int[] Labels) Parse(ParserInput input)
    {
        if (input.Count == 0) return ([], []);
        var state = new ParserState(input.Count, _labels.Length, _rootLabel);
        Span<ulong> features = stackalloc ulong[ParserFeatures.Max];
        Span<float> scores = stackalloc float[state.ActionCount];
        while (!state.IsTerminal)
        {
            var c = ParserFeatures.Extract(state, input, features, ReadsTagAlternatives);
            _model.Score(features[..c], scores);
            state.Apply(BestValid(state, scores));
        }
        return Finish(state, input);
    }

    internal (int[] Heads, int[] Labels) Finish(ParserState state, ParserInput input) =>
        state.Finish(i => input.IsPunctuation[i] ? _punctLabel : _fallbackLabel);

    internal static int BestValid(ParserState state, ReadOnlySpan<float> scores)
    {
        var best = -1;
        for (var a = 0; a < scores.Length; a++)
            if ((best < 0 || scores[a] > scores[best]) && state.IsValid(a)) best = a;
        return best;
    }

    /// <summary>Written before the label count by a model with optional feature sets (older files start with the count).</summary>
    private const int FeatureSetMarker = -1, WithTagAlternatives = 1, WithLemmas = 2;

    public void Write(BinaryWriter w)
    {
        var featureSets = (ReadsTagAlternatives ? WithTagAlternatives : 0) | (ReadsLemmas ? WithLemmas : 0);
        if (featureSets != 0) { w.Write(FeatureSetMarker); w.Write(featureSets); }
        w.Write(_labels.Length);
        foreach (var l in _labels) w.Write(l);
        _model.Write(w);
    }

    public static DependencyParser Read(BinaryReader r)
    {
        var count = r.ReadInt32();
        var featureSets = 0;
        if (count == FeatureSetMarker)
        {
            featureSets = r.ReadInt32();
            if (featureSets == 0 || (featureSets & ~(WithTagAlternatives | WithLemmas)) != 0) throw new InvalidDataException($"parser: unknown feature sets {featureSets}");
            count = r.ReadInt32();
        }
        if (count is < 1 or > 1000) throw new InvalidDataException($"parser: {count} labels");
        var labels = new string[count];
        for (var i = 0; i < labels.Length; i++) labels[i] = r.ReadString();
        return new DependencyParser(labels, LinearModel.Read(r), (featureSets & WithTagAlternatives) != 0, (featureSets & WithLemmas) != 0);
    }

    /// <summary>
    /// The parser's input from tagged words: lower-cased word hashes, (UPOS, XPOS) tags and the tagger's ambiguity
    /// classes (<see cref="PosTagger.AmbiguityClasses"/>; a model trained with them must be given them).
    /// </summary>
    public static ParserInput InputFor(WordForms words, IReadOnlyList<string> upos, IReadOnlyList<string> xpos, IReadOnlyList<ulong>? classes,
        IReadOnlyList<ulong>? alternatives = null, IReadOnlyList<string>? lemmas = null) =>
        new(lemmas is null ? words.Lower : LemmaHashes(lemmas), upos, xpos, classes, alternatives);

    /// <summary>The hashes a parser that <see cref="ReadsLemmas"/> reads in place of the lower-cased forms.</summary>
    public static ulong[] LemmaHashes(IReadOnlyList<string> lemmas)
    {
        var hashes = new ulong[lemmas.Count];
        Span<char> buffer = stackalloc char[64];
        for (var i = 0; i < hashes.Length; i++)
        {
            var lemma = lemmas[i];
            var lower = lemma.Length <= buffer.Length ? buffer[..lemma.Length] : new char[lemma.Length];
            lemma.AsSpan().ToLowerInvariant(lower);
            hashes[i] = FeatureHash.Of(lower);
        }
        return hashes;
    }

    /// <summary>The lemmas this parser reads, or null when it reads the word forms.</summary>
    public string[]? LemmasFor(Lemmatizer lemmatizer, IReadOnlyList<string> forms, IReadOnlyList<string> xpos)
    {
        if (!ReadsLemmas) return null;
        var lemmas = new string[forms.Count];
        for (var i = 0; i < lemmas.Length; i++) lemmas[i] = lemmatizer.Lemmatize(forms[i], xpos[i]);
        return lemmas;
    }
}
