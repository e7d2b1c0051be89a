using BorderWatch.Ingestion.Language.Perceptron;
using BorderWatch.Ingestion.Language.Tagging;

namespace BorderWatch.Ingestion.Language.Parsing;

/// <summary>
/// Arc-eager dependency parser scored by an averaged perceptron over labelled transitions: greedy, or with a beam of
/// <see cref="BeamWidth"/> configurations when the model was trained globally with one (<see cref="BeamSearch"/>).
/// Thread-safe: the model is read-only and each parse has its own state.
/// </summary>
public sealed class DependencyParser
{
    private readonly string[] _labels;
    private readonly LinearModel _model;
    private readonly int _rootLabel, _punctLabel, _fallbackLabel;

    // a model file that starts with this (in place of the label count) names its beam width next
    private const int BeamFormat = -2;

    // a model file that starts with this reads WordNet classes (then the beam marker, if any, then the label count)
    private const int WordClassFormat = -3;

    public DependencyParser(IReadOnlyList<string> labels, LinearModel model, int beamWidth = 1, bool readsWordClasses = false)
    {
        ReadsWordClasses = readsWordClasses;
        if (beamWidth is < 1 or > 64) throw new InvalidDataException($"parser: beam width {beamWidth} is not 1-64");
        BeamWidth = beamWidth;
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
    public int BeamWidth { get; }

    /// <summary>Whether the model was trained with each word's WordNet class (<see cref="ParserWordClasses"/>); it must
    /// then be given them (<see cref="WordClassesFor"/>).</summary>
    public bool ReadsWordClasses { get; }
    public int RootLabel => _rootLabel;
    public string Label(int label) => _labels[label];

    /// <summary>The same model searching with another beam width (1 = greedy): a globally trained model can decode
    /// with a narrower beam than it was trained with, trading accuracy for speed.</summary>
    public DependencyParser WithBeamWidth(int beamWidth) => beamWidth == BeamWidth ? this : new(_labels, _model, beamWidth, ReadsWordClasses) { Words = Words };

    /// <summary>The same parser with another model (a pruned one).</summary>
    public DependencyParser WithModel(LinearModel model) => new(_labels, model, BeamWidth, ReadsWordClasses) { Words = Words };

    /// <summary>WordNet's word classes this parser reads when trained with them (<see cref="ReadsWordClasses"/>); a parser read
    /// from its file has none: whoever loads it passes them (<see cref="LanguageModels"/>, <see cref="WithWords"/>).</summary>
    public Incidents.TypeModel.TypeWords? Words { get; init; }

    /// <summary>The same parser reading <paramref name="words"/>.</summary>
    public DependencyParser WithWords(Incidents.TypeModel.TypeWords words) => new(_labels, _model, BeamWidth, ReadsWordClasses) { Words = words };

    /// <summary>Heads (-1 for the root) and label numbers of the words.</summary>
    public (int[] Heads, int[] Labels) Parse(ParserInput input)
    {
        if (input.Count == 0) return ([], []);
        var state = new ParserState(input.Count, _labels.Length, _rootLabel);
        if (BeamWidth > 1) return Finish(BeamSearch.Run(state, input, _model, BeamWidth), input);
        // a decision's sums: the buffer's (kept per front), then the stack top's and the arcs' features
        var buffers = new BufferSums(_model, input);
        Span<ulong> features = stackalloc ulong[ParserFeatures.Max];
        Span<int> sums = stackalloc int[_model.SumWidth];
        Span<float> scores = stackalloc float[state.ActionCount];
        while (!state.IsTerminal)
        {
            buffers.Of(state.Buffer).CopyTo(sums);
            var c = ParserFeatures.ExtractStackTop(state.S0, state.Buffer, input, features);
            c += ParserFeatures.ExtractState(state, input, features[c..]);
            _model.Accumulate(features[..c], sums);
            _model.ToScores(sums, scores);
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

    public void Write(BinaryWriter w)
    {
        if (ReadsWordClasses) w.Write(WordClassFormat);
        if (BeamWidth > 1)
        {
            w.Write(BeamFormat);
            w.Write(BeamWidth);
        }
        w.Write(_labels.Length);
        foreach (var l in _labels) w.Write(l);
        _model.Write(w);
    }

    public static DependencyParser Read(BinaryReader r)
    {
        var count = r.ReadInt32();
        var readsWordClasses = count == WordClassFormat;
        if (readsWordClasses) count = r.ReadInt32();
        var beamWidth = 1;
        if (count == BeamFormat)
        {
            beamWidth = r.ReadInt32();
            count = r.ReadInt32();
        }
        if (count is < 1 or > 1000) throw new InvalidDataException($"parser: bad label count {count}");
        var labels = new string[count];
        for (var i = 0; i < labels.Length; i++) labels[i] = r.ReadString();
        return new DependencyParser(labels, LinearModel.Read(r), beamWidth, readsWordClasses);
    }

    /// <summary>
    /// The parser's input from tagged words: lower-cased word hashes, (UPOS, XPOS) tags and the tagger's ambiguity
    /// classes (<see cref="PosTagger.AmbiguityClasses"/>; a model trained with them must be given them).
    /// </summary>
    public static ParserInput InputFor(WordForms words, IReadOnlyList<string> upos, IReadOnlyList<string> xpos, IReadOnlyList<ulong>? classes,
        IReadOnlyList<ulong>? wordClasses = null) =>
        new(words.Lower, upos, xpos, classes, wordClasses);

    /// <summary>The words' WordNet classes when this parser reads them (from their lemmas and tags), else null.</summary>
    public ulong[]? WordClassesFor(IReadOnlyList<string> lemmas, IReadOnlyList<string> upos) =>
        ReadsWordClasses ? ParserWordClasses.Of(Words ?? throw new InvalidOperationException("this parser reads WordNet classes: pass them in (WithWords, LanguageModels.Load)"), lemmas, upos) : null;
}
