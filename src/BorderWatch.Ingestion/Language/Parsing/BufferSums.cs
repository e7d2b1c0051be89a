using BorderWatch.Ingestion.Language.Perceptron;

namespace BorderWatch.Ingestion.Language.Parsing;

/// <summary>
/// The greedy parser's sums of the buffer's features (<see cref="ParserFeatures.ExtractBuffer"/>, 14-15 of a decision's
/// 86-92). They depend on the buffer front alone, which stays where it is through every left-arc and reduce (about half
/// the steps), so they are looked up and summed once per front and sentence and kept; a decision then looks up only the
/// stack top's and the arcs' features. Sums are integers, so every score is the same as <see cref="LinearModel.Score"/>'s
/// over all the features. One per thread; reused from sentence to sentence.
/// </summary>
internal sealed class BufferSums
{
    [ThreadStatic] private static BufferSums? t_sums;

    private readonly ulong[] _features = new ulong[ParserFeatures.BufferMax];
    private ParserInput _input = null!;
    private int[] _sums = [];
    private bool[] _summed = [];

    private BufferSums(LinearModel model) => Model = model;

    public LinearModel Model { get; }

    /// <summary>This thread's sums for <paramref name="model"/>, emptied for the sentence <paramref name="input"/>.</summary>
    public static BufferSums For(LinearModel model, ParserInput input)
    {
        var kept = t_sums is { } t && ReferenceEquals(t.Model, model) ? t : t_sums = new BufferSums(model);
        kept._input = input;
        var fronts = input.Count + 1;
        if (kept._summed.Length < fronts)
        {
            kept._summed = new bool[Math.Max(fronts, 2 * kept._summed.Length)];
            kept._sums = new int[kept._summed.Length * model.SumWidth];
        }
        else Array.Clear(kept._summed, 0, fronts);
        return kept;
    }

    /// <summary>The summed buffer features of front <paramref name="buffer"/> (N or more when the buffer is empty: those
    /// fronts share one sum), summed on first use.</summary>
    public ReadOnlySpan<int> Of(int buffer)
    {
        var front = Math.Min(buffer, _input.Count);
        var width = Model.SumWidth;
        var sums = _sums.AsSpan(front * width, width);
        if (_summed[front]) return sums;
        sums.Clear();
        Model.Accumulate(_features.AsSpan(0, ParserFeatures.ExtractBuffer(front, _input, _features)), sums);
        _summed[front] = true;
        return sums;
    }
}
