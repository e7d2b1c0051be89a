using BorderWatch.Ingestion.Language.Perceptron;

namespace BorderWatch.Ingestion.Language.Parsing;

/// <summary>
/// Scores the configurations of one sentence's beam. The features of a (stack top, buffer front) pair
/// (<see cref="ParserFeatures.ExtractPair"/>, 37 of 86) are looked up and summed once per pair and sentence and kept;
/// a configuration then adds only its own arcs' features (<see cref="ParserFeatures.ExtractState"/>) to its pair's
/// sums. A beam's configurations share their pair often (the same step with another label, or reached by another
/// order), so most decisions look up 49 features instead of 86. Sums are integers, so every score is the same as
/// <see cref="LinearModel.Score"/>'s over all the features. One per thread; reused from sentence to sentence.
/// </summary>
internal sealed class ConfigurationScorer
{
    [ThreadStatic] private static ConfigurationScorer? t_scorer;

    private readonly Dictionary<int, int> _pairs = [];
    private readonly ulong[] _pairFeatures = new ulong[ParserFeatures.PairMax];
    private ParserInput _input = null!;
    private int[] _pairSums = [];
    private int _pairCount;

    private ConfigurationScorer(LinearModel model) => Model = model;

    public LinearModel Model { get; }

    /// <summary>This thread's scorer for <paramref name="model"/>, emptied for the sentence <paramref name="input"/>.</summary>
    public static ConfigurationScorer For(LinearModel model, ParserInput input)
    {
        var scorer = t_scorer is { } kept && ReferenceEquals(kept.Model, model) ? kept : t_scorer = new ConfigurationScorer(model);
        scorer._input = input;
        scorer._pairs.Clear();
        scorer._pairCount = 0;
        return scorer;
    }

    /// <summary>The number of the summed pair of configuration <paramref name="s"/>, summing it on first use.</summary>
    public int PairOf(ParserState s)
    {
        var key = (s.S0 + 1) * (s.N + 2) + s.Buffer;
        if (_pairs.TryGetValue(key, out var pair)) return pair;
        var width = Model.SumWidth;
        if ((_pairCount + 1) * width > _pairSums.Length) Array.Resize(ref _pairSums, Math.Max(64 * width, 2 * _pairSums.Length));
        pair = _pairCount++;
        var sums = _pairSums.AsSpan(pair * width, width);
        sums.Clear();
        var c = ParserFeatures.ExtractPair(s.S0, s.Buffer, _input, _pairFeatures);
        Model.Accumulate(_pairFeatures.AsSpan(0, c), sums);
        _pairs.Add(key, pair);
        return pair;
    }

    /// <summary>Scores of every action in <paramref name="s"/>: its pair's sums plus the features of its arcs
    /// (<paramref name="stateFeatures"/>, from <see cref="ParserFeatures.ExtractState"/>).</summary>
    public void Score(int pair, ReadOnlySpan<ulong> stateFeatures, Span<int> sums, Span<float> scores)
    {
        var width = Model.SumWidth;
        _pairSums.AsSpan(pair * width, width).CopyTo(sums);
        Model.Accumulate(stateFeatures, sums);
        Model.ToScores(sums, scores);
    }
}
