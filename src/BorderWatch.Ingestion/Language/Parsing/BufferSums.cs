using BorderWatch.Ingestion.Language.Perceptron;

namespace BorderWatch.Ingestion.Language.Parsing;

/// <summary>
/// The greedy parser's sums of the buffer's features (<see cref="ParserFeatures.ExtractBuffer"/>, 14-15 of a decision's
/// 86-92). They depend on the buffer front alone, which stays where it is through every left-arc and reduce (about half
/// the steps), so they are looked up and summed once per front and kept while it stays; a decision then looks up only the
/// stack top's and the arcs' features. Sums are integers, so every score is the same as <see cref="LinearModel.Score"/>'s
/// over all the features. One per parse (the parse owns it: nothing is shared between parses or threads).
/// </summary>
/// <remarks>
/// The arc-eager front only moves forward (a shift or a right-arc), so the sums of the front before are never asked
/// for again: one front's sums are kept, a few hundred bytes, whatever the sentence's length. Asked for another front in
/// any order, they are summed again and are still right.
/// </remarks>
internal sealed class BufferSums(LinearModel model, ParserInput input)
{
    private readonly ulong[] _features = new ulong[ParserFeatures.BufferMax];
    private readonly int[] _sums = new int[model.SumWidth];
    private int _front = -1;

    /// <summary>The summed buffer features of front <paramref name="buffer"/> (N or more when the buffer is empty: those
    /// fronts share one sum), summed when the front changes.</summary>
    public ReadOnlySpan<int> Of(int buffer)
    {
        var front = Math.Min(buffer, input.Count);
        if (front == _front) return _sums;
        Array.Clear(_sums);
        model.Accumulate(_features.AsSpan(0, ParserFeatures.ExtractBuffer(front, input, _features)), _sums);
        _front = front;
        return _sums;
    }
}
