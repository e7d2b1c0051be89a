using BorderWatch.Ingestion.Language.Perceptron;

namespace BorderWatch.Ingestion.Language.Parsing;

/// <summary>
/// Beam search over arc-eager transitions (Zhang and Clark 2008; Zhang and Nivre 2011): at each step every
/// configuration in the beam is extended by each valid action, and the <c>width</c> best by total score go on. A
/// configuration whose buffer is empty is carried over unchanged and competes with the others until all are done.
/// </summary>
internal static class BeamSearch
{
    private readonly record struct Item(ParserState State, float Score);

    public static ParserState Run(ParserState start, ParserInput input, LinearModel model, int width)
    {
        var beam = new List<Item>(width) { new(start, 0) };
        var next = new List<Item>(width);
        var scorer = ConfigurationScorer.For(model, input);
        Span<ulong> features = stackalloc ulong[ParserFeatures.StateMax * width];
        Span<int> counts = stackalloc int[width], pairs = stackalloc int[width];
        Span<int> sums = stackalloc int[model.SumWidth];
        Span<float> scores = stackalloc float[start.ActionCount];
        var best = new TopK(width);
        var uses = new int[width];
        var spare = new Stack<ParserState>(width);
        while (true)
        {
            var allDone = true;
            best.Clear();
            // the arcs' features of every configuration first, so that their cache misses overlap (with each other and
            // with those of the pairs summed for the first time)
            for (var i = 0; i < beam.Count; i++)
            {
                if (beam[i].State.IsTerminal) continue;
                var f = features.Slice(i * ParserFeatures.StateMax, ParserFeatures.StateMax);
                counts[i] = ParserFeatures.ExtractState(beam[i].State, input, f);
                model.Touch(f[..counts[i]]);
            }
            for (var i = 0; i < beam.Count; i++)
                if (!beam[i].State.IsTerminal) pairs[i] = scorer.PairOf(beam[i].State);
            for (var i = 0; i < beam.Count; i++)
            {
                var item = beam[i];
                if (item.State.IsTerminal) { best.Offer(item.Score, i, -1); continue; }
                allDone = false;
                scorer.Score(pairs[i], features.Slice(i * ParserFeatures.StateMax, counts[i]), sums, scores);
                for (var a = 0; a < scores.Length; a++)
                    if (best.Admits(item.Score + scores[a]) && item.State.IsValid(a)) best.Offer(item.Score + scores[a], i, a);
            }
            if (allDone) return beam[0].State;
            Array.Clear(uses);
            for (var k = 0; k < best.Count; k++) uses[best.Parent(k)]++;
            // configurations that fell out of the beam lend their arrays to the copies below
            for (var i = 0; i < beam.Count; i++)
                if (uses[i] == 0) spare.Push(beam[i].State);
            next.Clear();
            for (var k = 0; k < best.Count; k++)
            {
                var parent = beam[best.Parent(k)];
                var action = best.Action(k);
                if (action < 0) { next.Add(parent); continue; }
                // the last extension of a configuration takes it over; the others work on copies
                var state = --uses[best.Parent(k)] == 0 ? parent.State
                    : spare.TryPop(out var reused) ? reused.CopyFrom(parent.State) : parent.State.Clone();
                state.Apply(action);
                next.Add(new Item(state, best.Score(k)));
            }
            (beam, next) = (next, beam);
        }
    }
}

/// <summary>The k best (score, parent, action) offers, best first; ties keep the earlier offer first.</summary>
internal sealed class TopK(int k)
{
    private readonly float[] _scores = new float[k];
    private readonly int[] _parents = new int[k], _actions = new int[k];

    public int Count { get; private set; }
    public float Score(int i) => _scores[i];
    public int Parent(int i) => _parents[i];
    public int Action(int i) => _actions[i];
    public void Clear() => Count = 0;

    public bool Admits(float score) => Count < _scores.Length || score > _scores[Count - 1];

    public void Offer(float score, int parent, int action)
    {
        if (!Admits(score)) return;
        var at = Count < _scores.Length ? Count++ : Count - 1;
        while (at > 0 && _scores[at - 1] < score)
        {
            _scores[at] = _scores[at - 1];
            _parents[at] = _parents[at - 1];
            _actions[at] = _actions[at - 1];
            at--;
        }
        _scores[at] = score;
        _parents[at] = parent;
        _actions[at] = action;
    }
}
