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

    public DependencyParser(IReadOnlyList<string> labels, LinearModel model, int beamWidth = 1)
    {
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
    public int RootLabel => _rootLabel;
    public string Label(int label) => _labels[label];

    /// <summary>The same model searching with another beam width (1 = greedy): a globally trained model can decode
    /// with a narrower beam than it was trained with, trading accuracy for speed.</summary>
    public DependencyParser WithBeamWidth(int beamWidth) => beamWidth == BeamWidth ? this : new(_labels, _model, beamWidth);

    /// <summary>Heads (-1 for the root) and label numbers of the words.</summary>
    public (int[] Heads, int[] Labels) Parse(ParserInput input)
    {
        if (input.Count == 0) return ([], []);
        var state = new ParserState(input.Count, _labels.Length, _rootLabel);
        if (BeamWidth > 1) return Finish(BeamSearch.Run(state, input, _model, BeamWidth), input);
        Span<ulong> features = stackalloc ulong[ParserFeatures.Max];
        Span<float> scores = stackalloc float[state.ActionCount];
        while (!state.IsTerminal)
        {
            var c = ParserFeatures.Extract(state, input, features);
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

    public void Write(BinaryWriter w)
    {
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
        var beamWidth = 1;
        if (count == BeamFormat)
        {
            beamWidth = r.ReadInt32();
            count = r.ReadInt32();
        }
        if (count is < 1 or > 1000) throw new InvalidDataException($"parser: bad label count {count}");
        var labels = new string[count];
        for (var i = 0; i < labels.Length; i++) labels[i] = r.ReadString();
        return new DependencyParser(labels, LinearModel.Read(r), beamWidth);
    }

    /// <summary>
    /// The parser's input from tagged words: lower-cased word hashes, (UPOS, XPOS) tags and the tagger's ambiguity
    /// classes (<see cref="PosTagger.AmbiguityClasses"/>; a model trained with them must be given them).
    /// </summary>
    public static ParserInput InputFor(WordForms words, IReadOnlyList<string> upos, IReadOnlyList<string> xpos, IReadOnlyList<ulong>? classes) =>
        new(words.Lower, upos, xpos, classes);
}
